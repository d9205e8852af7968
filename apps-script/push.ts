/**
 * Pushes the built add-on with clasp to a target: `npm run push:gas` (dev: your test sheet),
 * `npm run push:gas:template` (the template spreadsheet teachers copy) or `npm run push:gas:prod` (the
 * Marketplace add-on's script). The target's script id lives in `apps-script/clasp/<target>.json` (a
 * script id is not a secret). Your Google login stays in `~/.clasprc.json` from `npx clasp login` and is
 * never copied into the project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a push can go. */
export const PUSH_TARGETS = ['dev', 'template', 'prod'] as const;
export type PushTarget = (typeof PUSH_TARGETS)[number];

/** The only files a push may carry: the bundle and the manifest. */
export const PUSHED_FILES = ['Code.js', 'appsscript.json'] as const;

/** What {@link preparePush} decided. */
export type PushPlan = { ok: true; outDir: string; scriptId: string; files: string[] } | { ok: false; message: string };

/**
 * Checks everything clasp needs before it runs, and writes `.clasp.json` into the build folder: the
 * target's script id is filled in, the build has exactly the bundle and the manifest (no stray file,
 * never a credentials file), and the manifest enables the Calendar advanced service the sync needs.
 *
 * @example preparePush(root, 'template') // { ok: true, scriptId: '1AbC…', files: ['Code.js', 'appsscript.json'] }
 */
export function preparePush(root: string, target: string): PushPlan {
  if (!(PUSH_TARGETS as readonly string[]).includes(target)) return { ok: false, message: `Unknown target "${target}". Use one of: ${PUSH_TARGETS.join(', ')}.` };
  const configPath = join(root, `apps-script/clasp/${target}.json`);
  const config = existsSync(configPath) ? (JSON.parse(readFileSync(configPath, 'utf8')) as { scriptId?: string }) : {};
  if (!config.scriptId || config.scriptId.startsWith('PASTE')) {
    return {
      ok: false,
      message:
        `No script id for "${target}". Open the spreadsheet, Extensions > Apps Script > Project Settings, copy the ` +
        `Script ID into apps-script/clasp/${target}.json, then run this again.`,
    };
  }
  const outDir = join(root, 'dist/apps-script');
  const missing = PUSHED_FILES.filter((f) => !existsSync(join(outDir, f)));
  if (missing.length > 0) return { ok: false, message: `The build is missing ${missing.join(', ')}. Run npm run build:gas first.` };
  const stray = readdirSync(outDir).filter((f) => !(PUSHED_FILES as readonly string[]).includes(f) && f !== '.clasp.json');
  if (stray.length > 0) return { ok: false, message: `dist/apps-script holds files that must not be pushed: ${stray.join(', ')}. Delete them (or the folder) and build again.` };
  const manifest = JSON.parse(readFileSync(join(outDir, 'appsscript.json'), 'utf8')) as { dependencies?: { enabledAdvancedServices?: { userSymbol?: string }[] } };
  if (!manifest.dependencies?.enabledAdvancedServices?.some((s) => s.userSymbol === 'Calendar')) {
    return { ok: false, message: 'appsscript.json does not enable the Calendar advanced service; Sync to Calendar would not work.' };
  }
  writeFileSync(join(outDir, '.clasp.json'), JSON.stringify({ scriptId: config.scriptId, rootDir: '.' }, null, 2));
  return { ok: true, outDir, scriptId: config.scriptId, files: [...PUSHED_FILES] };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const plan = preparePush(root, process.argv[2] ?? 'dev');
  if (!plan.ok) {
    console.error(plan.message);
    process.exit(1);
  }
  const run = spawnSync('npx', ['clasp', 'push', '--force'], { cwd: plan.outDir, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
