import type { TableName, TableRecord } from './caseload.ts';
import { cleanCellText } from './clean-cell-text.ts';
import { isIsoDate } from './iso-date.ts';
import { normaliseHeader } from './map-columns.ts';
import { parseDate } from './parse-date.ts';
import type { TableColumn } from './table-column.ts';
import type { TableSpec } from './table-spec.ts';
import { US_STATE_CODES } from './us-states.ts';

/** A problem with one cell, named by its column header. */
export interface CellProblem {
  column: string;
  reason: string;
  /** Set when this problem kept the whole row out (a required value missing or unreadable). */
  rowRejected?: true;
}

/** The outcome of reading one row: the record when the row is usable, and every cell problem found. */
export interface RowReading<R> {
  record?: R;
  problems: CellProblem[];
}

/** What {@link readCell} returns for a cell it cannot read; the reason is in `badReason` (no object per cell: a year of sessions is millions of cells). */
const BAD: unique symbol = Symbol('bad cell');
let badReason = '';
function bad(reason: string): typeof BAD {
  badReason = reason;
  return BAD;
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', 't', '1', 'x', '✓', '✔']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'f', '0']);
const STATES = new Set<string>(US_STATE_CODES);
/** Ids (a student's, a session's …) are at most this long in every table's schema. */
const MAX_ID_LENGTH = 64;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const shown = (value: unknown) => String(value).slice(0, 40);

const CHOICES = new WeakMap<TableColumn, Map<string, string>>();

/** An enum column's spellings (record value as written, and every name normalised) → record value. */
function choiceLookup(column: TableColumn): Map<string, string> {
  let lookup = CHOICES.get(column);
  if (!lookup) {
    lookup = new Map();
    for (const choice of column.choices ?? []) {
      lookup.set(choice.value, choice.value);
      for (const name of [choice.value, choice.label, ...(choice.aliases ?? [])]) if (!lookup.has(normaliseHeader(name))) lookup.set(normaliseHeader(name), choice.value);
    }
    CHOICES.set(column, lookup);
  }
  return lookup;
}

/** Reads one cell by its column's type: the value (undefined for text that cleans to nothing), or BAD. */
function readCell(column: TableColumn, value: unknown): unknown {
  switch (column.type) {
    case 'date': {
      // The spelling Casekeeper itself writes, in parseDate's default years, without a result object.
      if (typeof value === 'string' && value.length === 10 && isIsoDate(value) && value >= '1900' && value < '2101') return value;
      const date = parseDate(value);
      return date.ok ? date.value : bad(date.error.message);
    }
    case 'number': {
      let n = typeof value === 'number' ? value : Number(value);
      // Number() already ignores surrounding white space; thousands separators are the one thing to remove.
      if (Number.isNaN(n) && typeof value === 'string' && value.includes(',')) n = Number(value.replace(/,/g, ''));
      const whole = column.integer ? ' whole' : '';
      const unit = column.unit ? ` of ${column.unit}` : '';
      if (!Number.isFinite(n) || (column.integer && !Number.isInteger(n)) || (column.min !== undefined && column.min >= 0 && n < 0)) {
        return bad(`"${shown(value)}" is not a${whole} number${unit}.`);
      }
      if (column.max !== undefined && n > column.max) return bad(`This number is too large (the most allowed is ${column.max}).`);
      if (column.min !== undefined && n < column.min) return bad(`This number is too small (the least allowed is ${column.min}).`);
      return n;
    }
    case 'boolean': {
      const word = String(value).trim().toLowerCase();
      if (value === true || TRUE_WORDS.has(word)) return true;
      if (value === false || FALSE_WORDS.has(word)) return false;
      return bad(`"${shown(value)}" is not yes or no.`);
    }
    case 'enum': {
      const text = String(value);
      const lookup = choiceLookup(column);
      const found = lookup.get(text) ?? lookup.get(normaliseHeader(text));
      if (found !== undefined) return found;
      const allowed = (column.choices ?? []).map((c) => c.label.toLowerCase()).join(', ');
      return bad(`"${shown(value)}" is not one of: ${allowed}.`);
    }
    case 'time': {
      const m = /^(\d{1,2})(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?$/i.exec(String(value).trim());
      let hours = m ? Number(m[1]) : NaN;
      const minutes = m?.[2] !== undefined ? Number(m[2]) : 0;
      const half = m?.[3]?.toLowerCase();
      if (half && hours >= 1 && hours <= 12) hours = (hours % 12) + (half === 'p' ? 12 : 0);
      else if (half || (m && m[2] === undefined)) hours = NaN;
      if (!(hours >= 0 && hours <= 23 && minutes <= 59)) return bad(`"${shown(value)}" is not a time; use a time like 3:30 PM.`);
      return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    }
    case 'state': {
      const code = String(value).trim().toUpperCase();
      return STATES.has(code) ? code : bad('Use a two-letter state code such as CA or TX.');
    }
    default: {
      const text = cleanCellText(String(value), { multiline: column.type === 'longtext' });
      const max = column.maxLength ?? (column.type === 'id' ? MAX_ID_LENGTH : undefined);
      if (max !== undefined && text.length > max) return bad('This cell is too long.');
      return text === '' ? undefined : text;
    }
  }
}

/**
 * Reads one row of cells, keyed by record key, into a record of a table. Each cell is read by its
 * column's type (dates in any spelling `parseDate` reads, numbers, yes/no, choices by value, label or a
 * known spelling, times, state codes; text cleaned as page text is). A bad cell is reported and left out,
 * so the rest of the row still counts; a row missing a required value or its key has no record (the
 * CSV reader generates keys for rows that come without one before calling this).
 *
 * @example readTableRow(SESSIONS_TABLE, { sessionId: 'x', studentId: 'S1', serviceId: 'v', date: '9/8/2026', minutes: '30', outcome: 'Absent' }).record?.outcome // 'student-absent'
 */
export function readTableRow<T extends TableName>(spec: TableSpec<T>, raw: Readonly<Record<string, unknown>>): RowReading<TableRecord<T>> {
  const problems: CellProblem[] = [];
  const record = readRowCells(spec, spec.columns.map((c) => raw[c.key]), spec.columns.map((_, i) => i), problems);
  return record ? { record, problems } : { problems };
}

/**
 * The core of {@link readTableRow}, for readers of many rows: the value of the table's column `i` is
 * `cells[positions[i]]` (absent when the position is -1), and the cell problems are pushed onto `problems`.
 * Nothing is allocated for a good row but its record.
 *
 * @example readRowCells(SESSIONS_TABLE, ['S1', 'v', '9/8/2026', '30', 'Absent'], [-1, 0, 1, 2, 3, 4, -1, -1, -1], problems) // undefined: no Session ID
 */
export function readRowCells<T extends TableName>(spec: TableSpec<T>, cells: readonly unknown[], positions: readonly number[], problems: CellProblem[]): TableRecord<T> | undefined {
  const candidate: Record<string, unknown> = {};
  let missing: string[] | undefined;
  let rejected = false;
  const columns = spec.columns;
  const first = problems.length;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as TableColumn;
    const at = positions[i] as number;
    const value = at < 0 ? undefined : cells[at];
    const required = column.required || column.key === spec.key;
    if (isBlank(value)) {
      if (required) (missing ??= []).push(column.header);
      continue;
    }
    const cell = readCell(column, value);
    if (cell === BAD) {
      if (required) rejected = true;
      problems.push(required ? { column: column.header, reason: `${badReason} This row was not imported.`, rowRejected: true } : { column: column.header, reason: badReason });
    } else if (cell !== undefined) candidate[column.key] = cell;
    else if (required) (missing ??= []).push(column.header);
  }
  if (missing) {
    const what = spec.name === 'students' ? 'this row cannot be tracked' : 'this row was not imported';
    problems.splice(first, 0, { column: missing.join(', '), reason: `The ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing, so ${what}.`, rowRejected: true });
    return undefined;
  }
  if (rejected) return undefined;
  // Each cell was checked against its column above, and the columns mirror the table's schema (a property
  // test holds them together), so the record is not parsed again: a year of sessions reads fast.
  return candidate as TableRecord<T>;
}
