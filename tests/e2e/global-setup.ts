import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the extension once (`wxt build` → .output/chrome-mv3) before the browser tests. */
export default function setup(): void {
  execFileSync(process.execPath, [`${root}node_modules/wxt/bin/wxt.mjs`, 'build'], { cwd: root, stdio: 'pipe' });
  if (!existsSync(`${root}.output/chrome-mv3/manifest.json`)) throw new Error('The extension build produced no manifest.');
}
