/**
 * `npm run bench`: runs every benchmark module in bench/ (each exports `run()`), one after another, and
 * prints their figures. Targets are reported beside the figures, never asserted in unit tests.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts') && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const file of modules) {
  console.log(`\n== ${file.replace(/\.ts$/, '')}`);
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<void> };
    if (typeof mod.run !== 'function') throw new Error('exports no run()');
    await mod.run();
  } catch (error) {
    failed++;
    console.error(`${file} failed: ${(error as Error).message}`);
  }
}
process.exitCode = failed ? 1 : 0;
