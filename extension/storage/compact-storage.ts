import { openDb } from './db.ts';

/**
 * Pushes overwritten and deleted records out of the browser's files, as far as an extension can.
 *
 * Chromium keeps IndexedDB in LevelDB: a write is appended to a log file, and an old value stays in the log
 * or in a table file until LevelDB compacts that part of the database, which it does only after enough new
 * writes. An extension cannot ask for a compaction, so this writes that much throwaway data (random text,
 * in the cache store `derived`, under keys starting `compact-`) and deletes it again. LevelDB then rewrites
 * its files without the old values and removes the old files. Measured in Chromium 150: about 48 MB in
 * 4 KB values (about 8 s) left no trace of 40 imported students in any file of the profile
 * (tests/e2e/at-rest-scan.test.ts). What this cannot reach: bytes of removed files still on the disk until
 * the operating system reuses them (full-disk encryption covers those), and copies outside the profile
 * (exports, swap). PRIVACY.md says so.
 *
 * @example await compactStorage() // after the lock is turned on or everything is deleted
 */
export async function compactStorage(options: { megabytes?: number } = {}): Promise<void> {
  // Only Chromium keeps IndexedDB in LevelDB (other engines, and the tests' in-memory IndexedDB, need nothing).
  if (typeof navigator === 'undefined' || !/Chrom(e|ium)\//.test(navigator.userAgent)) return;
  const rounds = Math.ceil((options.megabytes ?? 48) / 4);
  const db = await openDb();
  for (let round = 0; round < rounds; round++) {
    const tx = db.transaction('derived', 'readwrite');
    const store = tx.objectStore('derived');
    for (let i = 0; i < 1_000; i++) {
      // Random bytes as text: LevelDB compresses its blocks, so repeated filler would take no room.
      const noise = String.fromCharCode(...crypto.getRandomValues(new Uint8Array(3_000)));
      void store.put({ key: `compact-${round}-${i}`, value: btoa(noise) });
    }
    await tx.done;
  }
  const tx = db.transaction('derived', 'readwrite');
  await tx.objectStore('derived').delete(IDBKeyRange.bound('compact-', 'compact-\uffff'));
  await tx.done;
}
