import type { IsoDate } from '../../shared/index.ts';

/** Today's date on this computer, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}` as IsoDate;
}
