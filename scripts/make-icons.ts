/**
 * Draws the extension's icons: renders `scripts/icon.svg` with the Chromium the end-to-end tests use
 * (playwright-core, already a dev dependency) to PNGs at every size the Chrome Web Store and the manifest
 * ask for (16, 32, 48, 128), into `extension/public/icon/<size>.png`. The PNGs are committed, so a build
 * needs no browser; run this again only after changing the SVG.
 *
 * Usage: `node --import tsx scripts/make-icons.ts`
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from '../tests/e2e/harness.ts';

/** The sizes of the manifest's `icons` (the store listing uses 128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = readFileSync(join(ROOT, 'scripts/icon.svg'), 'utf8');
const outDir = join(ROOT, 'extension/public/icon');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}</body></html>`);
    await page.locator('svg').screenshot({ path: join(outDir, `${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Icons written to ${outDir}: ${ICON_SIZES.map((s) => `${s}.png`).join(', ')}.`);
