import Papa from 'papaparse';
import type { TableName, TableRecord } from './caseload.ts';
import type { TableSpec } from './table-spec.ts';

/**
 * Writes one table as CSV with its canonical headers, one row per record, in the order given. Text that a
 * spreadsheet would run as a formula gets a leading apostrophe (read back exactly by `readTableCsv`);
 * booleans are written yes/no, dates `YYYY-MM-DD`, choices as their record values.
 *
 * @example writeTableCsv(SESSIONS_TABLE, []).split('\n')[0] // 'Session ID,Student ID,Service ID,Date,…'
 */
export function writeTableCsv<T extends TableName>(spec: TableSpec<T>, records: readonly TableRecord<T>[]): string {
  const keys = spec.columns.map((c) => c.key as string);
  return Papa.unparse(
    {
      fields: spec.columns.map((c) => c.header),
      data: records.map((r) => keys.map((k) => neutralise((r as Record<string, unknown>)[k]))),
    },
    { newline: '\n' },
  );
}

/** Keeps a spreadsheet from running a cell as a formula (CSV injection): prefix risky text with '. */
function neutralise(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = String(value);
  // Text that already starts with apostrophes before a risky character gets one more, so import is exact.
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
