import { addCalendarDays } from '../add-calendar-days.ts';
import { schoolYearOnOrAfter } from '../school-year-on-or-after.ts';
import type { IsoDate } from '../iso-date.ts';
import type { SchoolCalendar } from '../school-calendar.ts';

/**
 * The school year that starts after the one ending on `lastDay`, or undefined when the calendar stops.
 *
 * @example nextSchoolYear(calendar, '2026-06-12') // { firstDay: '2026-08-24', lastDay: '2027-06-11' } on a calendar holding that year
 */
export function nextSchoolYear(calendar: SchoolCalendar, lastDay: IsoDate): { firstDay: IsoDate; lastDay: IsoDate } | undefined {
  return schoolYearOnOrAfter(calendar, addCalendarDays(lastDay, 1));
}
