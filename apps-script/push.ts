/**
 * Pushes the built add-on with clasp to a target sheet: `npm run push:gas` (dev) or
 * `npm run push:gas:prod`. The target's script id lives in `apps-script/clasp/<target>.json` (a script id
 * is not a secret). Your Google login stays in `~/.clasprc.json` from `npx clasp login` and is never
 * copied into the project.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = process.argv[2] === 'prod' ? 'prod' : 'dev';
const config = JSON.parse(readFileSync(join(root, `apps-script/clasp/${target}.json`), 'utf8')) as {
  scriptId?: string;
};
if (!config.scriptId || config.scriptId.startsWith('PASTE')) {
  console.error(
    `No script id for "${target}". Open your sheet, Extensions > Apps Script > Project Settings, copy the ` +
      `Script ID into apps-script/clasp/${target}.json, then run this again.`,
  );
  process.exit(1);
}
const outDir = join(root, 'dist/apps-script');
writeFileSync(join(outDir, '.clasp.json'), JSON.stringify({ scriptId: config.scriptId, rootDir: '.' }, null, 2));
const run = spawnSync('npx', ['clasp', 'push', '--force'], { cwd: outDir, stdio: 'inherit' });
process.exit(run.status ?? 1);
