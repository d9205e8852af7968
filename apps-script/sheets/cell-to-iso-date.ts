import { type IsoDate, isoDateOf } from '../../shared/index.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Reads the calendar day of a sheet date cell in the spreadsheet's time zone without a service call.
 *
 * Sheets hands a date-only cell to Apps Script as the instant of local midnight in the spreadsheet's time
 * zone. Local midnight means `instant + offset` is a whole number of days, which leaves one candidate
 * offset every 24 hours; the one nearest the zone's offset today (`referenceOffsetMs`, from one
 * `Utilities.formatDate(now, zone, 'Z')`) is right whatever daylight saving did since. A cell holding a
 * time of day is not at midnight: this returns `undefined` and the caller asks `Utilities.formatDate`.
 *
 * @param value the cell's Date
 * @param referenceOffsetMs the spreadsheet zone's UTC offset now, in milliseconds (New York winter: -5 h)
 * @example midnightCellToIsoDate(new Date('2025-03-09T08:00:00Z'), -8 * 3_600_000) // '2025-03-09' (Los Angeles)
 */
export function midnightCellToIsoDate(value: Date, referenceOffsetMs: number): IsoDate | undefined {
  const t = value.getTime();
  if (!Number.isFinite(t)) return undefined;
  const r = (((-t) % DAY_MS) + DAY_MS) % DAY_MS;
  let best = r;
  for (const c of [r - DAY_MS, r + DAY_MS]) if (Math.abs(c - referenceOffsetMs) < Math.abs(best - referenceOffsetMs)) best = c;
  // Daylight saving moves an offset by an hour (rarely two); anything further is not local midnight.
  if (Math.abs(best - referenceOffsetMs) > 3 * HOUR_MS) return undefined;
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
