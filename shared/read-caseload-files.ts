import { caseloadOf, type Caseload, type TableName } from './caseload.ts';
import { checkCaseload } from './check-caseload.ts';
import { readTableCsv } from './read-table-csv.ts';
import type { TableProblem } from './table-problem.ts';
import { CASELOAD_TABLES } from './tables/index.ts';

/** A caseload read from its files, every problem found, and what was in each file. */
export interface CaseloadFiles {
  caseload: Caseload;
  problems: TableProblem[];
  /** The tables that had a file, with its name as given and the rows read. */
  found: { table: TableName; file: string; rows: number }[];
  /** Files that are not a caseload table (ignored, named so nothing vanishes silently). */
  ignoredFiles: string[];
  /** Per table, headers that name no column (ignored). */
  ignoredColumns: Partial<Record<TableName, string[]>>;
}

/**
 * Reads a caseload from its CSV files, given as name → text (a folder's files, or a zip's entries; names
 * may include folders, and are matched by their base name, case-insensitively). Only `students.csv` is
 * required. Every table is read and validated, then the references between tables are checked; nothing is
 * dropped silently: each bad cell, duplicate id and broken reference is a problem with its table, row,
 * column and reason.
 *
 * @example readCaseloadFiles({ 'students.csv': 'Student ID\nS1' }).caseload.students // [{ studentId: 'S1' }]
 */
export function readCaseloadFiles(files: Readonly<Record<string, string>>): CaseloadFiles {
  const byName = new Map<string, [string, string]>();
  const ignoredFiles: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const base = path.split(/[\\/]/).pop() ?? path;
    if (base.startsWith('.') || path.includes('__MACOSX')) continue;
    const lower = base.toLowerCase();
    if (CASELOAD_TABLES.some((t) => t.file === lower) && !byName.has(lower)) byName.set(lower, [path, text]);
    else ignoredFiles.push(path);
  }
  const tables: Partial<Caseload> = {};
  const problems: TableProblem[] = [];
  const found: CaseloadFiles['found'] = [];
  const ignoredColumns: CaseloadFiles['ignoredColumns'] = {};
  const rowNumbers = new Map<TableName, number[]>();
  for (const spec of CASELOAD_TABLES) {
    const file = byName.get(spec.file);
    if (!file) {
      if (spec.name === 'students') {
        problems.push({ table: 'students', row: 0, column: '', value: '', reason: `There is no ${spec.file}; a caseload needs at least its students.`, code: 'empty-file' });
      }
      continue;
    }
    const read = readTableCsv(spec as never, file[1]) as ReturnType<typeof readTableCsv>;
    (tables as Record<string, unknown>)[spec.name] = read.records;
    rowNumbers.set(spec.name, read.rowNumbers);
    problems.push(...read.problems);
    found.push({ table: spec.name, file: file[0], rows: read.records.length });
    if (read.ignoredColumns.length > 0) ignoredColumns[spec.name] = read.ignoredColumns;
  }
  const caseload = caseloadOf(tables);
  problems.push(...checkCaseload(caseload, { rowOf: (table, index) => rowNumbers.get(table)?.[index] ?? index + 2 }));
  return { caseload, problems, found, ignoredFiles, ignoredColumns };
}
