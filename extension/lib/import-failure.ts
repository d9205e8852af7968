/**
 * Every import or restore that fails ends the same way for the teacher: "Nothing was imported" and the
 * reason in plain words. Imports are one transaction, so a failure at any point (storage full, the
 * browser stopping Casekeeper's background worker mid-way) leaves the caseload exactly as it was.
 */

/** The most students one import takes (the panel's message to its worker is checked against it). */
export const MAX_IMPORT_ROWS = 20_000;

/**
 * What a file with too many students is told.
 *
 * @example tooManyRows(25_000) // 'Nothing was imported: the file has 25,000 students; …'
 */
export function tooManyRows(rows: number): string {
  return `Nothing was imported: the file has ${rows.toLocaleString('en-US')} students, and Casekeeper imports at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} at a time. Split the file into smaller ones and import each.`;
}

/**
 * The teacher's message for a failed import or restore: the reason, always saying nothing was written.
 *
 * @example nothingImported(new Error('Not saved: the browser storage for Casekeeper is full.'), 'imported')
 */
export function nothingImported(error: unknown, verb: 'imported' | 'restored'): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (/^Nothing was (imported|restored)\b/.test(reason)) return reason;
  const plain = reason
    .replace(/^(Not saved|Nothing imported|Nothing was changed):\s*/, '')
    .replace(/\s*(Nothing was changed|Your earlier data is unchanged)\.?$/, '')
    .trim();
  // Lower-case the first word after the colon, except a name ("Casekeeper is locked").
  const sentence = /^Casekeeper\b/.test(plain) ? plain : plain.charAt(0).toLowerCase() + plain.slice(1);
  return `Nothing was ${verb}: ${sentence}${/[.!?]$/.test(sentence) ? '' : '.'}`;
}
