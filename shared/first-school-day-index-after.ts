import type { CalendarIndex } from './calendar-index.ts';
import { upperBound } from './upper-bound.ts';

/**
 * Index of the first school day strictly after `day` (or `schoolDays.length` when none).
 *
 * @example firstSchoolDayIndexAfter(compileCalendar(cal), toDayNumber('2025-09-05')) // the index in `schoolDays` of Monday 2025-09-08
 */
export function firstSchoolDayIndexAfter(index: CalendarIndex, day: number): number {
  return upperBound(index.schoolDays, day);
}
