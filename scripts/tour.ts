/**
 * `npm start` / `npm run tour`: builds the extension (and the Apps Script bundle when that build exists),
 * serves the demo IEP site on this computer, and opens Chromium with Casekeeper loaded on it.
 *
 * With a display: Chromium on the demo site's student page with Casekeeper's panel in a narrow window
 * beside it, both on the example's "today"; in the panel, "Allow Casekeeper on 127.0.0.1". Close the
 * window (or Ctrl+C) to stop.
 * Without a display (or with --headless): the tour runs headless as a teacher's first hour would, on the
 * example's "today" (the date `npm start`'s deadline table uses): it imports the example school calendar
 * (Settings), then the example caseload as a zip through the Data view (the problems listed, the good
 * rows imported), and writes screenshots into docs/images/ (tour-*.png): the demo IEP page with the panel
 * beside it, Today, a student, the caseload and the settings. Each screen's text is checked for internal
 * names (rule ids, record keys, reader names) before its picture is kept.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { DEMO_PAGES, startDemoServer } from '../demo/serve.ts';
import { KNOWN_SYSTEMS } from '../extension/sites/known-systems.ts';
import { CHROMIUM, grantSite, launchWithExtension, openPanel, openTab, ROOT } from '../tests/e2e/harness.ts';
import { findInternalWords } from '../tests/e2e/find-internal-words.ts';
import { importExamples } from '../tests/e2e/import-examples.ts';

/** The example's "today": the `--today` of `npm start`'s deadline table, so the table and the panel agree. */
export const EXAMPLE_TODAY: string = (() => {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const found = /--today (\d{4}-\d{2}-\d{2})/.exec(scripts.start ?? '')?.[1];
  if (!found) throw new Error('package.json\'s "start" script names no --today date for the example.');
  return found;
})();

/** One screen the tour kept: its picture and the text a person reads on the panel. */
export interface TourShot {
  name: string;
  file: string;
  text: string;
  /** Internal names the screen shows (rule ids, record keys, reader names…): empty when it is all plain words. */
  internal: string[];
}

function step(text: string): void {
  console.log(`• ${text}`);
}

function build(): void {
  step('Building the extension (wxt build → .output/chrome-mv3)…');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (scripts['build:gas']) {
    step('Building the Apps Script bundle (npm run build:gas)…');
    execFileSync('npm', ['run', '--silent', 'build:gas'], { cwd: ROOT, stdio: 'ignore' });
  }
}

/** The demo IEP page with the panel beside it, as one picture (drawn on a blank page from the two screenshots). */
async function besideEachOther(site: Page, panel: Page, file: string): Promise<void> {
  const left = (await site.screenshot()).toString('base64');
  const right = (await panel.screenshot()).toString('base64');
  const sheet = await site.context().newPage();
  try {
    await sheet.setViewportSize({ width: 960 + 1 + 360, height: 900 });
    await sheet.setContent(
      `<body style="margin:0;display:flex;background:#888;gap:1px"><img alt="" src="data:image/png;base64,${left}" width="960" height="900"><img alt="" src="data:image/png;base64,${right}" width="360" height="900"></body>`,
    );
    await sheet.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    await sheet.screenshot({ path: file });
  } finally {
    await sheet.close();
  }
}

/**
 * The headless tour over a running demo site (see the file's comment). Returns each screen kept, with the
 * internal names it shows (rule ids, record keys, reader names, "add a school calendar" while one is loaded).
 */
export async function headlessTour(demoUrl: string, options: { outDir?: string; extensionDir?: string } = {}): Promise<TourShot[]> {
  const outDir = options.outDir ?? join(ROOT, 'docs', 'images');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchWithExtension({ headless: true, ...(options.extensionDir ? { extensionDir: options.extensionDir } : {}) });
  const shots: TourShot[] = [];
  try {
    // Every page of the tour, the panel's included, reads the example's date as today (noon, local time).
    await browser.context.clock.setFixedTime(new Date(`${EXAMPLE_TODAY}T12:00:00`));
    const demoOrigins = KNOWN_SYSTEMS.find((s) => s.id === 'demo')?.origins ?? [];
    for (const origin of demoOrigins) await grantSite(browser, origin);
    const first = DEMO_PAGES[0]?.path ?? '/';
    const { tabId, page: site } = await openTab(browser, `${demoUrl}${first}`);
    await site.setViewportSize({ width: 960, height: 900 });
    const panel = await openPanel(browser, tabId);
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.getByText('Allow a known IEP system').click();
    await panel.getByRole('button', { name: /Allow Casekeeper demo/ }).click();
    const tab = async (name: string) => {
      await panel.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
    };
    const keep = async (name: string, take: (file: string) => Promise<void>) => {
      const text = await panel.evaluate(() => document.body.innerText);
      const internal = findInternalWords(text, { calendarLoaded: true });
      const file = join(outDir, `tour-${name}.png`);
      await take(file);
      shots.push({ name, file, text, internal });
      step(`${name}: ${file}${internal.length ? ` (shows words a teacher should not have to read: ${internal.join(', ')})` : ''}`);
    };

    // 1–2. The school calendar first (Settings), so every school-day count is there from the start; then
    // the caseload through the Data view: the problems listed, then the good rows on the teacher's word.
    const { problems, imported } = await importExamples(panel);
    step(`Imported the example school calendar (Settings), then the example caseload (Data → Caseload zip): ${problems.length} problems listed; ${imported}`);

    // 3. The demo IEP page with the panel beside it, on the student it shows.
    await tab('This student');
    await panel.locator(`[data-page-url="${site.url()}"]`).waitFor({ timeout: 15_000 });
    await keep('demo-page', (file) => besideEachOther(site, panel, file));

    // 4. Today, where the panel opens.
    await tab('Today');
    await panel.locator('#today-heading').waitFor();
    await keep('today', (file) => panel.screenshot({ path: file }).then(() => undefined));

    // 5. The caseload, then one student from it.
    await tab('Caseload');
    await panel.getByRole('list', { name: 'Students, most urgent first' }).waitFor();
    await keep('caseload', (file) => panel.screenshot({ path: file }).then(() => undefined));
    await panel.getByRole('list', { name: 'Students, most urgent first' }).getByRole('button').first().click();
    await panel.locator('#detail-heading').waitFor();
    await keep('student', (file) => panel.screenshot({ path: file }).then(() => undefined));

    // 6. The settings, with the calendar loaded.
    await tab('Settings');
    await panel.locator('#settings-heading').waitFor();
    await keep('settings', (file) => panel.screenshot({ path: file }).then(() => undefined));
    return shots;
  } finally {
    await browser.close();
  }
}

/**
 * With a display: the demo IEP page, and Casekeeper's panel in a narrow window beside it (bound to that
 * tab, as the toolbar's side panel is). Both read the example's date as today; the browser's own side
 * panel cannot be reached by the automation that fixes the clock, so it would show the real date.
 */
async function headedTour(demoUrl: string): Promise<void> {
  const browser = await launchWithExtension({ headless: false });
  await browser.context.clock.setFixedTime(new Date(`${EXAMPLE_TODAY}T12:00:00`));
  const blank = browser.context.pages()[0];
  const { tabId, page } = await openTab(browser, `${demoUrl}${DEMO_PAGES[0]?.path ?? '/'}`);
  await page.bringToFront();
  await blank?.close();
  const helper = await browser.context.newPage();
  await helper.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=data`);
  const panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}&tab=student`;
  await helper.evaluate(
    (url) => (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome.windows.create({ url, type: 'popup', width: 400, height: 900 }),
    panelUrl,
  );
  await helper.close();
  console.log(`\nChromium is open on the demo IEP site (${demoUrl}) with Casekeeper's panel in the narrow window beside it;`);
  console.log(`both read ${EXAMPLE_TODAY} (the example's today) as today. In the panel: "Allow Casekeeper on 127.0.0.1",`);
  console.log('then Settings → Import the district calendar (examples/school-calendar.json) and Data → Caseload (a zip of');
  console.log('examples/caseload). Close the browser window or press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    browser.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await browser.close().catch(() => undefined);
}

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  build();
  if (!existsSync(CHROMIUM)) {
    console.log(`\nChromium is not installed at ${CHROMIUM}, so the tour stops here (install it with "apt-get install chromium",`);
    console.log('or set CHROMIUM_PATH). The extension is built in .output/chrome-mv3: load it in Chrome from chrome://extensions');
    console.log('(Developer mode → Load unpacked).');
    return;
  }
  const demo = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
  step(`Demo IEP site: ${demo.url}`);
  try {
    if (headless) {
      const shots = await headlessTour(demo.url);
      console.log(`\nNo display here, so the tour ran headless on ${EXAMPLE_TODAY}: ${shots.length} screenshots are in docs/images/ (tour-*.png).`);
      const unplain = shots.filter((s) => s.internal.length > 0);
      if (unplain.length) {
        console.log(`${unplain.length} of them show words a teacher should not have to read (listed above).`);
        process.exitCode = 1;
      }
    } else {
      await headedTour(demo.url);
    }
  } finally {
    await demo.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
