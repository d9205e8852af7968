import { toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import { usFederalHolidays } from './us-federal-holidays.ts';

/**
 * Day numbers of the federal holidays (as observed) around a span of days, plus extra (state) holidays:
 * the days a business-day count skips besides weekends.
 *
 * @example holidaySet(toDayNumber('2025-11-20'), 10).has(toDayNumber('2025-11-27')) // true (Thanksgiving)
 */
export function holidaySet(startDay: number, count: number, extra: readonly IsoDate[] = []): Set<number> {
  const firstYear = new Date(startDay * 86_400_000).getUTCFullYear();
  const lastYear = new Date((startDay + count * 2 + 30) * 86_400_000).getUTCFullYear();
  const set = new Set<number>(extra.map(toDayNumber));
  for (let y = firstYear - 1; y <= lastYear + 1; y++) for (const h of usFederalHolidays(y)) set.add(toDayNumber(h.date));
  return set;
}
