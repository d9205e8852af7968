/**
 * The passphrase lock's costs: unlocking (PBKDF2-SHA256, 600,000 iterations), sealing/opening a 3,000-student
 * caseload with long notes at rest, and an encrypted backup of it (export: build + seal in chunks; restore:
 * open + read the backup file), with the backup's size against the restore limit.
 */
import { performance } from 'node:perf_hooks';
import type { IsoDate, StudentRecord } from '../shared/index.ts';
import { caseloadOf, defaultSettings } from '../shared/index.ts';
import { createLock, importDataKey, seal, unseal, unwrapLock } from '../extension/storage/at-rest.ts';
import { decryptBackup, encryptBackup, MAX_BACKUP_CHARS } from '../extension/lib/encrypted-backup.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup } from '../extension/storage/data-store.ts';
import { report } from './lib/measure.ts';

async function median(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

const NOTE_WORDS = 'reads decodes fluency goal progress accommodation speech session minutes parent meeting consent evaluation'.split(' ');
/** A 2,000-character note (the longest a student's notes may be), different for each student. */
function note(seed: number): string {
  let text = '';
  let x = seed;
  while (text.length < 2_000) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    text += `${NOTE_WORDS[x % NOTE_WORDS.length]} `;
  }
  return text.slice(0, 2_000).trim();
}

export async function run(): Promise<void> {
  const passphrase = 'correct horse battery staple';
  const { record } = await createLock(passphrase, 15);
  report('passphrase lock: unlock (PBKDF2-SHA256 600,000 iterations + unwrap), wall', await median(() => unwrapLock(record, passphrase)), 'ms', 1000);

  const students: StudentRecord[] = Array.from({ length: 3_000 }, (_, i) => ({
    studentId: `S${100000 + i}`,
    firstName: 'Ann',
    lastName: `Rivera ${i}`,
    lastIepDate: '2026-01-15' as IsoDate,
    school: 'Oak Elementary',
    notes: note(i),
  }));
  const key = await importDataKey(crypto.getRandomValues(new Uint8Array(32)));
  let sealed: Awaited<ReturnType<typeof seal>>[] = [];
  report('passphrase lock: seal 3,000 students with 2,000-character notes, wall', await median(async () => {
    sealed = await Promise.all(students.map((s) => seal(key, s, s.studentId)));
  }), 'ms', 1000);
  report('passphrase lock: open 3,000 students with 2,000-character notes, wall', await median(() => Promise.all(sealed.map((s, i) => unseal(key, s, students[i]?.studentId ?? '')))), 'ms', 1000);

  const { students: _none, ...tables } = caseloadOf();
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-11-23T09:00:00Z', students, settings: defaultSettings, taughtSites: {}, tables };
  let file = '';
  report('encrypted backup: export 3,000 students with long notes (build + seal in chunks), wall', await median(async () => {
    file = await encryptBackup(JSON.stringify(backup, null, 2), passphrase);
  }), 'ms', 3000);
  report('encrypted backup: size of that file', file.length / 1e6, 'MB');
  report('encrypted backup: plain size against the restore limit', (JSON.stringify(backup, null, 2).length / MAX_BACKUP_CHARS) * 100, '% of limit', 100);
  report('encrypted backup: restore 3,000 students with long notes (open + read), wall', await median(async () => {
    const opened = await decryptBackup(file, passphrase);
    if (!opened.ok || !parseBackup(opened.value).ok) throw new Error('restore failed');
  }), 'ms', 3000);
}
