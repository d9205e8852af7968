import type { Caseload } from './caseload.ts';
import { CASELOAD_TABLES } from './tables/index.ts';
import { writeTableCsv } from './write-table-csv.ts';

/**
 * Writes every table of a caseload as its CSV file (name → text), in the canonical columns. A table with
 * no rows is still written (its header only), so a caseload folder always shows every table it can hold.
 * Reading the files back with `readCaseloadFiles` gives the same records.
 *
 * @example Object.keys(writeCaseloadFiles(caseloadOf())) // ['students.csv', 'services.csv', …]
 */
export function writeCaseloadFiles(caseload: Caseload): Record<string, string> {
  const files: Record<string, string> = {};
  for (const spec of CASELOAD_TABLES) {
    files[spec.file] = `${writeTableCsv(spec as never, caseload[spec.name] as never)}\n`;
  }
  return files;
}
