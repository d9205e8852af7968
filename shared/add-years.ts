import { type IsoDate, daysInMonth, isoDateOf, partsOf } from './iso-date.ts';

/**
 * Whole-month arithmetic on the date's own parts: no `Date` in local time, so the result cannot depend on
 * the machine's time zone (a zone that skipped a day, like Pacific/Apia on 2011-12-30, would otherwise
 * move the date).
 */
function shiftMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOf(date);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return isoDateOf(y, m, Math.min(day, daysInMonth(y, m))) as IsoDate;
}

/**
 * Adds whole years; February 29 becomes February 28 in a common year.
 *
 * @example addYears('2024-02-29' as IsoDate, 1) // '2025-02-28'
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return shiftMonths(date, years * 12);
}

/**
 * Adds whole months; a day past the end of the target month becomes its last day.
 *
 * @example addCalendarMonths('2025-01-31' as IsoDate, 1) // '2025-02-28'
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  return shiftMonths(date, months);
}
