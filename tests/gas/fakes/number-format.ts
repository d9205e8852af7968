/**
 * Sheets number formats: which ones are dates, how a stored value is displayed (getDisplayValues),
 * and the serial-number calendar (days since 1899-12-30, in the spreadsheet's local wall time).
 */
import type { WallTime } from './time-zone.ts';

/**
 * What `getNumberFormat()` reports for a cell nobody formatted ("Automatic" in the UI). Apps Script
 * reports it as this pattern rather than 'General'; both are treated as General when displaying.
 */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** Format Sheets applies when a date (no time of day) is written into an unformatted cell. */
export const DEFAULT_DATE_FORMAT = 'M/d/yyyy';
/** Format Sheets applies when a date-time is written into an unformatted cell. */
export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
/** Plain text. */
export const TEXT_FORMAT = '@';

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Serial number of a wall-clock time (1899-12-30 00:00 = 0; 2025-01-21 = 45678). */
export function wallToSerial(w: WallTime): number {
  const d = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond));
  d.setUTCFullYear(w.year);
  return (d.getTime() - SERIAL_EPOCH_UTC) / DAY_MS;
}

/** Wall-clock time of a serial number (rounded to the millisecond). */
export function serialToWall(serial: number): WallTime {
  const d = new Date(SERIAL_EPOCH_UTC + Math.round(serial * DAY_MS));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** Removes quoted literals, escapes and [colour] sections so only format codes remain. */
function codesOnly(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

/** True when the format shows a date and/or time (so getValues returns a Date for numbers). */
export function isDateTimeFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format) || format === TEXT_FORMAT) return false;
  const codes = codesOnly(format.split(';')[0] ?? '');
  if (/[0#?]/.test(codes)) return false;
  return /[dmyhs]/i.test(codes);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type DateToken = { t: 'lit'; s: string } | { t: 'code'; c: string; n: number } | { t: 'ampm'; s: string };

function tokenizeDateFormat(format: string): DateToken[] {
  const tokens: DateToken[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      tokens.push({ t: 'lit', s: format.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? format.length : end + 1;
    } else if (ch === '\\') {
      tokens.push({ t: 'lit', s: format[i + 1] ?? '' });
      i += 2;
    } else if (/^(am\/pm|a\/p)/i.test(format.slice(i))) {
      const m = /^(am\/pm|a\/p)/i.exec(format.slice(i))![0];
      tokens.push({ t: 'ampm', s: m });
      i += m.length;
    } else if (/[dmyhs]/i.test(ch)) {
      const lower = ch.toLowerCase();
      let n = 1;
      while (format[i + n]?.toLowerCase() === lower) n++;
      tokens.push({ t: 'code', c: lower, n });
      i += n;
    } else if (ch === '[') {
      const end = format.indexOf(']', i);
      i = end < 0 ? format.length : end + 1;
    } else {
      tokens.push({ t: 'lit', s: ch });
      i++;
    }
  }
  return tokens;
}

/** Displays a serial number with a date/time format (`M/d/yyyy` → `3/9/2025`). */
export function formatSerialAsDate(serial: number, format: string): string {
  const w = serialToWall(serial);
  const tokens = tokenizeDateFormat(format.split(';')[0] ?? format);
  const twelveHour = tokens.some((t) => t.t === 'ampm');
  let out = '';
  tokens.forEach((tok, idx) => {
    if (tok.t === 'lit') {
      out += tok.s;
      return;
    }
    if (tok.t === 'ampm') {
      const pm = w.hour >= 12;
      out += /^a\/p$/i.test(tok.s) ? (pm ? 'P' : 'A') : pm ? 'PM' : 'AM';
      return;
    }
    const { c, n } = tok;
    if (c === 'm') {
      const prev = tokens.slice(0, idx).reverse().find((t) => t.t === 'code');
      const next = tokens.slice(idx + 1).find((t) => t.t === 'code');
      const isMinute = (prev?.t === 'code' && prev.c === 'h') || (next?.t === 'code' && next.c === 's');
      if (isMinute) out += String(w.minute).padStart(n >= 2 ? 2 : 1, '0');
      else if (n >= 5) out += MONTHS[w.month - 1]!.slice(0, 1);
      else if (n === 4) out += MONTHS[w.month - 1];
      else if (n === 3) out += MONTHS[w.month - 1]!.slice(0, 3);
      else out += String(w.month).padStart(n, '0');
    } else if (c === 'd') {
      if (n >= 4) out += DAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()];
      else if (n === 3) out += DAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()]!.slice(0, 3);
      else out += String(w.day).padStart(n, '0');
    } else if (c === 'y') {
      out += n <= 2 ? String(w.year % 100).padStart(2, '0') : String(w.year).padStart(4, '0');
    } else if (c === 'h') {
      const h = twelveHour ? (w.hour % 12 === 0 ? 12 : w.hour % 12) : w.hour;
      out += String(h).padStart(n >= 2 ? 2 : 1, '0');
    } else if (c === 's') {
      out += String(w.second).padStart(n >= 2 ? 2 : 1, '0');
    }
  });
  return out;
}

/** Displays a number with a numeric format (`0.00`, `#,##0`, `0%`, `$#,##0.00`, `General`). */
export function formatNumber(value: number, format: string | undefined): string {
  if (!format || /^general$/i.test(format) || /^0\.#+$/.test(format)) return generalNumber(value);
  const sections = format.split(';');
  let section = sections[0]!;
  let v = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    v = -value;
  } else if (value === 0 && sections[2] !== undefined) section = sections[2];
  const codes = codesOnly(section);
  const percent = codes.includes('%');
  if (percent) v *= 100;
  const m = /[0#?,]+(\.[0#?]+)?/.exec(section.replace(/"[^"]*"/g, (q) => ' '.repeat(q.length)));
  if (!m) return section.replace(/"([^"]*)"/g, '$1');
  const decimalsPart = m[1] ?? '';
  const minDecimals = (decimalsPart.match(/0/g) ?? []).length;
  const maxDecimals = Math.max(0, decimalsPart.length - 1);
  const grouping = m[0].includes(',');
  const intZeros = (m[0].split('.')[0]!.match(/0/g) ?? []).length;
  let fixed = Math.abs(v).toFixed(maxDecimals);
  if (maxDecimals > minDecimals) fixed = fixed.replace(/0+$/, (z) => z.slice(0, Math.max(0, z.length - (maxDecimals - minDecimals))));
  const [intRaw, frac = ''] = fixed.split('.') as [string, string | undefined];
  let intPart = intRaw;
  if (intPart === '0' && intZeros === 0) intPart = '';
  intPart = intPart.padStart(intZeros, '0');
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const numberText = (v < 0 ? '-' : '') + intPart + (frac ? '.' + frac : maxDecimals > 0 && minDecimals > 0 ? '.' : '');
  const before = section.slice(0, m.index).replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const after = section.slice(m.index + m[0].length).replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  return before + numberText + after;
}

function generalNumber(value: number): string {
  if (!Number.isFinite(value)) return '#NUM!';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) return value.toExponential(2).toUpperCase().replace('E+', 'E+').replace(/E([+-])(\d)$/, 'E$10$2');
  return String(Number(value.toPrecision(10)));
}

/** The text a user sees in a cell holding `value` with `format` (getDisplayValues). */
export function displayValue(value: string | number | boolean | null, format: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (format === TEXT_FORMAT) return String(value);
  if (isDateTimeFormat(format)) return formatSerialAsDate(value, format!);
  return formatNumber(value, format);
}
