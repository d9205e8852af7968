import Papa from 'papaparse';
import type { TableName } from './caseload.ts';
import { readTableRows, type TableImport } from './read-table-rows.ts';
import type { TableSpec } from './table-spec.ts';

export type { TableImport } from './read-table-rows.ts';

/**
 * Reads one table's CSV (Casekeeper's own export, or an IEP system's): headers are matched by name, record
 * key or a known alias; the delimiter is detected; a byte-order mark is ignored; every row is read and each
 * bad cell reported with its row, column and reason; good rows are kept. A row without an id gets one
 * generated from its content (the same file gives the same ids), and an id seen twice keeps the first row.
 *
 * @example readTableCsv(SESSIONS_TABLE, 'Student ID,Service ID,Date,Minutes,Outcome\nS1,svc-1,9/8/2026,30,Delivered').records[0]?.minutes // 30
 */
export function readTableCsv<T extends TableName>(spec: TableSpec<T>, text: string): TableImport<T> {
  const table = spec.name;
  // Blank lines are kept while parsing so row numbers match the rows a spreadsheet shows; the delimiter
  // is detected without them (blank lines would defeat the detection).
  const body = text.replace(/^\uFEFF/, '');
  const { delimiter } = Papa.parse<string[]>(body.slice(0, 64_000), { skipEmptyLines: 'greedy', preview: 20 }).meta;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter });
  const rows = parsed.data;
  const out = readTableRows(spec, rows);
  for (const error of parsed.errors) {
    out.problems.push({ table, row: (error.row ?? 0) + 1, column: '', value: '', reason: `The CSV is malformed here: ${error.message}.`, code: 'malformed-csv' });
  }
  return out;
}
