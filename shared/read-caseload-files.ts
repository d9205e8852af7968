import type { TableName } from './caseload.ts';
import { type AssembledCaseload, assembleCaseload } from './assemble-caseload.ts';
import { readTableCsv } from './read-table-csv.ts';
import type { TableImport } from './read-table-rows.ts';
import { CASELOAD_TABLES } from './tables/index.ts';

/** A caseload read from its files, every problem found, and what was in each file. */
export interface CaseloadFiles extends AssembledCaseload {
  /** Files that are not a caseload table (ignored, named so nothing vanishes silently). */
  ignoredFiles: string[];
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
  const sources: Partial<Record<TableName, { name: string; read: () => TableImport<TableName> }>> = {};
  const ignoredFiles: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const base = path.split(/[\\/]/).pop() ?? path;
    if (base.startsWith('.') || path.includes('__MACOSX')) continue;
    const spec = CASELOAD_TABLES.find((t) => t.file === base.toLowerCase());
    if (spec && !sources[spec.name]) sources[spec.name] = { name: path, read: () => readTableCsv(spec as never, text) as TableImport<TableName> };
    else ignoredFiles.push(path);
  }
  const students = CASELOAD_TABLES[0].file;
  return { ...assembleCaseload(sources, `There is no ${students}; a caseload needs at least its students.`), ignoredFiles };
}
