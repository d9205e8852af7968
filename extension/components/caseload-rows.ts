import {
  computeDeadlines,
  NO_STUDENT_TABLES,
  presentStudentName,
  sortByUrgency,
  STATUS_STYLES,
  tablesByStudent,
  type Caseload,
  type Deadline,
  type IsoDate,
  type Settings,
  type StudentRecord,
  type StudentTables,
} from '../../shared/index.ts';

/** What a caseload line shows of one open deadline. */
export type NextDeadline = Pick<Deadline, 'kind' | 'title' | 'dueDate' | 'status' | 'daysLeft'>;

/** How many open deadlines a caseload line shows (the rest are on the student's card). */
export const ROW_DEADLINES = 2;

/** One caseload line: the student, their next open deadlines, and what kept any from being computed. */
export interface CaseloadRow {
  student: StudentRecord;
  name: string;
  /** The most urgent open deadline (the first of `upcoming`). */
  next: NextDeadline | undefined;
  /** The {@link ROW_DEADLINES} most urgent open deadlines, most urgent first. */
  upcoming: NextDeadline[];
  /** Why some deadlines cannot be computed (a missing or unreadable date …), in a teacher's words. */
  problems: string[];
}

/**
 * Each student's next open deadlines, remembered between openings of the panel, so the list draws at once
 * while the other tables (services, sessions, contacts) are still being read. Computing every deadline of
 * 2,000 students in a freshly opened panel (cold JavaScript) takes 100-300 ms; this cache keeps the result
 * per student, keyed by a hash of the exact record, and is valid only for the same day, settings and
 * extension version. The deadlines remembered are those computed with the other tables the last time
 * they were read (follow-ups, missed-service notices); once the tables are read again every student is
 * computed afresh and the cache rewritten only where something changed. Problems are remembered only as a
 * count (their text may quote a record's values): they are computed again on opening.
 */
export interface NextDeadlineCache {
  context: string;
  entries: Record<string, { record: string; upcoming: NextDeadline[]; problems: number }>;
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

/** The most urgent open deadlines of one student (at most {@link ROW_DEADLINES}) and the problems, computed with the student's other tables. */
export function upcomingDeadlinesOf(
  student: StudentRecord,
  settings: Settings,
  today: IsoDate,
  tables: StudentTables = NO_STUDENT_TABLES,
): { upcoming: NextDeadline[]; problems: string[] } {
  const result = computeDeadlines(student, settings, today, tables);
  const open = sortByUrgency(result.deadlines.filter((d) => d.status !== 'done')).slice(0, ROW_DEADLINES);
  return { upcoming: open.map((d) => ({ kind: d.kind, title: d.title, dueDate: d.dueDate, status: d.status, daysLeft: d.daysLeft })), problems: result.problems };
}

const sameEntry = (a: NextDeadlineCache['entries'][string], b: NextDeadlineCache['entries'][string]) =>
  a.record === b.record && a.problems === b.problems && JSON.stringify(a.upcoming) === JSON.stringify(b.upcoming);

/**
 * Builds the caseload lines, most urgent student first (students with no open deadline last, by name).
 * With `tables` (the caseload's other tables, once read) every student is computed with their rows, so
 * follow-ups and missed-service notices show as on Today; without them, `cache` entries that still match
 * are reused. Returns the refreshed cache and whether it differs from the one given (`changed`: only then
 * is it worth writing).
 */
export function buildCaseloadRows(
  students: readonly StudentRecord[],
  settings: Settings,
  today: IsoDate,
  options: { cache?: NextDeadlineCache; version?: string; tables?: Caseload } = {},
): { rows: CaseloadRow[]; cache: NextDeadlineCache; computed: number; changed: boolean } {
  // The cache's shape is part of its key: one remembered in an earlier shape is not read.
  const context = JSON.stringify(['upcoming-2', today, options.version ?? '', settings]);
  const previous = options.cache?.context === context ? options.cache.entries : {};
  const byStudent = options.tables ? tablesByStudent(options.tables) : undefined;
  const entries: NextDeadlineCache['entries'] = {};
  let computed = 0;
  let changed = Object.keys(previous).length !== students.length;
  const rows = students.map((student): CaseloadRow => {
    const record = hashText(JSON.stringify(student));
    const cached = previous[student.studentId];
    let upcoming: NextDeadline[];
    let problems: string[] = [];
    if (!byStudent && cached && cached.record === record) {
      upcoming = cached.upcoming;
      if (cached.problems > 0) problems = computeDeadlines(student, settings, today).problems;
    } else {
      ({ upcoming, problems } = upcomingDeadlinesOf(student, settings, today, byStudent?.get(student.studentId)));
      computed++;
    }
    const entry = { record, upcoming, problems: problems.length };
    if (!cached || !sameEntry(cached, entry)) changed = true;
    entries[student.studentId] = entry;
    return { student, name: presentStudentName(student), next: upcoming[0], upcoming, problems };
  });
  rows.sort((a, b) => {
    if (a.next && b.next) {
      const rank = STATUS_STYLES[a.next.status].rank - STATUS_STYLES[b.next.status].rank;
      if (rank !== 0) return rank;
      if (a.next.dueDate !== b.next.dueDate) return a.next.dueDate < b.next.dueDate ? -1 : 1;
    } else if (a.next || b.next) return a.next ? -1 : 1;
    return a.name.localeCompare(b.name);
  });
  return { rows, cache: { context, entries }, computed, changed };
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
