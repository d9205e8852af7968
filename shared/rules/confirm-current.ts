import type { IsoDate } from '../iso-date.ts';
import type { IepRequirementOptions, IepRequirementOutcome } from './iep-requirement-options.ts';

/**
 * The current IEP must hold a requirement: done once confirmed, else a "Confirm …" deadline.
 *
 * @example confirmCurrent('2026-05-01', '2026-03-10', 'transition services', {}).title // 'Confirm the current IEP includes transition services'
 */
export function confirmCurrent(point: IsoDate, last: IsoDate, what: string, options: IepRequirementOptions): IepRequirementOutcome {
  const since = point < last ? `Required since ${point}: the current IEP (of ${last}) must include ${what}.` : `The IEP of ${last} is in effect on ${point}: it must include ${what}.`;
  const dueDate = point < last ? last : point;
  if (options.confirmed && options.confirmed >= last) {
    return { dueDate, completedOn: options.confirmed, notes: [since, `Confirmed for the IEP of ${options.confirmed}.`] };
  }
  const column = options.confirmColumn ? ` and enter that IEP's date in the "${options.confirmColumn}" column` : '';
  return {
    dueDate,
    title: `Confirm the current IEP includes ${what.replace(/ \(.*$/, '')}`,
    notes: [since, `Casekeeper cannot see the IEP itself: check that it does${column}.`],
  };
}
