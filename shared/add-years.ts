import { addMonths, addYears as addYearsFns } from 'date-fns';
import { type IsoDate, isoDateOf, partsOf } from './iso-date.ts';

function viaDateFns(date: IsoDate, fn: (d: Date) => Date): IsoDate {
  const { year, month, day } = partsOf(date);
  // Noon local time: whole-day arithmetic in date-fns never crosses a daylight-saving edge from noon.
  const start = new Date(year, month - 1, day, 12);
  start.setFullYear(year); // years 0-99 would otherwise be read as 1900-1999
  const end = fn(start);
  return isoDateOf(end.getFullYear(), end.getMonth() + 1, end.getDate()) as IsoDate;
}

/**
 * Adds whole years; February 29 becomes February 28 in a common year.
 *
 * @example addYears('2024-02-29' as IsoDate, 1) // '2025-02-28'
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return viaDateFns(date, (d) => addYearsFns(d, years));
}

/**
 * Adds whole months; a day past the end of the target month becomes its last day.
 *
 * @example addCalendarMonths('2025-01-31' as IsoDate, 1) // '2025-02-28'
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  return viaDateFns(date, (d) => addMonths(d, months));
}
