import { schoolYearOnOrAfter } from './school-year-on-or-after.ts';
import { type IsoDate, isoDateOf, partsOf } from './iso-date.ts';
import type { SchoolCalendar } from './school-calendar.ts';

/**
 * The first day of the school year a date belongs to. School years are taken to run July 1 to June 30
 * (the summer belongs to the year it leads into); the district calendar's first day of that year is used
 * when the calendar has it, else July 1.
 *
 * @example schoolYearStart('2026-03-10' as IsoDate) // '2025-07-01'
 * @example schoolYearStart('2026-07-20' as IsoDate, calendar) // '2026-08-24' (when the calendar's 2026-27 year starts then)
 */
export function schoolYearStart(date: IsoDate, calendar?: SchoolCalendar): IsoDate {
  const { year, month } = partsOf(date);
  const start = month >= 7 ? year : year - 1;
  const july1 = isoDateOf(start, 7, 1) as IsoDate;
  const found = calendar ? schoolYearOnOrAfter(calendar, july1) : undefined;
  return found && found.firstDay < (isoDateOf(start + 1, 7, 1) as IsoDate) ? found.firstDay : july1;
}
