import type { Deadline, IsoDate, StudentRecord } from '../../shared/index.ts';
import { describeBasis } from '../sheets/computed-values.ts';

/** The private extended property (CalendarApp: tag) holding an event's `<row key>|<kind>|<n>#<content hash>`. */
export const EVENT_TAG = 'casekeeper';

/** The private extended property holding the id of the spreadsheet whose tracker made the event. */
export const SHEET_TAG = 'casekeeperSheet';

/** What one calendar event should look like. */
export interface EventSpec {
  /** `<row key>|<deadline kind>|<n>`: stable while the row and deadline exist. */
  key: string;
  rowKey: string;
  title: string;
  date: IsoDate;
  description: string;
  /** Popup reminder, minutes before the day starts. */
  reminderMinutes: number;
  /** Hash of everything above: the event is rewritten only when it changes. */
  hash: string;
}

/** FNV-1a, twice with different seeds: a 16-hex-digit content fingerprint (not security). */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000197) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The student as shown on a calendar: first name, last initial and ID (`Jordan S. (S104)`). */
export function studentLabel(student: StudentRecord): string {
  const initial = student.lastName ? ` ${student.lastName.slice(0, 1)}.` : '';
  const name = student.firstName ? `${student.firstName}${initial} ` : '';
  return `${name}(${student.studentId})`;
}

/** Options for {@link eventSpecsFor}. */
export interface EventSpecOptions {
  /** Days before the due date for the popup reminder (capped at 28, Calendar's limit). */
  reminderDays: number;
}

/**
 * The calendar events for one student's open deadlines: an all-day event on each due date, titled with
 * the deadline and the student, described with the rule, its citation and the inputs.
 *
 * @example eventSpecsFor('k…', { studentId: 'S1' }, deadlines, { reminderDays: 7 })[0].title // 'Annual review: (S1)'
 */
export function eventSpecsFor(
  rowKey: string,
  student: StudentRecord,
  open: readonly Deadline[],
  options: EventSpecOptions,
): EventSpec[] {
  const perKind = new Map<string, number>();
  const reminderMinutes = Math.min(28, Math.max(0, Math.floor(options.reminderDays))) * 24 * 60;
  return [...open]
    .sort((x, y) => (x.kind === y.kind ? (x.dueDate < y.dueDate ? -1 : 1) : x.kind < y.kind ? -1 : 1))
    .map((d) => {
      const n = perKind.get(d.kind) ?? 0;
      perKind.set(d.kind, n + 1);
      const title = `${d.title}: ${studentLabel(student)}`;
      const lines = [`${d.title} due ${d.dueDate}.`];
      if (d.scheduleBy) lines.push(`Send the meeting notice by ${d.scheduleBy}.`);
      lines.push(`Why: ${describeBasis(d)}`);
      lines.push('Made by Casekeeper from the caseload tracker. Change the sheet, not this event: the next sync rewrites it.');
      const description = lines.join('\n');
      const hash = contentHash([title, d.dueDate, description, reminderMinutes].join('\u0000'));
      return { key: `${rowKey}|${d.kind}|${n}`, rowKey, title, date: d.dueDate, description, reminderMinutes, hash };
    });
}

/** Splits a tag value back into key and hash; `undefined` for a tag that is not ours. */
export function parseEventTag(value: string | null | undefined): { key: string; rowKey: string; hash: string } | undefined {
  if (!value) return undefined;
  const m = /^(k[0-9a-z]{16})(\|[a-z-]+\|\d+)#([0-9a-f]{16})$/.exec(value);
  if (!m) return undefined;
  return { key: `${m[1]}${m[2]}`, rowKey: m[1] as string, hash: m[3] as string };
}
