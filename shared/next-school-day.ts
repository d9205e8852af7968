import { compileCalendar } from './calendar-index.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import { firstSchoolDayIndexAfter } from './first-school-day-index-after.ts';
import type { IsoDate } from './iso-date.ts';
import type { SchoolCalendar } from './school-calendar.ts';

/**
 * The first school day after a date, or undefined when the calendar has none.
 *
 * @example nextSchoolDay(cal, '2025-09-05' as IsoDate) // '2025-09-08' (the Monday after)
 */
export function nextSchoolDay(calendar: SchoolCalendar, date: IsoDate): IsoDate | undefined {
  const index = compileCalendar(calendar);
  const i = firstSchoolDayIndexAfter(index, toDayNumber(date));
  const day = index.schoolDays[i];
  return day === undefined ? undefined : fromDayNumber(day);
}
