import Papa from 'papaparse';
import type { StudentRecord, TrackerKey } from './student-record.ts';
import { TRACKER_COLUMNS, mapHeaders } from './tracker-columns.ts';
import { validateStudentRow } from './validate-student-row.ts';

/** A problem found while importing: the spreadsheet row number (header = row 1), column and reason. */
export interface ImportProblem {
  row: number;
  column: string;
  value: string;
  reason: string;
}

/** The students that could be read and every problem, row by row. */
export interface CaseloadImport {
  students: StudentRecord[];
  /** The CSV row number each student was read from (same order as `students`). */
  rows: number[];
  problems: ImportProblem[];
  /** Headers that name no tracker column (ignored). */
  ignoredColumns: string[];
}

/**
 * Reads a caseload CSV (the tracker's own export, or an IEP system's due-date report): headers are
 * matched by name and known aliases, every row is validated, good rows are kept and each bad cell is
 * reported with its row, column and reason. A student ID seen twice keeps the first row.
 *
 * @example importCaseloadCsv('Student ID,IEP Date\nS1,3/9/2025').students[0]?.lastIepDate // '2025-03-09'
 */
export function importCaseloadCsv(text: string): CaseloadImport {
  // Blank lines are kept while parsing so that row numbers match the rows a spreadsheet shows; the
  // delimiter is detected without them (blank lines would defeat the detection).
  const body = text.replace(/^\uFEFF/, '');
  const { delimiter } = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', preview: 20 }).meta;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter });
  const rows = parsed.data;
  const problems: ImportProblem[] = [];
  const headerIndex = rows.findIndex((cells) => !isBlankRow(cells));
  const header = rows[headerIndex];
  if (!header) {
    return { students: [], rows: [], problems: [{ row: 1, column: '', value: '', reason: 'The file is empty.' }], ignoredColumns: [] };
  }
  const { map, missingRequired, unknown } = mapHeaders(header);
  if (missingRequired.length > 0) {
    return {
      students: [],
      rows: [],
      problems: [{ row: headerIndex + 1, column: missingRequired.join(', '), value: '', reason: `The file has no ${missingRequired.join(', ')} column, so no student could be read.` }],
      ignoredColumns: unknown,
    };
  }
  const headerFor = (key: TrackerKey) => TRACKER_COLUMNS.find((c) => c.key === key)?.header ?? key;
  const valueIndex = Object.fromEntries(Object.entries(map).map(([i, key]) => [key, Number(i)]));
  const students: StudentRecord[] = [];
  const studentRows: number[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((cells, i) => {
    if (i <= headerIndex || isBlankRow(cells)) return;
    const rowNumber = i + 1;
    const raw: Partial<Record<TrackerKey, unknown>> = {};
    for (const [index, key] of Object.entries(map)) raw[key] = restoreFormulaText(cells[Number(index)]);
    const { record, problems: cellProblems } = validateStudentRow(raw);
    for (const p of cellProblems) {
      const key = TRACKER_COLUMNS.find((c) => c.header === p.column)?.key;
      const value = key !== undefined && valueIndex[key] !== undefined ? (cells[valueIndex[key] as number] ?? '') : '';
      problems.push({ row: rowNumber, column: p.column, value: String(value).slice(0, 60), reason: p.reason });
    }
    if (!record) return;
    const earlier = firstRowOf.get(record.studentId);
    if (earlier !== undefined) {
      problems.push({
        row: rowNumber,
        column: headerFor('studentId'),
        value: record.studentId,
        reason: `Student ID ${record.studentId} is already on row ${earlier}; this row was skipped.`,
      });
      return;
    }
    firstRowOf.set(record.studentId, rowNumber);
    students.push(record);
    studentRows.push(rowNumber);
  });
  for (const error of parsed.errors) {
    problems.push({ row: (error.row ?? 0) + 1, column: '', value: '', reason: `The CSV is malformed here: ${error.message}.` });
  }
  return { students, rows: studentRows, problems, ignoredColumns: unknown };
}

/**
 * Writes students as CSV with the canonical tracker headers, one row per student.
 *
 * @example exportCaseloadCsv([{ studentId: 'S1' }]).split('\n')[0] // 'Student ID,First Name,…'
 */
export function exportCaseloadCsv(students: readonly StudentRecord[]): string {
  return Papa.unparse(
    {
      fields: TRACKER_COLUMNS.map((c) => c.header),
      data: students.map((s) => TRACKER_COLUMNS.map((c) => neutralise(s[c.key]))),
    },
    { newline: '\n' },
  );
}

/** Undoes `neutralise`: `'=x` read back from our own export is the text `=x` (and `''=x` is `'=x`). */
function restoreFormulaText(cell: string | undefined): string | undefined {
  return cell !== undefined && /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Keeps a spreadsheet from running a cell as a formula (CSV injection): prefix risky text with '. */
function neutralise(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  // Text that already starts with apostrophes before a risky character gets one more, so import is exact.
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
