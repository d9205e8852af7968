import type { ImportProblem } from './caseload-csv.ts';
import type { Deadline } from './deadline.ts';
import type { StudentRecord } from './student-record.ts';

/** One row of the input as the caseload view shows it: the student (or the unread row) and its problems. */
export interface RosterEntry {
  /** The CSV row, when the caseload came from a file. */
  row?: number;
  /** The Student ID, when the row has a readable one. */
  studentId?: string;
  /** First and last name, where given. */
  name: string;
  /** False when the row could not be read as a student (no Student ID, or an ID already used). */
  read: boolean;
  /** Every problem of the row and of its deadlines, in a teacher's words. */
  problems: string[];
  /** Open (not done) deadlines of the student. */
  open: number;
}

/**
 * Every row of the input, in input order, with its problems beside it: the students read (with their
 * cell problems and the deadlines that could not be computed) and the rows that could not be read (no or
 * repeated Student ID), so that no student vanishes behind a count. Problems that name another table
 * (services, contacts …) are left to that table's report.
 *
 * @example caseloadRoster({ students: [{ studentId: 'S1' }], rows: [2], problems: [] }, { deadlines: [], problems: [] })[0] // { row: 2, studentId: 'S1', name: '', read: true, problems: [], open: 0 }
 */
export function caseloadRoster(
  imported: { students: readonly StudentRecord[]; rows?: readonly number[]; problems?: readonly (ImportProblem & { table?: string })[] },
  computed: { deadlines: readonly Pick<Deadline, 'studentId' | 'status'>[]; problems: readonly { studentId: string; problem: string }[] },
): RosterEntry[] {
  const byRow = new Map<number, string[]>();
  for (const p of imported.problems ?? []) {
    // Rows of the students table only: another table's rows are not students (its problems are reported with it).
    if (p.table !== undefined && p.table !== 'students') continue;
    const text = p.column ? `${p.column}${p.value ? ` "${p.value}"` : ''}: ${p.reason}` : p.reason;
    byRow.set(p.row, [...(byRow.get(p.row) ?? []), text]);
  }
  const open = new Map<string, number>();
  for (const d of computed.deadlines) if (d.status !== 'done') open.set(d.studentId, (open.get(d.studentId) ?? 0) + 1);
  const engine = new Map<string, string[]>();
  for (const p of computed.problems) engine.set(p.studentId, [...(engine.get(p.studentId) ?? []), p.problem]);

  const entries: RosterEntry[] = imported.students.map((student, i) => {
    const row = imported.rows?.[i];
    const entry: RosterEntry = {
      studentId: student.studentId,
      name: [student.firstName, student.lastName].filter(Boolean).join(' '),
      read: true,
      problems: [...(row === undefined ? [] : (byRow.get(row) ?? [])), ...(engine.get(student.studentId) ?? [])],
      open: open.get(student.studentId) ?? 0,
    };
    if (row !== undefined) {
      entry.row = row;
      byRow.delete(row);
    }
    return entry;
  });
  // Rows with problems but no student: not read (no Student ID, a repeated one, a malformed line).
  for (const [row, problems] of byRow) entries.push({ row, name: '', read: false, problems, open: 0 });
  return entries.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
}
