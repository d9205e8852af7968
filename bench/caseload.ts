/** Reading and validating a whole caseload (every table) from a folder of CSV files and from a zip, in Node. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, readCaseloadFiles, unzipCaseloadFiles, writeCaseloadFiles, zipCaseloadFiles } from '../shared/index.ts';
import { report, timeIt } from './lib/measure.ts';
import { syntheticFullCaseload } from './lib/synthetic-caseload.ts';

export async function run(): Promise<void> {
  const caseload = syntheticFullCaseload(2_000, 200);
  const files = writeCaseloadFiles(caseload);
  const dir = mkdtempSync(join(tmpdir(), 'casekeeper-bench-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const zipPath = join(dir, 'caseload.zip');
  writeFileSync(zipPath, zipCaseloadFiles(files));
  const bytes = Object.values(files).reduce((n, t) => n + t.length, 0);
  console.log(`2,000 students, ${caseload.sessions.length.toLocaleString('en-US')} sessions, ${caseload.goalData.length.toLocaleString('en-US')} data points: ${(bytes / 1e6).toFixed(1)} MB of CSV, ${(readFileSync(zipPath).length / 1e6).toFixed(1)} MB zipped`);
  let problems = -1;
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const fromFolder = timeIt(() => {
    const texts: Record<string, string> = {};
    for (const name of readdirSync(dir)) if (name.endsWith('.csv')) texts[name] = decodeText(readFileSync(join(dir, name))).text;
    problems = readCaseloadFiles(texts).problems.length;
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, { runs: 3, warmup: 1 });
  const fromZip = timeIt(() => {
    const unzipped = unzipCaseloadFiles(readFileSync(zipPath));
    if (!unzipped.ok) throw new Error(unzipped.error.message);
    readCaseloadFiles(Object.fromEntries(Object.entries(unzipped.value).map(([k, v]) => [k, v.text])));
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, { runs: 3, warmup: 1 });
  rmSync(dir, { recursive: true, force: true });
  if (problems !== 0) console.log(`(unexpected: ${problems} problems in a generated caseload)`);
  report('read and validate the caseload from a folder (median CPU time of 3)', fromFolder.median, 'ms', 2000);
  report('read and validate the caseload from a zip (median CPU time of 3)', fromZip.median, 'ms', 2000);
  report('  heap growth while reading (peak over the runs)', Math.round((heapPeak - heapBefore) / 1e6), 'MB');
}
