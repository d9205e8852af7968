import { readTableCsv } from './read-table-csv.ts';
import type { StudentRecord } from './student-record.ts';
import type { TableProblem } from './table-problem.ts';
import { STUDENTS_TABLE } from './tables/students.ts';
import { writeTableCsv } from './write-table-csv.ts';

/** A problem found while importing: the table, spreadsheet row (header = row 1), column, value and reason. */
export type ImportProblem = TableProblem;

/** The students that could be read and every problem, row by row. */
export interface CaseloadImport {
  students: StudentRecord[];
  problems: ImportProblem[];
  /** Headers that name no tracker column (ignored). */
  ignoredColumns: string[];
  /** The spreadsheet row each student came from (header = row 1), in the same order as `students`. */
  rows: number[];
}

/**
 * Reads a caseload CSV (the tracker's own export, or an IEP system's due-date report): headers are
 * matched by name and known aliases, every row is validated, good rows are kept and each bad cell is
 * reported with its row, column and reason. A student ID seen twice keeps the first row.
 *
 * @example importCaseloadCsv('Student ID,IEP Date\nS1,3/9/2025').students[0]?.lastIepDate // '2025-03-09'
 */
export function importCaseloadCsv(text: string): CaseloadImport {
  const read = readTableCsv(STUDENTS_TABLE, text);
  return { students: read.records, problems: read.problems, ignoredColumns: read.ignoredColumns, rows: read.rowNumbers };
}

/**
 * Writes students as CSV with the canonical tracker headers, one row per student.
 *
 * @example exportCaseloadCsv([{ studentId: 'S1' }]).split('\n')[0] // 'Student ID,First Name,…'
 */
export function exportCaseloadCsv(students: readonly StudentRecord[]): string {
  return writeTableCsv(STUDENTS_TABLE, students);
}
