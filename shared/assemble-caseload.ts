import { caseloadOf, type Caseload, type TableName } from './caseload.ts';
import { checkCaseload } from './check-caseload.ts';
import type { TableImport } from './read-table-rows.ts';
import type { TableProblem } from './table-problem.ts';
import { CASELOAD_TABLES } from './tables/index.ts';

/** A caseload read from its sources (files or sheet tabs), every problem found, and what each source held. */
export interface AssembledCaseload {
  caseload: Caseload;
  problems: TableProblem[];
  /** The tables that had a source, with its name as given and the rows read. */
  found: { table: TableName; file: string; rows: number }[];
  /** Per table, headers that name no column (ignored). */
  ignoredColumns: Partial<Record<TableName, string[]>>;
  /** Per table, the spreadsheet row each record came from (header = row 1), in the order of the records. */
  rowNumbers: Partial<Record<TableName, number[]>>;
}

/**
 * Puts a caseload together from one reading per table (a CSV file, a sheet tab), in parent-before-child
 * order, then checks the references between tables. A missing students source is a problem; other tables
 * may be absent (empty).
 *
 * @example assembleCaseload({ students: { name: 'students.csv', read: () => readTableCsv(STUDENTS_TABLE, text) } })
 */
export function assembleCaseload(sources: Partial<Record<TableName, { name: string; read: () => TableImport<TableName> }>>, missingStudents: string): AssembledCaseload {
  const tables: Partial<Record<TableName, unknown[]>> = {};
  const problems: TableProblem[] = [];
  const found: AssembledCaseload['found'] = [];
  const ignoredColumns: AssembledCaseload['ignoredColumns'] = {};
  const rowNumbers: Partial<Record<TableName, number[]>> = {};
  for (const spec of CASELOAD_TABLES) {
    const source = sources[spec.name];
    if (!source) {
      if (spec.name === 'students') problems.push({ table: 'students', row: 0, column: '', value: '', reason: missingStudents, code: 'empty-file' });
      continue;
    }
    const read = source.read();
    tables[spec.name] = read.records;
    rowNumbers[spec.name] = read.rowNumbers;
    problems.push(...read.problems);
    found.push({ table: spec.name, file: source.name, rows: read.records.length });
    if (read.ignoredColumns.length > 0) ignoredColumns[spec.name] = read.ignoredColumns;
  }
  const caseload = caseloadOf(tables as Partial<Caseload>);
  problems.push(...checkCaseload(caseload, { rowOf: (table, index) => rowNumbers[table]?.[index] ?? index + 2 }));
  return { caseload, problems, found, ignoredColumns, rowNumbers };
}
