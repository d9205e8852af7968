import type { IsoDate } from './iso-date.ts';

/** How dates are written where people read them: US `M/D/YYYY` (the default), or ISO `YYYY-MM-DD`. Files always use ISO. */
export type DateStyle = 'us' | 'iso';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as people read it: `12/19/2026` (US, the default), `2026-12-19` (ISO) or, with `long`, `Dec 19, 2026`.
 *
 * @example presentDate('2026-12-19') // '12/19/2026'
 * @example presentDate('2026-12-19', 'long') // 'Dec 19, 2026'
 */
export function presentDate(date: IsoDate | string, style: DateStyle | 'long' = 'us'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  if (style === 'iso') return date;
  if (style === 'long') return `${MONTHS[Number(mo) - 1]} ${Number(d)}, ${y}`;
  return `${Number(mo)}/${Number(d)}/${y}`;
}
