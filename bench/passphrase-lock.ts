/** The passphrase lock's costs: unlocking (PBKDF2, 600,000 iterations) and sealing/opening a 2,000-student caseload. */
import { performance } from 'node:perf_hooks';
import type { IsoDate, StudentRecord } from '../shared/index.ts';
import { createLock, importDataKey, seal, unseal, unwrapLock } from '../extension/storage/at-rest.ts';
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

export async function run(): Promise<void> {
  const passphrase = 'correct horse battery staple';
  const { record } = await createLock(passphrase, 15);
  report('passphrase lock: unlock (PBKDF2-SHA256 600,000 iterations + unwrap), wall', await median(() => unwrapLock(record, passphrase)), 'ms', 1000);

  const students: StudentRecord[] = Array.from({ length: 2_000 }, (_, i) => ({
    studentId: `S${100000 + i}`,
    firstName: 'Ann',
    lastName: `Rivera ${i}`,
    lastIepDate: '2026-01-15' as IsoDate,
    school: 'Oak Elementary',
  }));
  const key = await importDataKey(crypto.getRandomValues(new Uint8Array(32)));
  let sealed: Awaited<ReturnType<typeof seal>>[] = [];
  report('passphrase lock: seal 2,000 students, wall', await median(async () => {
    sealed = await Promise.all(students.map((s) => seal(key, s, s.studentId)));
  }), 'ms', 200);
  report('passphrase lock: open 2,000 students, wall', await median(() => Promise.all(sealed.map((s, i) => unseal(key, s, students[i]?.studentId ?? '')))), 'ms', 200);
}
