import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageAll, type PackageResult } from '../../scripts/package.ts';
import { CHROMIUM, launchWithExtension } from '../e2e/harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let result: PackageResult;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  result = await packageAll();
  files = unzipSync(new Uint8Array(readFileSync(result.extensionZip)));
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(strFromU8(bytes.subarray(1, 4))).toBe('PNG');
  return [view.getUint32(16), view.getUint32(20)];
}

describe('npm run package', () => {
  it('makes a store zip whose manifest sits at the top, with icons at 16, 32, 48 and 128 that are there at those sizes', () => {
    expect(result.extensionZip).toMatch(/dist\/casekeeper-\d+\.\d+\.\d+-chrome\.zip$/);
    const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array)) as { manifest_version: number; version: string; icons: Record<string, string>; action: { default_icon: Record<string, string> } };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(Object.keys(manifest.icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
    for (const [size, path] of [...Object.entries(manifest.icons), ...Object.entries(manifest.action.default_icon)]) {
      const png = files[path];
      expect(png, path).toBeDefined();
      expect(pngSize(png as Uint8Array)).toEqual([Number(size), Number(size)]);
    }
  });

  it('holds no source maps, tests, TypeScript sources or dotfiles', () => {
    const names = Object.keys(files);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      expect(name).not.toMatch(/\.map$|\.test\.|\.spec\.|\.tsx?$|(^|\/)\.|node_modules|test-setup/);
    }
    for (const [name, bytes] of Object.entries(files)) if (name.endsWith('.js')) expect(strFromU8(bytes), name).not.toMatch(/sourceMappingURL/);
  });

  it('does not list the demo site among the known IEP systems', () => {
    const code = Object.entries(files)
      .filter(([name]) => name.endsWith('.js'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(code).toContain('Frontline eSped');
    expect(code).not.toContain('Casekeeper demo IEP site');
  });

  it('builds the Sheets add-on beside it, and the store texts are in docs/', () => {
    expect(existsSync(join(result.appsScriptDir, 'Code.js'))).toBe(true);
    expect(existsSync(join(result.appsScriptDir, 'appsscript.json'))).toBe(true);
    for (const doc of ['docs/store-listing.md', 'docs/privacy-practices.md']) expect(readFileSync(join(ROOT, doc), 'utf8').length, doc).toBeGreaterThan(500);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('the packaged zip in Chromium', () => {
  it('unzipped as a teacher would, loads (worker running, icons found) and opens the side panel', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casekeeper-unzipped-'));
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const browser = await launchWithExtension({ extensionDir: dir });
    try {
      expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
      const errors: string[] = [];
      const page = await browser.context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      const icon = await page.goto(`chrome-extension://${browser.extensionId}/icon/128.png`);
      expect(icon?.ok()).toBe(true);
      await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
      await page.waitForFunction(() => (document.body.textContent ?? '').trim().length > 20, undefined, { timeout: 20_000 });
      expect(await page.textContent('body')).toContain('Casekeeper');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
