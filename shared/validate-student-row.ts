import { readTableRow, type RowReading } from './read-table-row.ts';
import type { StudentRecord, TrackerKey } from './student-record.ts';
import { STUDENTS_TABLE } from './tables/students.ts';

export type { CellProblem } from './read-table-row.ts';

/** The outcome of reading one row: the record when the row is usable, and every cell problem found. */
export type RowValidation = RowReading<StudentRecord>;

/**
 * Reads one row of cells keyed by tracker key into a StudentRecord. Dates may be written in any spelling
 * `parseDate` reads (or be spreadsheet serial numbers); blank cells are simply absent. A bad cell is
 * reported and left out, so the rest of the row still counts; a row without a Student ID has no record.
 *
 * @example validateStudentRow({ studentId: 'S1', lastIepDate: '3/9/2025' }).record?.lastIepDate // '2025-03-09'
 */
export function validateStudentRow(raw: Partial<Record<TrackerKey, unknown>>): RowValidation {
  return readTableRow(STUDENTS_TABLE, raw);
}
