/**
 * What the panel says remains on the computer after the lock is turned on and after "Delete all". Tested
 * against a byte scan of the Chromium profile (tests/e2e/at-rest-scan.test.ts) and repeated in PRIVACY.md.
 *
 * @example `Deleted 40 students. ${AFTER_DELETE}`
 */
export const AFTER_DELETE =
  "Casekeeper's files in this browser no longer hold any of it. Files you exported, and disk space the browser freed (until the computer reuses it), are outside Casekeeper's reach: delete exports yourself.";

/** Said once the passphrase lock is on (see {@link AFTER_DELETE}). */
export const AFTER_LOCK_ON =
  "The unencrypted copies were pushed out of the browser's files. Files you exported, and disk space the browser freed (until the computer reuses it), are outside Casekeeper's reach.";

/** Offered before the first import, while the caseload is empty and the lock is off. */
export const LOCK_BEFORE_FIRST_IMPORT =
  'Before you import students: turn on the passphrase lock first (Passphrase lock, below), so student data is never written to this computer unencrypted.';
