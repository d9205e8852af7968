import type { TableName } from './caseload.ts';

/** Why a row or cell of a table was not taken as it is. */
export type TableProblemCode =
  | 'empty-file'
  | 'missing-column'
  | 'bad-cell'
  | 'missing-value'
  | 'duplicate-id'
  | 'malformed-csv'
  | 'unknown-parent'
  | 'wrong-student'
  | 'unknown-file';

/**
 * A problem found in a caseload table: which table, the spreadsheet row (header = row 1), the column's
 * header, the cell's value (cut short) and the reason in a teacher's words.
 */
export interface TableProblem {
  table: TableName;
  row: number;
  column: string;
  value: string;
  reason: string;
  code: TableProblemCode;
}
