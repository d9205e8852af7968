/**
 * `npm run package`: every installable artifact from one command, into `dist/`.
 * - `dist/casekeeper-<version>-chrome.zip`: the extension, ready for the Chrome Web Store, a district's
 *   Google Admin console, or "Load unpacked" after unzipping (WXT's zip of a production build made with
 *   WXT_STORE_BUILD=true, so the demo site is not among the known IEP systems). Icons at 16, 32, 48, 128.
 * - `dist/apps-script/`: the Sheets add-on (`Code.js`, `appsscript.json`) to paste or push with clasp.
 * The store listing and privacy answers to paste into the Web Store form are in docs/store-listing.md
 * and docs/privacy-practices.md.
 *
 * The store build goes to its own folder (dist/extension-build), so the development build in .output/
 * that the end-to-end tests load keeps the demo site.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

/** What {@link packageAll} produced. */
export interface PackageResult {
  extensionZip: string;
  appsScriptDir: string;
}

/** Builds the store zip and the Apps Script files (see the file's comment). */
export async function packageAll(): Promise<PackageResult> {
  mkdirSync(DIST, { recursive: true });
  const buildDir = join(DIST, 'extension-build');
  rmSync(buildDir, { recursive: true, force: true });
  const { zip } = await import('wxt');
  const before = process.env.WXT_STORE_BUILD;
  process.env.WXT_STORE_BUILD = 'true';
  let zips: string[];
  try {
    zips = await zip({
      root: ROOT,
      outDir: buildDir,
      browser: 'chrome',
      zip: { artifactTemplate: 'casekeeper-{{version}}-chrome.zip', zipSources: false, exclude: ['**/*.map'] },
    });
  } finally {
    // Later builds in this process (tests, the tour) keep the demo site.
    if (before === undefined) delete process.env.WXT_STORE_BUILD;
    else process.env.WXT_STORE_BUILD = before;
  }
  const built = zips.find((z) => z.endsWith('-chrome.zip'));
  if (!built) throw new Error(`WXT made no Chrome zip (made: ${zips.join(', ') || 'nothing'}).`);
  const extensionZip = join(DIST, basename(built));
  copyFileSync(built, extensionZip);
  const { buildGas } = await import('../apps-script/build.ts');
  const appsScriptDir = join(DIST, 'apps-script');
  await buildGas({ outDir: appsScriptDir });
  return { extensionZip, appsScriptDir };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { extensionZip, appsScriptDir } = await packageAll();
  console.log(`\nReady to install:\n  ${extensionZip}  (Chrome Web Store, Google Admin console, or unzip and "Load unpacked")\n  ${appsScriptDir}/  (the Sheets add-on)\nStore listing and privacy answers: docs/store-listing.md, docs/privacy-practices.md`);
}
