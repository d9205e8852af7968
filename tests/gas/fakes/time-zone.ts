/**
 * Time-zone arithmetic with the real IANA database (through Intl), plus Java-style fixed offsets
 * (`GMT+2`, `GMT-05:00`, `UTC`) that Apps Script also accepts.
 */

/** A wall-clock reading in some zone (month 1-12). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

type Zone = { kind: 'fixed'; offsetMinutes: number; id: string } | { kind: 'iana'; id: string };

const zoneCache = new Map<string, Zone | null>();
const formatterCache = new Map<string, Intl.DateTimeFormat>();

/** Parses a zone id; null when neither an IANA zone nor a GMT/UTC offset. */
export function resolveZone(id: string): Zone | null {
  if (zoneCache.has(id)) return zoneCache.get(id)!;
  let zone: Zone | null;
  const fixed = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(id.trim());
  if (fixed) {
    const sign = fixed[1] === '-' ? -1 : 1;
    const minutes = Number(fixed[2] ?? 0) * 60 + Number(fixed[3] ?? 0);
    zone = minutes <= 18 * 60 ? { kind: 'fixed', offsetMinutes: sign * minutes, id } : null;
  } else {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: id });
      zone = { kind: 'iana', id };
    } catch {
      zone = null;
    }
  }
  zoneCache.set(id, zone);
  return zone;
}

/** True for an IANA zone id (`America/Los_Angeles`) or a GMT/UTC offset Apps Script accepts. */
export function isValidTimeZone(id: string): boolean {
  return typeof id === 'string' && resolveZone(id) !== null;
}

function formatter(id: string): Intl.DateTimeFormat {
  let f = formatterCache.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatterCache.set(id, f);
  }
  return f;
}

function zoneOrThrow(id: string): Zone {
  const zone = resolveZone(id);
  if (!zone) throw new Error(`Unknown time zone: ${id}`);
  return zone;
}

/** Offset of the zone from UTC at the instant `ms`, in milliseconds (LA in winter: -8 h). */
export function zoneOffsetMs(ms: number, id: string): number {
  const zone = zoneOrThrow(id);
  if (zone.kind === 'fixed') return zone.offsetMinutes * 60_000;
  const parts = formatter(zone.id).formatToParts(new Date(ms));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  let year = get('year');
  if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year;
  const asUtc = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return asUtc - whole;
}

/** The wall-clock reading of instant `ms` in zone `id`. */
export function toWallTime(ms: number, id: string): WallTime {
  const local = new Date(ms + zoneOffsetMs(ms, id));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
  };
}

/** Day of week (0 = Sunday) of a wall date. */
export function weekdayOf(wall: Pick<WallTime, 'year' | 'month' | 'day'>): number {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
}

/** Epoch ms of a wall-clock reading, as UTC (helper for arithmetic on wall times). */
export function wallAsUtc(w: WallTime): number {
  const d = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond));
  d.setUTCFullYear(w.year);
  return d.getTime();
}

/**
 * The instant at which zone `id` shows wall time `wall`. In a spring-forward gap the later offset is
 * used (02:30 that does not exist becomes 03:30), like java.util.Calendar in lenient mode.
 */
export function fromWallTime(wall: WallTime, id: string): number {
  const naive = wallAsUtc(wall);
  let guess = naive - zoneOffsetMs(naive, id);
  const second = naive - zoneOffsetMs(guess, id);
  if (second !== guess) {
    const third = naive - zoneOffsetMs(second, id);
    guess = third === second ? second : Math.max(second, third);
  }
  return guess;
}

/** Midnight (00:00) of the calendar date that instant `ms` falls on in zone `id`. */
export function startOfDayIn(ms: number, id: string): number {
  const w = toWallTime(ms, id);
  return fromWallTime({ ...w, hour: 0, minute: 0, second: 0, millisecond: 0 }, id);
}

/** `YYYY-MM-DD` of instant `ms` in zone `id`. */
export function isoDateIn(ms: number, id: string): string {
  const w = toWallTime(ms, id);
  return isoFromParts(w.year, w.month, w.day);
}

/** Formats year, month, day as `YYYY-MM-DD`. */
export function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const midnightCache = new Map<string, number>();

/** Midnight of an ISO date (`YYYY-MM-DD`) in zone `id`, as epoch ms (memoised: zone rules are fixed). */
export function midnightOfIso(iso: string, id: string): number {
  const key = `${iso}|${id}`;
  const hit = midnightCache.get(key);
  if (hit !== undefined) return hit;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const ms = fromWallTime({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0, millisecond: 0 }, id);
  if (midnightCache.size > 100_000) midnightCache.clear();
  midnightCache.set(key, ms);
  return ms;
}

/** Adds whole days to an ISO date. */
export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoFromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Short (`PST`, `GMT+1`) or long (`Pacific Standard Time`) zone name at an instant, per Intl en-US. */
export function zoneName(ms: number, id: string, style: 'short' | 'long'): string {
  const zone = zoneOrThrow(id);
  if (zone.kind === 'fixed') {
    if (zone.offsetMinutes === 0) return /^utc/i.test(id) ? 'UTC' : 'GMT';
    const sign = zone.offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(zone.offsetMinutes);
    return `GMT${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  }
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone.id, timeZoneName: style }).formatToParts(new Date(ms));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? id;
}
