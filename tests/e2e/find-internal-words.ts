import { CASELOAD_SETTINGS, CASELOAD_TABLES, StudentRecord } from '../../shared/index.ts';
import { KNOWN_SYSTEMS } from '../../extension/sites/known-systems.ts';

/** A rule or rule-setting id: `US.annual-review`, `TX.ardSummerRule`. */
const RULE_ID = /\b[A-Z]{2}\.[a-z][A-Za-z0-9]*(?:-[a-z0-9]+)*\b/g;

/** Record keys people should never read (camelCase field names of every table: `lastIepDate`, `studentId`). */
const RECORD_KEYS: ReadonlySet<string> = new Set(
  [...CASELOAD_TABLES.flatMap((t) => t.columns.map((c) => c.key as string)), ...Object.keys(StudentRecord.shape)].filter((k) => /[a-z][A-Z]/.test(k)),
);

/** Setting values as stored (`day-before-anniversary`), where a person reads their label instead. */
const STORED_CHOICES: readonly string[] = CASELOAD_SETTINGS.flatMap((s) => (s.value.type === 'choice' ? s.value.choices.map((c) => c.value) : [])).filter((v) => v.includes('-'));

/** Page readers' internal names (`generic`, `seis`, …), shown as "Read by: generic". */
const READER_NAMES: readonly string[] = ['generic', 'taught', ...KNOWN_SYSTEMS.map((s) => s.id)];

/**
 * The internal names in a screen's visible text, each once: rule ids, record keys, stored setting values,
 * reader names, and "add a school calendar" while a calendar is loaded (`calendarLoaded`). Empty when the
 * screen speaks in a teacher's words.
 *
 * @example findInternalWords('Rule: US.annual-review · lastIepDate', { calendarLoaded: false }) // ['US.annual-review', 'lastIepDate']
 */
export function findInternalWords(text: string, options: { calendarLoaded: boolean }): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(RULE_ID)) found.add(m[0]);
  for (const word of text.match(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g) ?? []) if (RECORD_KEYS.has(word)) found.add(word);
  for (const value of STORED_CHOICES) if (text.includes(value)) found.add(value);
  for (const name of READER_NAMES) if (new RegExp(`\\bRead by:?\\s*${name}\\b|\\b${name}\\b(?= reader)|^\\s*${name}\\s*$`, 'im').test(text) || (name === 'generic' && /\bgeneric\b/.test(text))) found.add(`reader name "${name}"`);
  if (options.calendarLoaded && /add a school calendar/i.test(text)) found.add('"add a school calendar" while a calendar is loaded');
  return [...found];
}
