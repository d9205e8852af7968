import { type IsoDate, isoDateOf } from '../../shared/index.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Reads the calendar day of a sheet date cell in the spreadsheet's time zone without a service call.
 *
 * Sheets hands a date-only cell to Apps Script as the instant of local midnight in the spreadsheet's time
 * zone. Local midnight means `instant + offset` is a whole number of days, which leaves one candidate
 * offset every 24 hours; the one nearest the zone's offset in that year (`referenceOffsetsMs`: the offsets
 * on 1 January and 1 July of the cell's year, from `Utilities.formatDate(…, zone, 'Z')`) is right whatever
 * daylight saving did. A cell holding a time of day is not at midnight: this returns `undefined` and the
 * caller asks `Utilities.formatDate`.
 *
 * @param value the cell's Date
 * @param referenceOffsetsMs the zone's UTC offsets in that year, in milliseconds (New York: -5 h, -4 h)
 * @example midnightCellToIsoDate(new Date('2025-03-09T08:00:00Z'), [-8 * 3_600_000, -7 * 3_600_000]) // '2025-03-09' (Los Angeles)
 */
export function midnightCellToIsoDate(value: Date, referenceOffsetsMs: number | readonly number[]): IsoDate | undefined {
  const t = value.getTime();
  if (!Number.isFinite(t)) return undefined;
  const refs = typeof referenceOffsetsMs === 'number' ? [referenceOffsetsMs] : referenceOffsetsMs;
  const distance = (c: number) => Math.min(...refs.map((ref) => Math.abs(c - ref)));
  const r = (((-t) % DAY_MS) + DAY_MS) % DAY_MS;
  let best = r;
  for (const c of [r - DAY_MS, r + DAY_MS]) if (distance(c) < distance(best)) best = c;
  // Within a year a zone's offset moves by daylight saving (an hour, rarely two); further is not midnight.
  if (distance(best) > 2 * HOUR_MS) return undefined;
  const local = new Date(t + best);
  return isoDateOf(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** `"-0800"` / `"+0530"` (a `Z` date pattern) → milliseconds; `undefined` when it is not an offset. */
export function parseZoneOffset(text: string): number | undefined {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const ms = (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  return m[1] === '-' ? -ms : ms;
}

/** Noon of a calendar day in a zone with the given offset: a Date whose day is the same in that zone. */
export function isoDateToNoon(date: IsoDate, offsetMs: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12) - offsetMs);
}

/** Whether a cell value is a Date (also one made in another JavaScript realm, as a vm test's fakes do). */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
