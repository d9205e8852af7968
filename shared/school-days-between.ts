import { compileCalendar } from './calendar-index.ts';
import { toDayNumber } from './day-number.ts';
import { firstSchoolDayIndexAfter } from './first-school-day-index-after.ts';
import type { IsoDate } from './iso-date.ts';
import type { SchoolCalendar } from './school-calendar.ts';

/**
 * School days after `from` up to and including `to` (negative when `to` is earlier): the school days
 * left before a deadline.
 *
 * @example schoolDaysBetween(cal, '2025-09-01' as IsoDate, '2025-09-05' as IsoDate) // 4 when Sept 1 is Labor Day
 */
export function schoolDaysBetween(calendar: SchoolCalendar, from: IsoDate, to: IsoDate): number {
  const index = compileCalendar(calendar);
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  // The sign carries the direction: index(after b) - index(after a) counts school days in (a, b], or minus those in (b, a].
  return firstSchoolDayIndexAfter(index, b) - firstSchoolDayIndexAfter(index, a);
}
