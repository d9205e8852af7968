import { compileCalendar } from './calendar-index.ts';
import { toDayNumber, fromDayNumber } from './day-number.ts';
import { type IsoDate, isoDateOf, partsOf } from './iso-date.ts';
import type { SchoolCalendar } from './school-calendar.ts';

/**
 * The first day of the school year a date belongs to: the district calendar's year that has started by
 * then (the summer belongs to the year before), else, outside the calendar or without one, July 1 (the
 * usual start of a school year in law, used as the boundary when no calendar says otherwise).
 *
 * @example schoolYearStart('2026-03-10' as IsoDate) // '2025-07-01'
 * @example schoolYearStart('2026-03-10' as IsoDate, calendar) // '2025-08-25' (when the calendar's 2025-26 year starts then)
 */
export function schoolYearStart(date: IsoDate, calendar?: SchoolCalendar): IsoDate {
  const { year, month } = partsOf(date);
  const july1 = isoDateOf(month >= 7 ? year : year - 1, 7, 1) as IsoDate;
  if (!calendar) return july1;
  const day = toDayNumber(date);
  const years = compileCalendar(calendar).years;
  // The last calendar year that has started on or before the date, if the date is not past its summer.
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i] as { first: number; last: number };
    if (y.first > day) continue;
    const next = years[i + 1];
    const endsBefore = next ? next.first : y.last + 120;
    return day < endsBefore ? fromDayNumber(y.first) : july1;
  }
  return july1;
}
