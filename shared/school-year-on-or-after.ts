import { compileCalendar } from './calendar-index.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { SchoolCalendar } from './school-calendar.ts';

/**
 * The school year a date falls in, or else the next one to start, as IsoDates; undefined when the
 * calendar has no year on or after the date.
 *
 * @example schoolYearOnOrAfter(cal, '2026-07-15' as IsoDate) // { firstDay: '2026-08-24', lastDay: '2027-06-11' } (summer: the next year)
 */
export function schoolYearOnOrAfter(
  calendar: SchoolCalendar,
  date: IsoDate,
): { firstDay: IsoDate; lastDay: IsoDate } | undefined {
  const day = toDayNumber(date);
  const year = compileCalendar(calendar).years.find((y) => y.last >= day);
  return year ? { firstDay: fromDayNumber(year.first), lastDay: fromDayNumber(year.last) } : undefined;
}
