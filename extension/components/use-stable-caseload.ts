import { useRef } from 'react';
import type { Caseload } from '../../shared/index.ts';

/**
 * The same caseload object as last time while every table is the same array, so that work keyed on the
 * caseload (deadlines, service minutes, the workload plan) runs again only when a table changed, not each
 * time the panel draws a new `{ students, ...tables }` object.
 *
 * @example const stable = useStableCaseload(props.caseload); useMemo(() => todayLists(stable, …), [stable, …]);
 */
export function useStableCaseload(caseload: Caseload): Caseload {
  const last = useRef(caseload);
  const previous = last.current;
  const keys = Object.keys(caseload) as (keyof Caseload)[];
  const same = keys.length === Object.keys(previous).length && keys.every((k) => caseload[k] === previous[k]);
  if (!same) last.current = caseload;
  return last.current;
}
