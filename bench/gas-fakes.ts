/**
 * Overhead of the Apps Script test harness itself (tests/gas): what one simulated execution costs in
 * real time (fresh vm context + evaluating the bundle), and the cost of the fakes on a large block of
 * cells. Keeps the add-on's end-to-end tests fast on a 2-core machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGasEnvironment } from '../tests/gas/harness.ts';
import { report, timeIt } from './lib/measure.ts';

const BUNDLE = join(import.meta.dirname, '..', 'dist', 'apps-script', 'Code.js');

export async function run(): Promise<void> {
  const tiny = createGasEnvironment().loadSource('function noop() { return 1; }');
  report('harness: one execution of an empty script', timeIt(() => tiny.run('noop'), { runs: 21 }).median, 'ms', 5);

  if (existsSync(BUNDLE)) {
    const env = createGasEnvironment().loadSource(`${readFileSync(BUNDLE, 'utf8')}\nfunction __benchNoop() { return 1; }`, BUNDLE);
    report('harness: one execution with the add-on bundle loaded', timeIt(() => env.run('__benchNoop'), { runs: 11 }).median, 'ms', 25);
  } else {
    console.log('harness: bundle not built (dist/apps-script/Code.js); skipped the bundle figure');
  }

  const rows = 2000;
  const cols = 20;
  const data = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (c === 3 ? `2026-${String((r % 12) + 1).padStart(2, '0')}-15` : `r${r}c${c}`)));
  const big = createGasEnvironment({ timeZone: 'America/Los_Angeles' });
  big.setValues('Sheet1', 'A1', data);
  const range = () => big.services({ tracked: true }).SpreadsheetApp.getActive().getSheets()[0]!.getRange(1, 1, rows, cols);
  report(`fakes: setValues ${rows}x${cols} (strings parsed like typing)`, timeIt(() => range().setValues(data), { runs: 5, warmup: 1 }).median, 'ms', 200);
  report(`fakes: getValues ${rows}x${cols} (dates as Date)`, timeIt(() => range().getValues(), { runs: 9 }).median, 'ms', 100);
  report(`fakes: getDisplayValues ${rows}x${cols}`, timeIt(() => range().getDisplayValues(), { runs: 9 }).median, 'ms', 100);
}
