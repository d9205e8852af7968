import { TRACKER_COLUMNS } from '../../shared/index.ts';
import type { FieldKey, TrackerKey } from './types.ts';
import { DATE_EVENTS, DATE_QUALIFIERS, ID_STEMS, ID_SUFFIXES, TERMS } from './vocabulary.ts';

export type { FieldKey } from './types.ts';

/** Labels longer than this are sentences, not labels. */
const MAX_LABEL_CHARS = 48;

/**
 * The comparable form of a label: lower case, `#` and a trailing `No.` as "number", no punctuation,
 * spaces or trailing colon.
 *
 * @example normaliseLabel('Case Mgr.:') // 'casemgr'
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/#/g, 'number')
    .replace(/\bno\.?(?=\s*[:：]?\s*$)/, 'number')
    .replace(/[^a-z0-9]/g, '');
}

/** What the vocabulary says about one label. */
export interface LabelMeaning {
  key: FieldKey;
  /** The term matched, as the vocabulary spells it. */
  term: string;
  /** How much the term is trusted, 0 to 1: below 1 it is used only when nothing better is on the page. */
  weight: number;
  /** For a period label: the field the period's end date fills. */
  until?: FieldKey;
}

/**
 * Tracker columns never read from a page: "State:" on a student page is nearly always the family's
 * address, and the tracker's state column switches the deadline rules, so it is set by the teacher only.
 */
export const NOT_READ_FROM_PAGES: ReadonlySet<TrackerKey> = new Set<TrackerKey>(['state']);

const BY_LABEL = new Map<string, LabelMeaning>();
const add = (term: string, key: FieldKey, weight = 1, until?: FieldKey) => {
  const n = normaliseLabel(term);
  if (n !== '' && !BY_LABEL.has(n)) BY_LABEL.set(n, { key, term, weight, ...(until ? { until } : {}) });
};
for (const entry of TERMS) add(entry.term, entry.key, entry.weight, entry.until);
for (const { stem, weight } of ID_STEMS) for (const suffix of ID_SUFFIXES) add(`${stem} ${suffix}`, 'studentId', weight);
for (const { stem, weight, alone } of ID_STEMS) if (alone) add(stem, 'studentId', weight);
const q = DATE_QUALIFIERS;
const dated = [...q.datedSuffixes];
// Most specific wording first: "Next IEP Meeting" is the scheduled meeting, "Next IEP" the due date.
for (const event of DATE_EVENTS) {
  if (!event.scheduled) continue;
  for (const name of event.names) {
    const forms = [
      ...q.scheduledPrefixes.flatMap((p) => [`${p} ${name}`, ...dated.map((s) => `${p} ${name} ${s}`)]),
      ...q.scheduledSuffixes.map((s) => `${name} ${s}`),
      ...['Next', 'Upcoming'].flatMap((p) => [`${p} ${name} Meeting`, `${p} ${name} Meeting Date`, ...(/meeting/i.test(name) ? [`${p} ${name}`, `${p} ${name} Date`] : [])]),
    ];
    for (const form of forms) add(form, event.scheduled);
  }
}
for (const event of DATE_EVENTS) {
  for (const name of event.names) {
    if (event.due) {
      for (const p of q.duePrefixes) for (const form of [`${p} ${name}`, ...dated.map((s) => `${p} ${name} ${s}`), ...q.dueSuffixes.map((s) => `${p} ${name} ${s}`)]) add(form, event.due);
      for (const s of q.dueSuffixes) add(`${name} ${s}`, event.due);
    }
    for (const p of q.heldPrefixes) for (const form of [`${p} ${name}`, ...[...dated, ...q.heldSuffixes].map((s) => `${p} ${name} ${s}`)]) add(form, event.held);
    for (const s of q.heldSuffixes) add(`${name} ${s}`, event.held);
  }
}
for (const event of DATE_EVENTS) {
  for (const name of event.names) {
    for (const s of dated) add(`${name} ${s}`, event.dated);
    for (const p of q.datedPrefixes) add(`${p} ${name}`, event.dated);
    if (event.alone || /\bmeeting$/i.test(name)) add(name, event.dated);
  }
}
// The tracker's own headers and aliases (what a CSV export uses) mean the same on a page.
for (const column of TRACKER_COLUMNS) {
  if (NOT_READ_FROM_PAGES.has(column.key)) continue;
  for (const label of [column.header, ...column.aliases]) add(label, column.key);
}

/** Every label the vocabulary knows, as spelled there (for tests and fuzzing). */
export const KNOWN_LABELS: readonly string[] = [...new Set([...BY_LABEL.values()].map((m) => m.term))];

/**
 * What a visible label means, if anything: `"Tri Due:"` → `reevaluationDue`, `"Date of Last FIE"` →
 * `lastEvaluationDate`. A hint in brackets (`"DOB (mm/dd/yyyy)"`) or a leading "Student" is ignored.
 *
 * @example meaningOfLabel('Local ID#')?.key // 'studentId'
 */
export function meaningOfLabel(text: string): LabelMeaning | undefined {
  if (text.length > MAX_LABEL_CHARS * 2) return undefined;
  const trimmed = text.trim().replace(/[:：*]+\s*$/, '').trim();
  if (trimmed === '' || trimmed.length > MAX_LABEL_CHARS) return undefined;
  const direct = BY_LABEL.get(normaliseLabel(trimmed));
  if (direct !== undefined) return direct;
  // "DOB (mm/dd/yyyy)", "Student Grade", "Student's DOB": the same label with a hint or a prefix.
  const bare = trimmed.replace(/\s*\([^)]*\)\s*$/, '').replace(/^student(?:'s|s)?\s+/i, '').replace(/[:：*]+\s*$/, '').trim();
  return bare !== trimmed && bare !== '' ? BY_LABEL.get(normaliseLabel(bare)) : undefined;
}

/**
 * The field a visible label names, if any: `"Tri Due:"` → `reevaluationDue`, `"DOB"` → `dateOfBirth`.
 *
 * @example fieldForLabel('Future IEP Date:') // 'annualReviewDue'
 */
export function fieldForLabel(text: string): FieldKey | undefined {
  return meaningOfLabel(text)?.key;
}

/** Whether some text looks like a label on its own line (`"Next IEP:"`), so it is never taken as a value. */
export function looksLikeLabel(text: string): boolean {
  const t = text.trim();
  return (t.length > 0 && t.length <= MAX_LABEL_CHARS && /[:：]$/.test(t)) || fieldForLabel(t) !== undefined;
}
