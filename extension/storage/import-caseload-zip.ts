import { fromBase64 } from '../lib/encrypted-backup.ts';
import { readCaseloadZip } from '../lib/read-caseload-zip.ts';
import { importCaseload, type ImportCounts } from './table-rows.ts';

/**
 * Imports the good rows of a caseload `.zip` (sent by the panel as base64, after the teacher saw the
 * preview): the zip is read and validated whole again here, then every good row of every table is written
 * in one transaction, and the problems are kept beside their students. A zip that cannot be read, or holds
 * no good row, changes nothing ("Nothing was imported" and the reason).
 *
 * @example await importCaseloadZip(toBase64(zipCaseloadFiles(files))) // { counts: { students: { added: 40, … }, … }, problems: 9 }
 */
export async function importCaseloadZip(base64: string): Promise<{ counts: ImportCounts; problems: number }> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(base64);
  } catch {
    throw new Error('Nothing was imported: the file did not arrive whole. Try again.');
  }
  const read = readCaseloadZip(bytes);
  if (!read.ok) throw new Error(`Nothing was imported: ${read.error.message}`);
  const counts = await importCaseload(read.value.caseload, read.value.problems);
  return { counts, problems: read.value.problems.length };
}
