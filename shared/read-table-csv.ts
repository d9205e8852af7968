import Papa from 'papaparse';
import type { TableName } from './caseload.ts';
import { readTableRowParts, type RowPart, type TableImport } from './read-table-rows.ts';
import { splitCsvParts } from './split-csv-parts.ts';
import { walkUnquotedCsv } from './walk-unquoted-csv.ts';
import type { TableSpec } from './table-spec.ts';

/** Options for {@link readTableCsv}. */
export interface ReadTableCsvOptions {
  /**
   * A big file is parsed in parts of about this many characters (cut at line breaks outside quotes), so its
   * rows of cells are never all held at once (a year of sessions is 400,000 rows); default 1 MB. The
   * records and problems are the same for every part size.
   */
  partSize?: number;
}

export type { TableImport } from './read-table-rows.ts';

/**
 * Reads one table's CSV (Casekeeper's own export, or an IEP system's): headers are matched by name, record
 * key or a known alias; the delimiter is detected; a byte-order mark is ignored; every row is read and each
 * bad cell reported with its row, column and reason; good rows are kept. A row without an id gets one
 * generated from its content (the same file gives the same ids), and an id seen twice keeps the first row.
 *
 * @example readTableCsv(SESSIONS_TABLE, 'Student ID,Service ID,Date,Minutes,Outcome\nS1,svc-1,9/8/2026,30,Delivered').records[0]?.minutes // 30
 */
export function readTableCsv<T extends TableName>(spec: TableSpec<T>, text: string, options: ReadTableCsvOptions = {}): TableImport<T> {
  const table = spec.name;
  // Blank lines are kept while parsing so row numbers match the rows a spreadsheet shows; the delimiter
  // is detected without them (blank lines would defeat the detection).
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { delimiter } = Papa.parse<string[]>(body.slice(0, 64_000), { skipEmptyLines: 'greedy', preview: 20 }).meta;
  // papaparse guesses the line break from the first megabyte; guessed once here, every part uses it.
  const newline = Papa.parse<string[]>(body.slice(0, 1 << 20), { delimiter, preview: 1 }).meta.linebreak as '\n' | '\r\n' | '\r' | '';
  const errors: { row: number; message: string }[] = [];
  let rowsBefore = 0;
  const parts = (function* (): Generator<RowPart> {
    for (const part of splitCsvParts(body, { delimiter, newline: newline || '\n', partSize: options.partSize ?? 1 << 20 })) {
      // A part without quotes (most of a year of sessions) is read as papaparse's fast mode reads it, without an array per row.
      if (newline && !part.includes('"')) {
        yield { walk: (visit) => walkUnquotedCsv(part, delimiter, newline, visit) };
        rowsBefore += lineCount(part, newline);
        continue;
      }
      const parsed = Papa.parse<string[]>(part, { skipEmptyLines: false, delimiter, newline: newline || undefined });
      for (const error of parsed.errors) errors.push({ row: rowsBefore + (error.row ?? 0), message: error.message });
      rowsBefore += parsed.data.length;
      yield parsed.data;
    }
  })();
  const out = readTableRowParts(spec, parts);
  for (const _ of parts); // the parts not read (a header without a required column) are still parsed for their errors
  for (const error of errors) {
    out.problems.push({ table, row: error.row + 1, column: '', value: '', reason: `The CSV is malformed here: ${error.message}.`, code: 'malformed-csv' });
  }
  return out;
}

/** The lines of a part (its row count, so the rows of a later part's parser errors are numbered right, even when this part was not walked). */
function lineCount(text: string, newline: string): number {
  let count = 1;
  for (let at = text.indexOf(newline); at >= 0; at = text.indexOf(newline, at + newline.length)) count++;
  return count;
}
