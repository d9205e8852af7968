import { parseDate, StateCode, TRACKER_COLUMNS } from '../../shared/index.ts';
import { cleanText } from './clean-text.ts';
import { meaningOfLabel, normaliseLabel } from './field-labels.ts';
import { NOT_NAME_WORDS } from './vocabulary.ts';
import type { FieldKey, TrackerKey } from './types.ts';

const TYPE_OF = new Map(TRACKER_COLUMNS.map((c) => [c.key, c.type] as const));

/** Values that mean "nothing here" on legacy pages. */
const EMPTY = /^(?:|-+|—|–|n\/?a|none|null|undefined|not set|not scheduled|tbd|\?+|mm\/dd\/yyyy)$/i;

/** "10/01/2025 to 09/30/2026", "from 10/1/2025 through 9/30/2026", "10/01/2025 – 09/30/2026". */
const PERIOD = /^(?:from\s+)?(.+?)\s+(?:to|through|thru|until|-|–|—)\s+(.+)$/i;

const NOT_NAME = new Set(NOT_NAME_WORDS);

/** A whole name: at most six words, none of them a word that is never part of a name ("Services"). */
function looksLikeFullName(text: string): boolean {
  const words = text.split(/[\s,]+/).filter(Boolean);
  return words.length <= 6 && !words.some((w) => NOT_NAME.has(w.toLowerCase().replace(/[.'’-]/g, '')));
}

const NAME_KEYS = new Set<FieldKey>(['fullName', 'firstName', 'lastName']);

/**
 * The value without a label repeated inside it: "ID 1009981", "Local ID#: 1009981" or "#1009981" under
 * an ID label give 1009981; the words count as a label when they are the label itself or a term the
 * vocabulary gives the same field.
 *
 * @example withoutRepeatedLabel('studentId', 'ID 1009981', 'Local ID#') // '1009981'
 */
export function withoutRepeatedLabel(key: FieldKey, text: string, label: string): string {
  const words = text.split(' ');
  const own = normaliseLabel(label.replace(/[:：]\s*$/, ''));
  for (let n = Math.min(5, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const m = /^(.*?)\s*([:：#]*)$/.exec(head);
    const words0 = m?.[1] ?? head;
    if (words0 === '' || !/\p{L}/u.test(words0)) continue;
    const rest = words.slice(n).join(' ').replace(/^[:：#\s]+/, '');
    const marked = (m?.[2] ?? '') !== '' || /^[#\d]/.test(rest);
    if (normaliseLabel(words0) === own || (marked && meaningOfLabel(words0)?.key === key)) return rest;
  }
  // "ID#1009981", "#1009981": the sign glued to the number.
  if (key === 'studentId') {
    const glued = /^(?:([\p{L} .]{1,20}?)\s*)?[#:：]\s*(\S+)$/u.exec(text);
    if (glued && (glued[1] === undefined || meaningOfLabel(glued[1])?.key === key)) return glued[2] as string;
  }
  return text;
}

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
  const text = withoutRepeatedLabel(key, cleanText(raw).replace(/^[:：–—]\s*/, ''), label);
  if (EMPTY.test(text)) return { fields: {} };
  const shownLabel = cleanText(label, 48).replace(/[:：]\s*$/, '');
  // A name has letters: "Student: 1009981" is an ID, never a name.
  // …and a name has a capital letter: "Student will meet the team" is a sentence, not a name.
  if (NAME_KEYS.has(key) && !/(?:^|[\s,'-])\p{Lu}/u.test(text)) return { fields: {} };
  if (key === 'fullName') return looksLikeFullName(text) ? { fields: splitName(text) } : { fields: {} };
  const type = TYPE_OF.get(key) ?? 'text';
  if (type === 'date') {
    const until = meaningOfLabel(label)?.until;
    const period = until ? PERIOD.exec(text) : null;
    if (until && period) {
      const start = toFieldValue(key, period[1] as string, label);
      const end = toFieldValue(until, period[2] as string, label);
      if (!start.issue && !end.issue) return { fields: { ...start.fields, ...end.fields } };
    }
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
  // A bare date is never a name, an ID, a school or a category: it belongs to a date label nearby.
  if (key !== 'notes' && /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(text) && parseDate(text).ok) return { fields: {} };
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
