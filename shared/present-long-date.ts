import type { IsoDate } from './iso-date.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as a parent reads it in a letter: "May 28, 2027". No time zone is involved.
 *
 * @example presentLongDate('2027-05-28' as IsoDate) // 'May 28, 2027'
 */
export function presentLongDate(date: IsoDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${Number(date.slice(8, 10))}, ${Number(date.slice(0, 4))}`;
}
