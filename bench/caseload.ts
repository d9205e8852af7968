/**
 * Reading a whole caseload in Node (what `casekeeper --data` does): 2,000 students with every table
 * filled (about 400,000 session rows), read and validated from a folder of CSV files and from one zip.
 * Memory is the heap in use after the read (the caseload held), beside the heap before it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readCaseloadFiles, unzipCaseloadFiles, writeCaseloadFiles, zipCaseloadFiles } from '../shared/index.ts';
import { report, timeIt } from './lib/measure.ts';
import { syntheticCaseload } from './lib/synthetic-caseload.ts';

const MB = 1024 * 1024;

/** A full garbage collection (exposed for this measure only), so the heap figures are what is held. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** The heap a read's result holds, in MB (collected before and after, the result kept alive). */
function heapAfter(read: () => unknown): number {
  collect();
  const before = process.memoryUsage().heapUsed;
  const held = read();
  collect();
  const after = process.memoryUsage().heapUsed;
  if (!held) throw new Error('nothing read');
  return (after - before) / MB;
}

/**
 * Writes the synthetic caseload's files and their zip into `dir`; the caseload and its text are then let
 * go, as `casekeeper` holds nothing but what it reads.
 */
function writeSyntheticCaseload(dir: string): { sessions: number; csvMB: number; zipPath: string } {
  const caseload = syntheticCaseload(2000);
  const files = writeCaseloadFiles(caseload);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const zipPath = join(dir, 'caseload.zip');
  writeFileSync(zipPath, zipCaseloadFiles(files));
  return { sessions: caseload.sessions.length, csvMB: Object.values(files).reduce((n, t) => n + t.length, 0) / MB, zipPath };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'casekeeper-bench-'));
  try {
    const { sessions, csvMB, zipPath } = writeSyntheticCaseload(dir);
    report(`caseload files, 2,000 students, ${sessions.toLocaleString('en-US')} sessions (CSV text)`, csvMB, 'MB');
    report('caseload zip, same caseload', readFileSync(zipPath).length / MB, 'MB');

    const fromFolder = () => readCaseloadFiles(Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => [f, readFileSync(join(dir, f), 'utf8')])));
    const fromZip = () => {
      const unzipped = unzipCaseloadFiles(new Uint8Array(readFileSync(zipPath)));
      if (!unzipped.ok) throw new Error(unzipped.error.message);
      return readCaseloadFiles(Object.fromEntries(Object.entries(unzipped.value).map(([n, f]) => [n, f.text])));
    };
    const problem = ((check) => (check.problems.length > 0 || check.caseload.sessions.length !== sessions ? (check.problems[0]?.reason ?? 'sessions lost') : undefined))(fromZip());
    if (problem !== undefined) throw new Error(`the synthetic caseload did not read back whole (${problem})`);
    const folder = timeIt(fromFolder, { runs: 5, warmup: 1 });
    report('Node: read and validate the 2,000-student caseload from a folder (CPU, median of 5)', folder.median, 'ms', 2000);
    report('  (same, median wall-clock time)', folder.wall, 'ms');
    const zip = timeIt(fromZip, { runs: 5, warmup: 1 });
    report('Node: read and validate the 2,000-student caseload from a zip (CPU, median of 5)', zip.median, 'ms', 2000);
    report('  (same, median wall-clock time)', zip.wall, 'ms');
    report('Node: heap held by the caseload read from the zip', heapAfter(fromZip), 'MB');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
