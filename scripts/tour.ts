/**
 * `npm start` / `npm run tour`: builds the extension (and the Apps Script bundle when that build exists),
 * serves the demo IEP site on this computer, and opens Chromium with Casekeeper loaded on it.
 *
 * With a display: a normal Chromium window on the demo site; click the Casekeeper toolbar button to open
 * the side panel, then "Allow Casekeeper on 127.0.0.1". Close the window (or Ctrl+C) to stop.
 * Without a display (or with --headless): the same tour runs headless and writes a screenshot of the side
 * panel (360 px wide) beside each demo page into screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES, startDemoServer } from '../demo/serve.ts';
import { importCaseloadCsv, parseSchoolCalendar } from '../shared/index.ts';
import { KNOWN_SYSTEMS } from '../extension/sites/known-systems.ts';
import { CHROMIUM, grantSite, launchWithExtension, openPanel, openTab, ROOT } from '../tests/e2e/harness.ts';

const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

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

function slug(path: string): string {
  return path.replace(/^\//, '').replace(/\.html$/, '').replace(/[^a-z0-9]+/gi, '-');
}

async function headlessTour(demoUrl: string): Promise<void> {
  const outDir = join(ROOT, 'screenshots');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const browser = await launchWithExtension({ headless: true });
  try {
    const demoOrigins = KNOWN_SYSTEMS.find((s) => s.id === 'demo')?.origins ?? [];
    for (const origin of demoOrigins) await grantSite(browser, origin);
    const first = DEMO_PAGES[0]?.path ?? '/';
    const { tabId, page: site } = await openTab(browser, `${demoUrl}${first}`);
    const panel = await openPanel(browser, tabId);
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.getByText('Allow a known IEP system').click();
    await panel.getByRole('button', { name: /Allow Casekeeper demo/ }).click();
    let n = 0;
    const shot = async (name: string) => {
      n++;
      const file = join(outDir, `${String(n).padStart(2, '0')}-${name}.png`);
      await panel.screenshot({ path: file, fullPage: true });
      return file;
    };
    for (const demoPage of DEMO_PAGES) {
      if (demoPage.path !== first) await site.goto(`${demoUrl}${demoPage.path}`);
      await panel.locator(`[data-page-url="${site.url()}"]`).waitFor({ timeout: 15_000 });
      const add = panel.getByRole('button', { name: 'Add to caseload' });
      if (demoPage.path.startsWith('/seis/') && (await add.count())) {
        await add.click();
        await panel.getByText('Added to your caseload.').waitFor();
      }
      step(`${demoPage.title}: ${await shot(slug(demoPage.path))}`);
    }
    // The example caseload and school calendar, as a teacher would bring them in from the Data and
    // Settings tabs, so the Caseload tab shows a realistic list.
    const { students } = importCaseloadCsv(readFileSync(join(ROOT, 'examples', 'caseload', 'students.csv'), 'utf8'));
    const calendar = parseSchoolCalendar(readFileSync(join(ROOT, 'examples', 'school-calendar.json'), 'utf8'));
    await panel.evaluate(
      async ({ list, cal }) => {
        for (const message of [{ type: 'caseload.import', students: list }, ...(cal ? [{ type: 'settings.save', settings: { calendar: cal } }] : [])]) {
          const reply = (await chrome.runtime.sendMessage(message)) as { ok: boolean; error?: string };
          if (!reply.ok) throw new Error(reply.error);
        }
      },
      { list: students, cal: calendar.ok ? calendar.value : undefined },
    );
    step(`Imported the example caseload (${students.length} students) and school calendar.`);
    for (const tab of ['Caseload', 'Settings', 'Data']) {
      await panel.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await panel.locator(`#${tab.toLowerCase()}-heading`).waitFor();
      step(`${tab} tab: ${await shot(`panel-${tab.toLowerCase()}`)}`);
    }
    console.log(`\nNo display here, so the tour ran headless: ${n} screenshots of the side panel are in screenshots/.`);
  } finally {
    await browser.close();
  }
}

async function headedTour(demoUrl: string): Promise<void> {
  const browser = await launchWithExtension({ headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${demoUrl}/`);
  console.log(`\nChromium is open on the demo IEP site (${demoUrl}) with Casekeeper loaded.`);
  console.log('Click the Casekeeper toolbar button (puzzle piece → Casekeeper) to open the side panel,');
  console.log('then "Allow Casekeeper on 127.0.0.1". Close the browser window or press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    browser.context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await browser.close().catch(() => undefined);
}

build();
if (!existsSync(CHROMIUM)) {
  console.log(`\nChromium is not installed at ${CHROMIUM}, so the tour stops here (install it with "apt-get install chromium",`);
  console.log('or set CHROMIUM_PATH). The extension is built in .output/chrome-mv3: load it in Chrome from chrome://extensions');
  console.log('(Developer mode → Load unpacked).');
  process.exit(0);
}
const demo = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
step(`Demo IEP site: ${demo.url}`);
try {
  if (headless) await headlessTour(demo.url);
  else await headedTour(demo.url);
} finally {
  await demo.close();
}
