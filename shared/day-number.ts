import { type IsoDate, isoDateOf, partsOf } from './iso-date.ts';

/**
 * Whole days since 1970-01-01 for a calendar date. Day numbers are plain integers, so day arithmetic on
 * them cannot drift with daylight saving time or the machine's time zone.
 *
 * @example toDayNumber('1970-01-02' as IsoDate) // 1
 */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The calendar date of a day number (the inverse of `toDayNumber`). */
export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * 86_400_000);
  return isoDateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as IsoDate;
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}
