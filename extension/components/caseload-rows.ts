import {
  computeDeadlines,
  presentStudentName,
  sortByUrgency,
  STATUS_STYLES,
  type Deadline,
  type IsoDate,
  type Settings,
  type StudentRecord,
} from '../../shared/index.ts';

/** What a caseload line shows of a student's most urgent open deadline. */
export type NextDeadline = Pick<Deadline, 'kind' | 'title' | 'dueDate' | 'status'>;

/** One caseload line: the student and their most urgent open deadline (full deadlines load on opening). */
export interface CaseloadRow {
  student: StudentRecord;
  name: string;
  next: NextDeadline | undefined;
}

/**
 * Each student's most urgent open deadline, remembered between openings of the panel. Computing every
 * deadline of 2,000 students in a freshly opened panel (cold JavaScript) takes 100-300 ms; this cache
 * keeps the result per student, keyed by a hash of the exact record, and is valid only for the same day, settings
 * and extension version, so a changed student or setting is always computed again.
 */
export interface NextDeadlineCache {
  context: string;
  entries: Record<string, { record: string; next: NextDeadline | null }>;
}

/** A 53-bit hash of a text (cyrb53), in base 36: tells whether a student's record changed. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The most urgent open deadline of one student, computed. */
export function nextDeadlineOf(student: StudentRecord, settings: Settings, today: IsoDate): NextDeadline | undefined {
  const open = sortByUrgency(computeDeadlines(student, settings, today).deadlines.filter((d) => d.status !== 'done'));
  const first = open[0];
  return first ? { kind: first.kind, title: first.title, dueDate: first.dueDate, status: first.status } : undefined;
}

/**
 * Builds the caseload lines, most urgent student first (students with no open deadline last, by name),
 * reusing `cache` entries that still match, and returns the refreshed cache.
 */
export function buildCaseloadRows(
  students: readonly StudentRecord[],
  settings: Settings,
  today: IsoDate,
  options: { cache?: NextDeadlineCache; version?: string } = {},
): { rows: CaseloadRow[]; cache: NextDeadlineCache; computed: number } {
  const context = JSON.stringify([today, options.version ?? '', settings]);
  const previous = options.cache?.context === context ? options.cache.entries : {};
  const entries: NextDeadlineCache['entries'] = {};
  let computed = 0;
  const rows = students.map((student): CaseloadRow => {
    const record = hashText(JSON.stringify(student));
    const cached = previous[student.studentId];
    let next: NextDeadline | undefined;
    if (cached && cached.record === record) next = cached.next ?? undefined;
    else {
      next = nextDeadlineOf(student, settings, today);
      computed++;
    }
    entries[student.studentId] = { record, next: next ?? null };
    return { student, name: presentStudentName(student), next };
  });
  rows.sort((a, b) => {
    if (a.next && b.next) {
      const rank = STATUS_STYLES[a.next.status].rank - STATUS_STYLES[b.next.status].rank;
      if (rank !== 0) return rank;
      if (a.next.dueDate !== b.next.dueDate) return a.next.dueDate < b.next.dueDate ? -1 : 1;
    } else if (a.next || b.next) return a.next ? -1 : 1;
    return a.name.localeCompare(b.name);
  });
  return { rows, cache: { context, entries }, computed };
}

export interface CaseloadFilter {
  status: 'all' | 'overdue' | 'urgent' | 'soon' | 'upcoming' | 'none';
  school: string;
  caseManager: string;
  search: string;
}

/** Keeps the lines matching every filter (empty school/case manager/search match everything). */
export function filterCaseloadRows(rows: readonly CaseloadRow[], filter: CaseloadFilter): CaseloadRow[] {
  const q = filter.search.trim().toLowerCase();
  return rows.filter((r) => {
    if (filter.status === 'none' ? r.next !== undefined : filter.status !== 'all' && r.next?.status !== filter.status) return false;
    if (filter.school && r.student.school !== filter.school) return false;
    if (filter.caseManager && r.student.caseManager !== filter.caseManager) return false;
    if (q) {
      const hay = `${r.student.studentId} ${r.student.firstName ?? ''} ${r.student.lastName ?? ''}`.toLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  });
}
