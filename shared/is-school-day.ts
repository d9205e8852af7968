import { compileCalendar } from './calendar-index.ts';
import { toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { SchoolCalendar } from './school-calendar.ts';

/**
 * Whether a date is a school day on the calendar (false outside its school years).
 *
 * @example isSchoolDay(cal, '2025-11-27' as IsoDate) // false on Thanksgiving
 */
export function isSchoolDay(calendar: SchoolCalendar, date: IsoDate): boolean {
  return compileCalendar(calendar).isSchoolDay(toDayNumber(date));
}
