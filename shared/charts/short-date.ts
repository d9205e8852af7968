import type { IsoDate } from '../iso-date.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A short axis label for a date: "Sep" on the first of a month, else "Sep 14".
 *
 * @example shortDate('2026-09-14' as IsoDate) // 'Sep 14'
 */
export function shortDate(date: IsoDate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
  const day = Number(date.slice(8, 10));
  return day === 1 ? month : `${month} ${day}`;
}
