import * as z from 'zod';

/**
 * A calendar date as `YYYY-MM-DD`, the only date type that crosses a boundary (messages, storage, sheet
 * cells, CSV, calendar tags). It names a day, not an instant, so it never shifts with a time zone.
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-09-02.')
  .refine((s) => isRealDate(s), 'That day does not exist on the calendar.')
  .brand<'IsoDate'>();
export type IsoDate = z.infer<typeof IsoDate>;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function isRealDate(s: string): boolean {
  // Digit arithmetic (48 is '0'; the pattern was checked first): this runs for every date a caseload file holds.
  const y = s.charCodeAt(0) * 1000 + s.charCodeAt(1) * 100 + s.charCodeAt(2) * 10 + s.charCodeAt(3) - 53328;
  const m = s.charCodeAt(5) * 10 + s.charCodeAt(6) - 528;
  const d = s.charCodeAt(8) * 10 + s.charCodeAt(9) - 528;
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Whether a value is a well-formed, existing `YYYY-MM-DD` date. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value);
}

/**
 * Builds an IsoDate from its parts, or `undefined` when the day does not exist.
 *
 * @example isoDateOf(2024, 2, 29) // '2024-02-29'
 */
export function isoDateOf(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as IsoDate;
}

/** The year, month (1-12) and day of an IsoDate. */
export function partsOf(date: IsoDate): { year: number; month: number; day: number } {
  // Digit arithmetic (48 is '0'): this runs for every date the engine touches.
  return {
    year: date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 53328,
    month: date.charCodeAt(5) * 10 + date.charCodeAt(6) - 528,
    day: date.charCodeAt(8) * 10 + date.charCodeAt(9) - 528,
  };
}
