/**
 * What Sheets does with a string written by setValue/setValues/appendRow (they behave like typing):
 * numbers, booleans, dates and date-times are recognised; everything else stays text. A leading
 * apostrophe forces text. Dates are local wall times in the spreadsheet (no time zone shift).
 */
import { DEFAULT_DATE_FORMAT, wallToSerial } from './number-format.ts';

/** Result of interpreting typed text. */
export type Parsed =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; serial: number; format: string }
  | { kind: 'formula'; formula: string };

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999) return false;
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/**
 * Interprets a string as Sheets would for locale `locale` (`en_US`: month first; `en_GB` and most
 * others: day first). Impossible dates (`13/45/2025`, `2/30/2025`) stay text.
 */
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthFromName(name: string): number {
  const n = name.toLowerCase();
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const i = full.indexOf(n);
  if (i >= 0) return i + 1;
  const j = MONTH_NAMES.indexOf(n.replace(/\.$/, ''));
  return j >= 0 && n.replace(/\.$/, '').length === 3 ? j + 1 : n === 'sept' ? 9 : 0;
}

export function parseTypedText(text: string, locale = 'en_US', currentYear = new Date().getUTCFullYear()): Parsed {
  if (text.startsWith("'")) return { kind: 'text', value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  const s = text.trim();
  if (s === '') return { kind: 'text', value: text };
  if (/^(true|false)$/i.test(s)) return { kind: 'boolean', value: s.toLowerCase() === 'true' };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s)) return { kind: 'number', value: Number(s) };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { kind: 'number', value: Number(s.replace(/,/g, '')), format: '#,##0' + (s.includes('.') ? '.00' : '') };
  if (/^[+-]?\d+(\.\d+)?%$/.test(s)) return { kind: 'number', value: Number(s.slice(0, -1)) / 100, format: s.includes('.') ? '0.00%' : '0%' };
  const time = '(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
  const named = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(s) ?? undefined;
  const namedDayFirst = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(s) ?? undefined;
  if (named || namedDayFirst) {
    const monthName = named ? named[1]! : namedDayFirst![2]!;
    const month = monthFromName(monthName);
    const dd = Number(named ? named[2] : namedDayFirst![1]);
    const yy = Number(named ? named[3] : namedDayFirst![3]);
    if (!month || !isRealDate(yy, month, dd)) return { kind: 'text', value: text };
    const long = monthName.replace(/\.$/, '').length > 3;
    const format = named ? `${long ? 'mmmm' : 'mmm'} d, yyyy` : `d ${long ? 'mmmm' : 'mmm'} yyyy`;
    return { kind: 'date', serial: wallToSerial({ year: yy, month, day: dd, hour: 0, minute: 0, second: 0, millisecond: 0 }), format };
  }
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(s);
  if (clock) {
    let h = Number(clock[1]);
    const mi = Number(clock[2]);
    const se = Number(clock[3] ?? 0);
    const ampm = clock[4]?.toLowerCase().replace(/\./g, '');
    if (ampm && (h < 1 || h > 12)) return { kind: 'text', value: text };
    if (ampm) h = (h % 12) + (ampm === 'pm' ? 12 : 0);
    if (h > 23 || mi > 59 || se > 59) return { kind: 'text', value: text };
    const format = ampm ? (clock[3] ? 'h:mm:ss am/pm' : 'h:mm am/pm') : clock[3] ? 'H:mm:ss' : 'H:mm';
    return { kind: 'date', serial: (h * 3600 + mi * 60 + se) / 86_400, format };
  }
  const noYear = /^(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (noYear) {
    const monthFirst = !/^(en_GB|en_AU|en_NZ|en_IE|en_IN|fr|de|es|it|pt|nl)/.test(locale) || locale === 'en_US';
    const [m0, d0] = monthFirst ? [Number(noYear[1]), Number(noYear[2])] : [Number(noYear[2]), Number(noYear[1])];
    if (!isRealDate(currentYear, m0, d0)) return { kind: 'text', value: text };
    return { kind: 'date', serial: wallToSerial({ year: currentYear, month: m0, day: d0, hour: 0, minute: 0, second: 0, millisecond: 0 }), format: monthFirst ? 'M/d' : 'd/M' };
  }
  const iso = new RegExp(`^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})${time}$`).exec(s);
  const slash = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})${time}$`).exec(s);
  let y: number;
  let m: number;
  let d: number;
  let hh: string | undefined;
  let mi: string | undefined;
  let ss: string | undefined;
  let format: string;
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    [hh, mi, ss] = [iso[4], iso[5], iso[6]];
    format = 'yyyy-mm-dd';
  } else if (slash) {
    const monthFirst = !/^(en_GB|en_AU|en_NZ|en_IE|en_IN|fr|de|es|it|pt|nl)/.test(locale) || locale === 'en_US';
    const a = Number(slash[1]);
    const b = Number(slash[2]);
    [m, d] = monthFirst ? [a, b] : [b, a];
    y = fullYear(slash[3]!);
    [hh, mi, ss] = [slash[4], slash[5], slash[6]];
    format = monthFirst ? DEFAULT_DATE_FORMAT : 'd/M/yyyy';
  } else {
    return { kind: 'text', value: text };
  }
  if (!isRealDate(y, m, d)) return { kind: 'text', value: text };
  const hour = Number(hh ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(ss ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return { kind: 'text', value: text };
  if (hh !== undefined) format += ss !== undefined ? ' H:mm:ss' : ' H:mm';
  return { kind: 'date', serial: wallToSerial({ year: y, month: m, day: d, hour, minute, second, millisecond: 0 }), format };
}
