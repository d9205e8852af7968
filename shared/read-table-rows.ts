import type { TableName, TableRecord } from './caseload.ts';
import { generateRowId } from './generate-row-id.ts';
import { isBlankValue } from './is-blank-value.ts';
import { mapColumns } from './map-columns.ts';
import { type CellProblem, readRowCells, restoreFormulaText } from './read-table-row.ts';
import type { TableProblem } from './table-problem.ts';
import type { TableSpec } from './table-spec.ts';

/** The rows of one table that could be read, and every problem, row by row. */
export interface TableImport<T extends TableName> {
  records: TableRecord<T>[];
  /** The spreadsheet row each record came from (header = row 1), in the same order as `records`. */
  rowNumbers: number[];
  problems: TableProblem[];
  /** Headers that name no column of the table (ignored). */
  ignoredColumns: string[];
}

/**
 * Reads one table from rows of cells (a parsed CSV, or a sheet tab's values): the first non-blank row is
 * the header, matched by name, record key or a known alias; every row is read and each bad cell reported
 * with its row, column and reason; good rows are kept. A row without an id gets one generated from its
 * content (the same rows give the same ids), and an id seen twice keeps the first row.
 *
 * @example readTableRows(SESSIONS_TABLE, [['Student ID', 'Service ID', 'Date', 'Minutes', 'Outcome'], ['S1', 'v', '9/8/2026', 30, 'Delivered']]).records[0]?.outcome // 'delivered'
 */
export function readTableRows<T extends TableName>(spec: TableSpec<T>, rows: readonly (readonly unknown[])[]): TableImport<T> {
  return readTableRowParts(spec, [rows]);
}

/**
 * Some rows of a table: an array of rows of cells, or a walk over rows (a big CSV read without an array per
 * row: `walk` calls `visit` with each row, may reuse one array for every row, and stops when `visit`
 * returns false).
 */
export type RowPart = readonly (readonly unknown[])[] | { walk: (visit: (cells: readonly unknown[]) => boolean) => void };

/**
 * {@link readTableRows} for rows that come in parts (a big CSV parsed part by part): the rows of the parts,
 * one after another, are the table's rows, numbered across parts. Each part is asked for only when the rows
 * before it have been read, so a part's cells can be let go before the next is made; reading stops early
 * (the later parts never asked for, and left in the iterator) when the header lacks a required column.
 *
 * @example readTableRowParts(SESSIONS_TABLE, [[['Student ID', 'Service ID', 'Date', 'Minutes', 'Outcome']], [['S1', 'v', '9/8/2026', 30, 'Delivered']]]).records.length // 1
 */
export function readTableRowParts<T extends TableName>(spec: TableSpec<T>, parts: Iterable<RowPart>): TableImport<T> {
  const table = spec.name;
  const problems: TableProblem[] = [];
  const out: TableImport<T> = { records: [], rowNumbers: [], problems, ignoredColumns: [] };
  let readRow: ((original: readonly unknown[], rowNumber: number) => void) | undefined;
  let index = 0;
  let stopped = false;
  /** Reads one row; false when the header lacks a required column (reading stops). */
  const visit = (original: readonly unknown[]): boolean => {
    index++;
    if (isBlankRow(original)) return true;
    if (readRow) readRow(original, index);
    else {
      readRow = startTable(spec, original, index - 1, out);
      stopped = !readRow;
    }
    return !stopped;
  };
  // Walked by hand, not with for…of, so stopping early leaves the parts not read to the caller.
  const iterator = parts[Symbol.iterator]();
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const part = next.value;
    if ('walk' in part) part.walk(visit);
    else for (let r = 0; r < part.length && visit(part[r] as readonly unknown[]); r++);
    if (stopped) return out;
  }
  if (!readRow) problems.push({ table, row: 1, column: '', value: '', reason: 'The file is empty.', code: 'empty-file' });
  else dropRepeatedIds(spec, out);
  return out;
}

/**
 * Keeps the first row of each id and reports each later one ("already on row N"), in row order with the
 * other problems. Repeats are found by sorting the ids (a year of sessions is 400,000 ids; sorting them is
 * several times faster than a hash set of them), and only the rows of repeated ids are looked up.
 */
function dropRepeatedIds<T extends TableName>(spec: TableSpec<T>, out: TableImport<T>): void {
  const ids = out.records.map((record) => String((record as Record<string, unknown>)[spec.key]));
  const sorted = ids.slice().sort();
  let repeated: Set<string> | undefined;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) (repeated ??= new Set()).add(sorted[i] as string);
  if (!repeated) return;
  const keyHeader = spec.columns.find((c) => c.key === spec.key)?.header ?? spec.key;
  const firstRowOf = new Map<string, number>();
  const records: TableRecord<T>[] = [];
  const rowNumbers: number[] = [];
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r] as string;
    const row = out.rowNumbers[r] as number;
    if (repeated.has(id)) {
      const earlier = firstRowOf.get(id);
      if (earlier !== undefined) {
        out.problems.push({ table: spec.name, row, column: keyHeader, value: id.slice(0, 60), reason: `${keyHeader} ${id} is already on row ${earlier}; this row was skipped.`, code: 'duplicate-id' });
        continue;
      }
      firstRowOf.set(id, row);
    }
    records.push(out.records[r] as TableRecord<T>);
    rowNumbers.push(row);
  }
  out.records = records;
  out.rowNumbers = rowNumbers;
  // Each row's duplicate comes after its cell problems, as the rows were read (the sort is stable).
  out.problems.sort((a, b) => a.row - b.row);
}

/** Maps the header (found at row index `headerIndex`) and returns the reader of each row after it, or nothing when a required column is missing (reported in `out`). */
function startTable<T extends TableName>(spec: TableSpec<T>, header: readonly unknown[], headerIndex: number, out: TableImport<T>): ((original: readonly unknown[], rowNumber: number) => void) | undefined {
  const table = spec.name;
  const problems = out.problems;
  const { map, missingRequired, unknown } = mapColumns(spec.columns, header);
  out.ignoredColumns = unknown;
  const fatal = missingRequired.filter((h) => h !== spec.columns.find((c) => c.key === spec.key && spec.idPrefix !== undefined)?.header);
  if (fatal.length > 0) {
    problems.push({
      table,
      row: headerIndex + 1,
      column: fatal.join(', '),
      value: '',
      reason: `The file has no ${fatal.join(', ')} column, so no ${table === 'students' ? 'student' : 'row'} could be read.`,
      code: 'missing-column',
    });
    return undefined;
  }
  // Per column of the table, where its cell is in a row (-1: the file has no such column).
  const columns = spec.columns as readonly { key: string; header: string }[];
  const positionOf = new Map(Object.entries(map).map(([i, key]) => [key as string, Number(i)]));
  const positions = columns.map((c) => positionOf.get(c.key) ?? -1);
  const mapped = Object.keys(map).map(Number);
  const keyAt = positionOf.get(spec.key) ?? -1;
  // A generated id goes in a copy of its row: in the key's cell, or past the last cell read when the file has no key column.
  const idAt = keyAt >= 0 ? keyAt : Math.max(-1, ...mapped) + 1;
  const positionsWithId = positions.map((at, i) => (columns[i]?.key === spec.key ? idAt : at));
  const seenContent = new Map<string, number>();
  const cellProblems: CellProblem[] = [];
  const options = { copies: new Map<string, string>(), formulaGuard: true };
  return (original, rowNumber) => {
    let cells = original;
    let at = positions;
    if (spec.idPrefix !== undefined && restoreFormulaText(String((keyAt < 0 ? undefined : cells[keyAt]) ?? '')).trim() === '') {
      const content = mapped.map((index) => String(original[index] ?? '').trim());
      const signature = content.join('\u001f');
      const occurrence = seenContent.get(signature) ?? 0;
      seenContent.set(signature, occurrence + 1);
      const copy = [...cells];
      copy[idAt] = generateRowId(spec.idPrefix, [table, ...content], occurrence);
      cells = copy;
      at = positionsWithId;
    }
    const record = readRowCells(spec, cells, at, cellProblems, options);
    if (cellProblems.length > 0) {
      for (const p of cellProblems) {
        const column = columns.findIndex((c) => c.header === p.column);
        const position = column >= 0 ? positions[column] : undefined;
        const value = position !== undefined && position >= 0 ? (original[position] ?? '') : '';
        problems.push({ table, row: rowNumber, column: p.column, value: String(value).slice(0, 60), reason: p.reason, code: p.rowRejected ? 'missing-value' : 'bad-cell' });
      }
      cellProblems.length = 0;
    }
    if (!record) return;
    out.records.push(record);
    out.rowNumbers.push(rowNumber);
  };
}

function isBlankRow(cells: readonly unknown[]): boolean {
  for (const cell of cells) if (!isBlankValue(cell)) return false;
  return true;
}
