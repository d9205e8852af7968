import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageAll, type PackageResult } from '../../scripts/package.ts';
import { presentDate, readCaseloadFiles } from '../../shared/index.ts';
import { EXAMPLE_TODAY } from '../../scripts/tour.ts';
import { CHROMIUM, launchWithExtension, type ExtensionBrowser } from '../e2e/harness.ts';
import { importExamples } from '../e2e/import-examples.ts';

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
  let dir: string;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casekeeper-unzipped-'));
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    browser = await launchWithExtension({ extensionDir: dir });
    // The example's today, so what the walk below reads does not change with the calendar on the wall.
    await browser.context.clock.setFixedTime(new Date(`${EXAMPLE_TODAY}T12:00:00`));
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('unzipped as a teacher would, loads (worker running, icons found) and opens the side panel', async () => {
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
    await page.close();
  }, 90_000);

  it("imports examples/ (the good rows, each problem listed and kept beside its student), then walks Today, a student, the caseload and settings", async () => {
    const dirOf = join(ROOT, 'examples', 'caseload');
    const expected = readCaseloadFiles(Object.fromEntries(readdirSync(dirOf).map((f) => [f, readFileSync(join(dirOf, f), 'utf8')])));
    const errors: string[] = [];
    const panel = await browser.context.newPage();
    panel.on('pageerror', (e) => errors.push(e.message));
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);

    // The import: every problem of the files listed before anything is written, then the good rows.
    const { problems, imported } = await importExamples(panel);
    expect(problems).toHaveLength(expected.problems.length);
    expect(problems.join('\n')).toMatch(/Students, row 9, Last IEP Date “next week”/);
    expect(imported).toMatch(new RegExp(`^Imported\\. Students: ${expected.caseload.students.length} added`));
    expect(await panel.getByRole('tab', { name: /^Caseload/ }).innerText()).toContain(`(${expected.caseload.students.length})`);

    // Today: where the panel opens, on the example's date, each name one tap from its student.
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    expect(await panel.getByRole('tab', { selected: true }).innerText()).toBe('Today');
    await panel.getByRole('heading', { name: `Today, ${presentDate(EXAMPLE_TODAY, 'long')}` }).waitFor();
    const due = panel.getByRole('list', { name: /Overdue and due this week/ });
    await due.waitFor();
    const first = due.locator(':scope > li').first();
    expect(await first.innerText()).toMatch(/Overdue[\s\S]*days? overdue/);
    const name = (await first.getByRole('button').first().innerText()).trim();
    await first.getByRole('button', { name }).click();

    // A student: their name, their deadlines with the reason for each date.
    await panel.getByRole('heading', { name }).waitFor();
    const card = panel.locator('section[aria-labelledby="detail-heading"]');
    expect(await card.innerText()).toMatch(/Overdue[\s\S]*Due \d{1,2}\/\d{1,2}\/\d{4}[\s\S]*Why this date/);

    // The caseload: every good row, most urgent first; a student whose row had a problem shows it beside them.
    await panel.getByRole('button', { name: /Back to caseload/ }).click();
    const list = panel.getByRole('list', { name: 'Students, most urgent first' });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBeGreaterThan(5);
    await panel.getByLabel('Search').fill('S1008');
    await list.getByText(/⚠ 1 problem from the last import/).waitFor();
    await list.getByRole('button').first().click();
    expect(await panel.getByRole('list', { name: 'Problems from the last import' }).innerText()).toMatch(/Students, row 9, Last IEP Date “next week”: .*not a date/);

    // Settings: the school calendar imported first is there; the demo site is not among the known systems.
    await panel.getByRole('tab', { name: /^Settings/ }).click();
    await panel.locator('#settings-heading').waitFor();
    const settings = await panel.locator('body').innerText();
    expect(settings).toMatch(/School calendar[\s\S]*Remove calendar/);
    expect(settings).not.toContain('Casekeeper demo IEP site');
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await panel.close();
  }, 120_000);
});
