import { parseDate, StateCode, TRACKER_COLUMNS } from '../../shared/index.ts';
import { cleanText } from './clean-text.ts';
import type { FieldKey } from './field-labels.ts';
import type { TrackerKey } from './types.ts';

const TYPE_OF = new Map(TRACKER_COLUMNS.map((c) => [c.key, c.type] as const));

/** Values that mean "nothing here" on legacy pages. */
const EMPTY = /^(?:|-+|—|–|n\/?a|none|null|undefined|not set|not scheduled|tbd|\?+|mm\/dd\/yyyy)$/i;

/** The outcome of reading one labelled value. */
export interface FieldValue {
  fields: Partial<Record<TrackerKey, string>>;
  /** Why the value was not used, in a teacher's words (never the value itself). */
  issue?: string;
}

/**
 * Turns a raw labelled value into tracker fields: text cleaned and capped, dates as `YYYY-MM-DD`,
 * absences as a whole number, a state as its code, a full name split into first and last names.
 *
 * @param key the field the label names
 * @param raw the value's text or input value
 * @param label the label as shown on the page (used in issues)
 * @example toFieldValue('dateOfBirth', 'Sept 2, 2015', 'DOB').fields // { dateOfBirth: '2015-09-02' }
 */
export function toFieldValue(key: FieldKey, raw: string, label: string): FieldValue {
  const text = cleanText(raw);
  if (EMPTY.test(text)) return { fields: {} };
  const shownLabel = cleanText(label, 48).replace(/[:：]\s*$/, '');
  if (key === 'fullName') return { fields: splitName(text) };
  const type = TYPE_OF.get(key) ?? 'text';
  if (type === 'date') {
    const dateText = text
      .replace(/\s*\(.*\)$/, '')
      .replace(/(\d)\s*([/-])\s*(?=\d)/g, '$1$2')
      // A time after the date ("02/06/2025 10:30 AM") is not part of the day.
      .replace(/(\d)(?:,?\s+|T)\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?$/i, '$1');
    const parsed = parseDate(dateText);
    return parsed.ok
      ? { fields: { [key]: parsed.value } }
      : { fields: {}, issue: `"${shownLabel}" on this page is not a date I can read.` };
  }
  if (type === 'number') {
    const m = /^(\d{1,3})(?:\.0+)?(?:\s*days?)?$/i.exec(text);
    const n = m ? Number(m[1]) : NaN;
    return Number.isInteger(n) && n >= 0 && n <= 365
      ? { fields: { [key]: String(n) } }
      : { fields: {}, issue: `"${shownLabel}" on this page is not a number of days.` };
  }
  if (type === 'state') {
    const parsed = StateCode.safeParse(text);
    return parsed.success
      ? { fields: { [key]: parsed.data } }
      : { fields: {}, issue: `"${shownLabel}" on this page is not a two-letter state code.` };
  }
  return { fields: { [key]: text } };
}

/**
 * Splits a name as legacy systems show it: `Last, First` (SEIS and most rosters) or `First Last`.
 *
 * @example splitName('Lee, Ana Maria') // { lastName: 'Lee', firstName: 'Ana Maria' }
 */
export function splitName(name: string): Partial<Record<TrackerKey, string>> {
  const text = cleanText(name);
  if (text === '') return {};
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const last = text.slice(0, comma).trim();
    const first = text.slice(comma + 1).trim();
    return { ...(first ? { firstName: first } : {}), ...(last ? { lastName: last } : {}) };
  }
  const space = text.lastIndexOf(' ');
  if (space < 0) return { firstName: text };
  return { firstName: text.slice(0, space), lastName: text.slice(space + 1) };
}
