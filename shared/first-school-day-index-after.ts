import type { CalendarIndex } from './calendar-index.ts';

/**
 * Index of the first school day strictly after `day` (or `schoolDays.length` when none).
 *
 * @example firstSchoolDayIndexAfter(compileCalendar(cal), toDayNumber('2025-09-05')) // the index in `schoolDays` of Monday 2025-09-08
 */
export function firstSchoolDayIndexAfter(index: CalendarIndex, day: number): number {
  const days = index.schoolDays;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
