import { formatIssuePath } from './school-calendar.ts';
import { parseDate } from './parse-date.ts';
import { StudentRecord, type TrackerKey } from './student-record.ts';
import { TRACKER_COLUMNS } from './tracker-columns.ts';

/** A problem with one cell, named by its column header. */
export interface CellProblem {
  column: string;
  reason: string;
}

/** The outcome of reading one row: the record when the row is usable, and every cell problem found. */
export interface RowValidation {
  record?: StudentRecord;
  problems: CellProblem[];
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Reads one row of cells keyed by tracker key into a StudentRecord. Dates may be written in any spelling
 * `parseDate` reads (or be spreadsheet serial numbers); blank cells are simply absent. A bad cell is
 * reported and left out, so the rest of the row still counts; a row without a Student ID has no record.
 *
 * @example validateStudentRow({ studentId: 'S1', lastIepDate: '3/9/2025' }).record?.lastIepDate // '2025-03-09'
 */
export function validateStudentRow(raw: Partial<Record<TrackerKey, unknown>>): RowValidation {
  const problems: CellProblem[] = [];
  const candidate: Record<string, unknown> = {};
  for (const column of TRACKER_COLUMNS) {
    const value = raw[column.key];
    if (isBlank(value)) continue;
    if (column.type === 'date') {
      const date = parseDate(value);
      if (date.ok) candidate[column.key] = date.value;
      else problems.push({ column: column.header, reason: date.error.message });
    } else if (column.type === 'number') {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      if (Number.isInteger(n) && n >= 0) candidate[column.key] = n;
      else problems.push({ column: column.header, reason: `"${String(value).slice(0, 40)}" is not a whole number of days.` });
    } else {
      candidate[column.key] = typeof value === 'string' ? value.trim() : String(value);
    }
  }
  if (candidate.studentId === undefined) {
    problems.unshift({ column: 'Student ID', reason: 'The Student ID is missing, so this row cannot be tracked.' });
    return { problems };
  }
  // Field-level checks (lengths, state codes): drop the bad field, keep the row.
  for (let attempt = 0; attempt < TRACKER_COLUMNS.length; attempt++) {
    const parsed = StudentRecord.safeParse(candidate);
    if (parsed.success) return { record: parsed.data, problems };
    const issue = parsed.error.issues[0];
    const key = issue?.path[0];
    const column = TRACKER_COLUMNS.find((c) => c.key === key);
    if (!issue || !column || key === 'studentId') {
      problems.push({ column: column?.header ?? formatIssuePath(issue?.path ?? []), reason: issue?.message ?? 'Not valid.' });
      return { problems };
    }
    problems.push({ column: column.header, reason: describe(issue, column.type) });
    delete candidate[key as string];
  }
  return { problems };
}

function describe(issue: { code: string; message: string; maximum?: unknown }, type: string): string {
  if (issue.code === 'too_big') {
    return type === 'number' ? `This number is too large (the most allowed is ${String(issue.maximum)}).` : 'This cell is too long.';
  }
  return issue.message;
}
