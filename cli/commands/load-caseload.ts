import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  caseloadOf,
  type CaseloadFiles,
  decodeText,
  importCaseloadCsv,
  readCaseloadFiles,
  type TableName,
  unzipCaseloadFiles,
} from '../../shared/index.ts';
import { UsageError } from '../io.ts';

/** A caseload read from the command line's input, with every problem and where each table came from. */
export interface LoadedCaseload extends Omit<CaseloadFiles, 'found'> {
  /** What was read, for messages ("examples/caseload", "caseload.zip"). */
  source: string;
  /** Each table's file and the encoding it was read in. */
  found: { table: TableName; file: string; rows: number; encoding: string }[];
}

/**
 * Reads the caseload a command works on: `--data PATH` (a folder of the caseload's CSV files, or a `.zip`
 * of them), or a single students CSV named as the first argument (an IEP system's export or the tracker's
 * own). A path that cannot be read, or a caseload with no students table, is a usage error in plain words.
 */
export function loadCaseloadInput(data: string | undefined, file: string | undefined, usage: string): LoadedCaseload {
  if (data !== undefined) return loadCaseloadData(data);
  if (file === undefined) throw new UsageError(`Name the caseload: --data FOLDER-OR-ZIP, or a students CSV file.\n${usage}`);
  return loadStudentsCsv(file);
}

/** Reads a caseload folder or `.zip` (see {@link loadCaseloadInput}). */
export function loadCaseloadData(path: string): LoadedCaseload {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`Cannot open "${path}": there is no such file or folder.`, 1);
  }
  const encodings = new Map<string, string>();
  let files: Record<string, string>;
  if (isFolder) {
    files = {};
    for (const name of readdirSync(path)) {
      if (!/\.csv$/i.test(name)) continue;
      const decoded = decodeText(readBytes(join(path, name)));
      files[name] = decoded.text;
      encodings.set(name, decoded.encoding);
    }
  } else if (/\.zip$/i.test(path)) {
    const unzipped = unzipCaseloadFiles(readBytes(path));
    if (!unzipped.ok) throw new UsageError(`${path}: ${unzipped.error.message}`, 1);
    files = {};
    for (const [name, decoded] of Object.entries(unzipped.value)) {
      files[name] = decoded.text;
      encodings.set(name, decoded.encoding);
    }
  } else {
    return loadStudentsCsv(path);
  }
  const read = readCaseloadFiles(files);
  if (!read.found.some((f) => f.table === 'students')) {
    throw new UsageError(`${path}: there is no students.csv ${isFolder ? 'in this folder' : 'in this zip'}; a caseload needs at least its students.`, 1);
  }
  return { ...read, source: path, found: read.found.map((f) => ({ ...f, encoding: encodings.get(f.file) ?? 'utf-8' })) };
}

/** One students CSV: the caseload's students, every other table empty. */
function loadStudentsCsv(path: string): LoadedCaseload {
  const decoded = decodeText(readBytes(path, 'caseload CSV '));
  const result = importCaseloadCsv(decoded.text);
  const fatal = result.problems.find((p) => p.code === 'missing-column' || p.code === 'empty-file');
  if (fatal && result.students.length === 0) throw new UsageError(`${path}: ${fatal.reason}`, 1);
  return {
    caseload: caseloadOf({ students: result.students }),
    problems: result.problems,
    source: path,
    found: [{ table: 'students', file: basename(path), rows: result.students.length, encoding: decoded.encoding }],
    ignoredFiles: [],
    ignoredColumns: result.ignoredColumns.length ? { students: result.ignoredColumns } : {},
    rowNumbers: { students: result.rows },
  };
}

function readBytes(path: string, what = ''): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder (use --data for a caseload folder)' : 'it cannot be read';
    throw new UsageError(`Cannot open the ${what}"${path}": ${why}.`);
  }
}

