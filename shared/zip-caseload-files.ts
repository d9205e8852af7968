import { strToU8, zipSync } from 'fflate';

/** The modification time written into every entry, so the same files always give the same bytes. */
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

/**
 * Packs caseload files (name → text) into one `.zip`, UTF-8, deflated. The same files give the same bytes
 * (fixed entry times, names in the order given), so exporting an export changes nothing.
 *
 * @example unzipCaseloadFiles(zipCaseloadFiles({ 'students.csv': 'Student ID\nS1\n' }))
 */
export function zipCaseloadFiles(files: Readonly<Record<string, string>>): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = [strToU8(text), { mtime: FIXED_TIME, level: 6 }];
  return zipSync(entries);
}
