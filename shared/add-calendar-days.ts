import { fromDayNumber, toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';

/**
 * Adds (or with a negative `days`, subtracts) calendar days.
 *
 * @example addCalendarDays('2024-02-28' as IsoDate, 1) // '2024-02-29'
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
