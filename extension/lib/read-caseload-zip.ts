import { ok, readCaseloadFiles, tableSpec, unzipCaseloadFiles, type Caseload, type DecodedText, type Result, type TableName } from '../../shared/index.ts';
import type { StoredProblem } from '../storage/db.ts';
import { locateProblemStudents } from './locate-problem-students.ts';

/** A caseload zip read and validated whole: the good rows, every problem, and how each file was read. */
export interface CaseloadZipReading {
  caseload: Caseload;
  /** Every problem (table, row, column, value, reason), with the student its row names. */
  problems: StoredProblem[];
  /** Each caseload file found: its name in the zip, its table, the encoding it was read in and the good rows. */
  files: { name: string; table: TableName; label: string; encoding: DecodedText['encoding']; rows: number }[];
  /** Files in the zip that are not a caseload table (ignored). */
  ignoredFiles: string[];
  /** Per table, headers that name no column (ignored). */
  ignoredColumns: Partial<Record<TableName, string[]>>;
}

/**
 * Reads a caseload `.zip` (Casekeeper's export, or a zip of the CSV files) whole, before anything is
 * written: unpacks it (refusing what is not a zip, or a zip bomb), decodes each file in its encoding, reads
 * and validates every table and the references between them. The panel shows the result as a preview;
 * the background worker reads the same bytes again to import the good rows.
 *
 * @example readCaseloadZip(zipCaseloadFiles({ 'students.csv': 'Student ID\nS1\n' })) // { ok: true, value: { caseload: { students: [{ studentId: 'S1' }], … }, … } }
 */
export function readCaseloadZip(bytes: Uint8Array): Result<CaseloadZipReading> {
  const unzipped = unzipCaseloadFiles(bytes);
  if (!unzipped.ok) return unzipped;
  return ok(readDecodedFiles(unzipped.value));
}

/**
 * Reads caseload files already decoded (a zip's entries, or one CSV chosen on its own), as {@link readCaseloadZip}.
 *
 * @example readDecodedFiles({ 'students.csv': { text: 'Student ID\nS1', encoding: 'utf-8' } }).caseload.students.length // 1
 */
export function readDecodedFiles(decoded: Readonly<Record<string, DecodedText>>): CaseloadZipReading {
  const texts = Object.fromEntries(Object.entries(decoded).map(([name, file]) => [name, file.text]));
  const read = readCaseloadFiles(texts);
  return {
    caseload: read.caseload,
    problems: locateProblemStudents(texts, read.problems),
    files: read.found.map((f) => ({
      name: f.file,
      table: f.table,
      label: tableSpec(f.table).label,
      encoding: decoded[f.file]?.encoding ?? 'utf-8',
      rows: f.rows,
    })),
    ignoredFiles: read.ignoredFiles,
    ignoredColumns: read.ignoredColumns,
  };
}
