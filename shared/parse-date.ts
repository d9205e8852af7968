import { addCalendarDays } from './add-calendar-days.ts';
import { type IsoDate, isIsoDate, isoDateOf } from './iso-date.ts';
import { fail, ok, type Result } from './result.ts';

/** Options for {@link parseDate}. */
export interface ParseDateOptions {
  /** Two-digit years below this become 20xx, the rest 19xx. Default 70 (`3/4/69` → 2069, `3/4/70` → 1970). */
  twoDigitYearPivot?: number;
  /** Smallest spreadsheet serial number accepted as a date. Default 18264 (1950-01-01). */
  minSerial?: number;
  /** Largest spreadsheet serial number accepted as a date. Default 73050 (2099-12-31). */
  maxSerial?: number;
  /** Written years outside this range are taken for typos (`12/20/2205`). Default 1900. */
  minYear?: number;
  /** Default 2100. */
  maxYear?: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** Day 0 of Google Sheets and Excel (1900 date system, after Excel's phantom 1900-02-29). */
const SERIAL_EPOCH = '1899-12-30' as IsoDate;

function fromParts(year: number, month: number, day: number, original: string, years: [number, number]): Result<IsoDate> {
  if (year < years[0] || year > years[1]) return fail('implausible-year', `"${original}" has the year ${year}: is that a typo?`);
  if (month < 1 || month > 12) return fail('bad-month', `"${original}" has no month ${month}; use a date like 9/2/2025.`);
  const date = isoDateOf(year, month, day);
  return date ? ok(date) : fail('no-such-day', `"${original}" is not a real day (that month has no day ${day}).`);
}

/**
 * Reads a date the way teachers and IEP-system exports write it: `2025-09-02`, `9/2/2025`, `09/02/25`,
 * `9-2-2025`, `Sept 2, 2025`, `September 2 2025`, `2 September 2025`, or a spreadsheet serial number in a
 * plausible range. Returns the reason when it is not a date; never an invalid date.
 *
 * @param input text or number from a cell, a CSV field or a web page
 * @param options two-digit-year pivot and serial-number range
 * @example parseDate('3/9/2025') // { ok: true, value: '2025-03-09' }
 * @example parseDate('13/45/2025') // { ok: false, reason: '"13/45/2025" has no month 13; …' }
 */
export function parseDate(input: unknown, options: ParseDateOptions = {}): Result<IsoDate> {
  const pivot = options.twoDigitYearPivot ?? 70;
  const minSerial = options.minSerial ?? 18264;
  const maxSerial = options.maxSerial ?? 73050;
  const years: [number, number] = [options.minYear ?? 1900, options.maxYear ?? 2100];
  if (typeof input === 'number') return fromSerial(input, String(input), minSerial, maxSerial);
  if (typeof input !== 'string') return fail('not-a-date', 'Expected a date.');
  // The spelling Casekeeper itself writes, read without the general machinery (a year of sessions has many).
  if (input.length === 10 && isIsoDate(input)) {
    const year = Number(input.slice(0, 4));
    if (year >= years[0] && year <= years[1]) return ok(input);
  }
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return fail('empty-date', 'The date is empty.');
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text))) {
    return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), shown, years);
  }
  if ((m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text))) {
    return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), shown, years);
  }
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text))) {
    const y = m[3] as string;
    const year = y.length === 2 ? (Number(y) < pivot ? 2000 : 1900) + Number(y) : Number(y);
    return fromParts(year, Number(m[1]), Number(m[2]), shown, years);
  }
  if ((m = /^(?:[a-z]+,? )?([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(text))) {
    const month = MONTHS[(m[1] as string).toLowerCase()];
    if (month === undefined) return fail('bad-month-name', `"${shown}" has a month name I do not know.`);
    return fromParts(Number(m[3]), month, Number(m[2]), shown, years);
  }
  if ((m = /^(\d{1,2}) ([a-z]+)\.?,? (\d{4})$/i.exec(text))) {
    const month = MONTHS[(m[2] as string).toLowerCase()];
    if (month === undefined) return fail('bad-month-name', `"${shown}" has a month name I do not know.`);
    return fromParts(Number(m[3]), month, Number(m[1]), shown, years);
  }
  if (/^\d+(\.\d+)?$/.test(text)) return fromSerial(Number(text), shown, minSerial, maxSerial);
  return fail('not-a-date', `"${shown}" is not a date I can read; use a date like 9/2/2025 or 2025-09-02.`);
}

function fromSerial(serial: number, shown: string, min: number, max: number): Result<IsoDate> {
  if (!Number.isFinite(serial) || serial < min || serial > max) {
    return fail('bad-serial', `The number ${shown} is not a date; type a date like 9/2/2025.`);
  }
  return ok(addCalendarDays(SERIAL_EPOCH, Math.floor(serial)));
}
