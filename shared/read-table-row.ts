import type { TableName, TableRecord } from './caseload.ts';
import { cleanCellText } from './clean-cell-text.ts';
import { isBlankValue } from './is-blank-value.ts';
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

/** What a {@link CellReader} returns for a cell it cannot read; the reason is in `badReason` (no object per cell: a year of sessions is millions of cells). */
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

const shown = (value: unknown) => String(value).slice(0, 40);

/** Reads one cell of a column (never blank): the value (undefined for text that cleans to nothing), or BAD. */
type CellReader = (value: unknown) => unknown;

/** The reader of a column's cells by its type, built once per column (a year of sessions is millions of cells). */
function cellReader(column: TableColumn): CellReader {
  switch (column.type) {
    case 'date':
      return (value) => {
        // The spelling Casekeeper itself writes, in parseDate's default years, without a result object.
        if (typeof value === 'string' && value.length === 10 && isIsoDate(value) && value >= '1900' && value < '2101') return value;
        const date = parseDate(value);
        return date.ok ? date.value : bad(date.error.message);
      };
    case 'number': {
      const { integer, min, max } = column;
      const whole = integer ? ' whole' : '';
      const unit = column.unit ? ` of ${column.unit}` : '';
      return (value) => {
        let n = typeof value === 'number' ? value : Number(value);
        // Number() already ignores surrounding white space; thousands separators are the one thing to remove.
        if (Number.isNaN(n) && typeof value === 'string' && value.includes(',')) n = Number(value.replace(/,/g, ''));
        if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || (min !== undefined && min >= 0 && n < 0)) return bad(`"${shown(value)}" is not a${whole} number${unit}.`);
        if (max !== undefined && n > max) return bad(`This number is too large (the most allowed is ${max}).`);
        if (min !== undefined && n < min) return bad(`This number is too small (the least allowed is ${min}).`);
        return n;
      };
    }
    case 'boolean':
      return (value) => {
        const word = String(value).trim().toLowerCase();
        if (value === true || TRUE_WORDS.has(word)) return true;
        if (value === false || FALSE_WORDS.has(word)) return false;
        return bad(`"${shown(value)}" is not yes or no.`);
      };
    case 'enum': {
      // Each spelling: the record value as written, and every name normalised.
      const lookup = new Map<string, string>();
      for (const choice of column.choices ?? []) {
        lookup.set(choice.value, choice.value);
        for (const name of [choice.value, choice.label, ...(choice.aliases ?? [])]) if (!lookup.has(normaliseHeader(name))) lookup.set(normaliseHeader(name), choice.value);
      }
      const allowed = (column.choices ?? []).map((c) => c.label.toLowerCase()).join(', ');
      return (value) => {
        const text = String(value);
        return lookup.get(text) ?? lookup.get(normaliseHeader(text)) ?? bad(`"${shown(value)}" is not one of: ${allowed}.`);
      };
    }
    case 'time':
      return (value) => {
        const m = /^(\d{1,2})(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?$/i.exec(String(value).trim());
        let hours = m ? Number(m[1]) : NaN;
        const minutes = m?.[2] !== undefined ? Number(m[2]) : 0;
        const half = m?.[3]?.toLowerCase();
        if (half && hours >= 1 && hours <= 12) hours = (hours % 12) + (half === 'p' ? 12 : 0);
        else if (half || (m && m[2] === undefined)) hours = NaN;
        if (!(hours >= 0 && hours <= 23 && minutes <= 59)) return bad(`"${shown(value)}" is not a time; use a time like 3:30 PM.`);
        return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
      };
    case 'state':
      return (value) => {
        const code = String(value).trim().toUpperCase();
        return STATES.has(code) ? code : bad('Use a two-letter state code such as CA or TX.');
      };
    default: {
      const options = { multiline: column.type === 'longtext' };
      const max = column.maxLength ?? (column.type === 'id' ? MAX_ID_LENGTH : undefined);
      return (value) => {
        const text = cleanCellText(String(value), options);
        if (max !== undefined && text.length > max) return bad('This cell is too long.');
        return text === '' ? undefined : text;
      };
    }
  }
}

/** What a row reader needs of each column of a table, worked out once per table. */
interface ColumnReading {
  key: string;
  header: string;
  /** Required, or the table's record key. */
  required: boolean;
  read: CellReader;
  /** Values repeat down the column (a student's id on each of their sessions, a date, who logged it), so one copy of each is kept. */
  repeats: boolean;
}

const READINGS = new WeakMap<object, readonly ColumnReading[]>();

function columnReadings<T extends TableName>(spec: TableSpec<T>): readonly ColumnReading[] {
  let readings = READINGS.get(spec);
  if (!readings) {
    readings = spec.columns.map((column: TableColumn) => ({ key: column.key, header: column.header, required: column.required || column.key === spec.key, read: cellReader(column), repeats: column.key !== spec.key && column.type !== 'longtext' }));
    READINGS.set(spec, readings);
  }
  return readings;
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

/** How {@link readRowCells} reads the cells of many rows. */
export interface RowCellsOptions {
  /** Text a cell shares with earlier rows (a student's id on each of their sessions, a date) is kept once, from this map (one per table read). */
  copies?: Map<string, string>;
  /** Undo the formula guard Casekeeper's own export writes: `'=x` is the text `=x` (and `''=x` is `'=x`). */
  formulaGuard?: boolean;
}

/**
 * Undoes the formula guard of Casekeeper's own export: `'=x` read back is the text `=x` (and `''=x` is `'=x`).
 *
 * @example restoreFormulaText("'=SUM(A1)") // '=SUM(A1)'
 */
export function restoreFormulaText(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * The core of {@link readTableRow}, for readers of many rows: the value of the table's column `i` is
 * `cells[positions[i]]` (absent when the position is -1), and the cell problems are pushed onto `problems`.
 * Nothing is allocated for a good row but its record.
 *
 * @example readRowCells(SESSIONS_TABLE, ['S1', 'v', '9/8/2026', '30', 'Absent'], [-1, 0, 1, 2, 3, 4, -1, -1, -1], problems) // undefined: no Session ID
 */
export function readRowCells<T extends TableName>(spec: TableSpec<T>, cells: readonly unknown[], positions: readonly number[], problems: CellProblem[], options: RowCellsOptions = {}): TableRecord<T> | undefined {
  const { copies, formulaGuard } = options;
  const candidate: Record<string, unknown> = {};
  let missing: string[] | undefined;
  let rejected = false;
  const columns = columnReadings(spec);
  const first = problems.length;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as ColumnReading;
    const at = positions[i] as number;
    let value = at < 0 ? undefined : cells[at];
    if (formulaGuard && typeof value === 'string' && value.charCodeAt(0) === 39) value = restoreFormulaText(value);
    if (isBlankValue(value)) {
      if (column.required) (missing ??= []).push(column.header);
      continue;
    }
    const cell = column.read(value);
    if (cell === BAD) {
      if (column.required) rejected = true;
      problems.push(column.required ? { column: column.header, reason: `${badReason} This row was not imported.`, rowRejected: true } : { column: column.header, reason: badReason });
    } else if (cell !== undefined) {
      if (copies && column.repeats && typeof cell === 'string') {
        const copy = copies.get(cell);
        if (copy === undefined) copies.set(cell, cell);
        candidate[column.key] = copy ?? cell;
      } else candidate[column.key] = cell;
    }
    else if (column.required) (missing ??= []).push(column.header);
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
