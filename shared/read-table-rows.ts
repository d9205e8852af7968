import type { TableName, TableRecord } from './caseload.ts';
import { generateRowId } from './generate-row-id.ts';
import { mapColumns } from './map-columns.ts';
import { readTableRow } from './read-table-row.ts';
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
  const table = spec.name;
  const problems: TableProblem[] = [];
  const out: TableImport<T> = { records: [], rowNumbers: [], problems, ignoredColumns: [] };
  const headerIndex = rows.findIndex((cells) => !isBlankRow(cells));
  const header = rows[headerIndex];
  if (!header) {
    problems.push({ table, row: 1, column: '', value: '', reason: 'The file is empty.', code: 'empty-file' });
    return out;
  }
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
    return out;
  }
  const positions = Object.entries(map).map(([i, key]) => [Number(i), key] as const);
  const positionOf = new Map(positions.map(([i, key]) => [key as string, i]));
  const headerOf = new Map(spec.columns.map((c) => [c.header, c.key as string]));
  const firstRowOf = new Map<string, number>();
  const seenContent = new Map<string, number>();
  const keyHeader = spec.columns.find((c) => c.key === spec.key)?.header ?? spec.key;
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i] as readonly unknown[];
    if (isBlankRow(cells)) continue;
    const rowNumber = i + 1;
    const raw: Record<string, unknown> = {};
    for (const [index, key] of positions) raw[key] = restoreFormulaText(cells[index]);
    if (spec.idPrefix !== undefined && String(raw[spec.key] ?? '').trim() === '') {
      const content = positions.map(([index]) => String(cells[index] ?? '').trim());
      const signature = content.join('\u001f');
      const occurrence = seenContent.get(signature) ?? 0;
      seenContent.set(signature, occurrence + 1);
      raw[spec.key] = generateRowId(spec.idPrefix, [table, ...content], occurrence);
    }
    const { record, problems: cellProblems } = readTableRow(spec, raw);
    for (const p of cellProblems) {
      const key = headerOf.get(p.column);
      const at = key !== undefined ? positionOf.get(key) : undefined;
      const value = at !== undefined ? (cells[at] ?? '') : '';
      problems.push({ table, row: rowNumber, column: p.column, value: String(value).slice(0, 60), reason: p.reason, code: p.rowRejected ? 'missing-value' : 'bad-cell' });
    }
    if (!record) continue;
    const id = String((record as Record<string, unknown>)[spec.key]);
    const earlier = firstRowOf.get(id);
    if (earlier !== undefined) {
      problems.push({ table, row: rowNumber, column: keyHeader, value: id.slice(0, 60), reason: `${keyHeader} ${id} is already on row ${earlier}; this row was skipped.`, code: 'duplicate-id' });
      continue;
    }
    firstRowOf.set(id, rowNumber);
    out.records.push(record);
    out.rowNumbers.push(rowNumber);
  }
  return out;
}

/** Undoes the export's formula guard: `'=x` read back from our own export is the text `=x` (and `''=x` is `'=x`). */
function restoreFormulaText(cell: unknown): unknown {
  return typeof cell === 'string' && /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((cell) => cell === undefined || cell === null || String(cell).trim() === '');
}
