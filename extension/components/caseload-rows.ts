import { computeDeadlines, sortByUrgency, STATUS_STYLES, type Deadline, type IsoDate, type Settings, type StudentRecord } from '../../shared/index.ts';

/** One caseload line: the student, their open deadlines (most urgent first) and the most urgent one. */
export interface CaseloadRow {
  student: StudentRecord;
  name: string;
  deadlines: Deadline[];
  next: Deadline | undefined;
  problems: string[];
}

/** Builds the caseload lines, most urgent student first (students with no open deadline last, by name). */
export function buildCaseloadRows(students: readonly StudentRecord[], settings: Settings, today: IsoDate): CaseloadRow[] {
  const rows = students.map((student): CaseloadRow => {
    const result = computeDeadlines(student, settings, today);
    const open = sortByUrgency(result.deadlines.filter((d) => d.status !== 'done'));
    const name = [student.lastName, student.firstName].filter(Boolean).join(', ') || student.studentId;
    return { student, name, deadlines: [...open, ...result.deadlines.filter((d) => d.status === 'done')], next: open[0], problems: result.problems };
  });
  return rows.sort((a, b) => {
    if (a.next && b.next) {
      const rank = STATUS_STYLES[a.next.status].rank - STATUS_STYLES[b.next.status].rank;
      if (rank !== 0) return rank;
      if (a.next.dueDate !== b.next.dueDate) return a.next.dueDate < b.next.dueDate ? -1 : 1;
    } else if (a.next || b.next) return a.next ? -1 : 1;
    return a.name.localeCompare(b.name);
  });
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
