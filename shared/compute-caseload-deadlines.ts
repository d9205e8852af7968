import type { Caseload } from './caseload.ts';
import { computeDeadlines } from './compute-deadlines.ts';
import type { Deadline } from './deadline.ts';
import type { IsoDate } from './iso-date.ts';
import type { Settings } from './settings.ts';
import { sortByUrgency } from './sort-by-urgency.ts';
import type { StudentRecord } from './student-record.ts';
import { NO_STUDENT_TABLES, tablesByStudent, type StudentTables } from './student-tables.ts';

/**
 * All open (not done) deadlines of a caseload, most urgent first, and each student's problems. Given the
 * whole caseload, the deadlines that come from its other tables (services, contacts …) are included.
 *
 * @example computeCaseloadDeadlines([{ studentId: 'S1', lastIepDate: '2025-12-20' }], defaultSettings, '2026-11-23').deadlines[0]?.kind // 'annual-review'
 */
export function computeCaseloadDeadlines(
  caseload: Caseload | readonly StudentRecord[],
  settings: Settings,
  today: IsoDate,
): { deadlines: Deadline[]; problems: { studentId: string; problem: string }[] } {
  const deadlines: Deadline[] = [];
  const problems: { studentId: string; problem: string }[] = [];
  const students = 'students' in caseload ? caseload.students : caseload;
  const tables = 'students' in caseload ? tablesByStudent(caseload) : new Map<string, StudentTables>();
  for (const student of students) {
    const result = computeDeadlines(student, settings, today, tables.get(student.studentId) ?? NO_STUDENT_TABLES);
    for (const d of result.deadlines) if (d.status !== 'done') deadlines.push(d);
    for (const problem of result.problems) problems.push({ studentId: student.studentId, problem });
  }
  return { deadlines: sortByUrgency(deadlines), problems };
}
