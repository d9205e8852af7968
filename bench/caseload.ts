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

export async function run(): Promise<void> {
  const caseload = syntheticCaseload(2000);
  const files = writeCaseloadFiles(caseload);
  const dir = mkdtempSync(join(tmpdir(), 'casekeeper-bench-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const zipPath = join(dir, 'caseload.zip');
    writeFileSync(zipPath, zipCaseloadFiles(files));
    const sizes = Object.values(files).reduce((n, t) => n + t.length, 0);
    report(`caseload files, 2,000 students, ${caseload.sessions.length.toLocaleString('en-US')} sessions (CSV text)`, sizes / MB, 'MB');
    report('caseload zip, same caseload', readFileSync(zipPath).length / MB, 'MB');

    const fromFolder = () => readCaseloadFiles(Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => [f, readFileSync(join(dir, f), 'utf8')])));
    const fromZip = () => {
      const unzipped = unzipCaseloadFiles(new Uint8Array(readFileSync(zipPath)));
      if (!unzipped.ok) throw new Error(unzipped.error.message);
      return readCaseloadFiles(Object.fromEntries(Object.entries(unzipped.value).map(([n, f]) => [n, f.text])));
    };
    const check = fromZip();
    if (check.problems.length > 0 || check.caseload.sessions.length !== caseload.sessions.length) throw new Error(`the synthetic caseload did not read back whole (${check.problems[0]?.reason ?? ''})`);
    const folder = timeIt(fromFolder, { runs: 3, warmup: 1 });
    report('Node: read and validate the 2,000-student caseload from a folder (CPU, median of 3)', folder.median, 'ms', 2000);
    report('  (same, median wall-clock time)', folder.wall, 'ms');
    const zip = timeIt(fromZip, { runs: 3, warmup: 1 });
    report('Node: read and validate the 2,000-student caseload from a zip (CPU, median of 3)', zip.median, 'ms', 2000);
    report('  (same, median wall-clock time)', zip.wall, 'ms');
    report('Node: heap held by the caseload read from the zip', heapAfter(fromZip), 'MB');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
