import { unzipSync } from 'fflate';
import { decodeText, type DecodedText } from './decode-text.ts';
import { fail, ok, type Result } from './result.ts';

/** The most a caseload zip may unpack to (a year of sessions for 2,000 students is about 30 MB). */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
/** The most files a caseload zip may hold. */
export const MAX_ZIP_ENTRIES = 200;

/** A zip's CSV files as text, with the encoding each was read in. */
export type UnzippedFiles = Record<string, DecodedText>;

/**
 * Unpacks a caseload `.zip` into its `.csv` files' text (other entries are skipped), each decoded in the
 * encoding it was written in (see `decodeText`). Refuses, in a teacher's words, what is not a zip, holds
 * too many files, or would unpack to more than {@link MAX_UNZIPPED_BYTES} (a "zip bomb").
 *
 * @example unzipCaseloadFiles(bytes) // { ok: true, value: { 'students.csv': { text: 'Student ID…', encoding: 'utf-8' } } }
 */
export function unzipCaseloadFiles(bytes: Uint8Array): Result<UnzippedFiles> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail('not-a-zip', 'That file is not a .zip file. Choose the .zip Casekeeper exported, or a zip of the CSV files.');
  let total = 0;
  let count = 0;
  let refused: Result<UnzippedFiles> | undefined;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, {
      filter: (file) => {
        if (!/\.csv$/i.test(file.name) || file.name.includes('__MACOSX')) return false;
        count++;
        total += file.originalSize;
        if (count > MAX_ZIP_ENTRIES) refused ??= fail('zip-too-many-files', `That zip holds more than ${MAX_ZIP_ENTRIES} CSV files; a caseload has at most a few.`);
        if (total > MAX_UNZIPPED_BYTES) refused ??= fail('zip-too-large', 'That zip would unpack to more than 256 MB, far more than any caseload. Check it is the right file.');
        return refused === undefined;
      },
    });
  } catch {
    return fail('bad-zip', 'That .zip file is damaged and cannot be opened. Export it again.');
  }
  if (refused) return refused;
  const files: UnzippedFiles = {};
  for (const [name, data] of Object.entries(raw)) files[name] = decodeText(data);
  return ok(files);
}
