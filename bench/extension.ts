/**
 * Extension figures, measured in real Chromium (headless) with the built extension:
 * - content-script bundle size (raw and gzip);
 * - time to read a page holding a 1,000-row caseload table (the page readers alone, in the page; and the
 *   whole round trip side panel → content script → side panel);
 * - side panel time to first render of the caseload (navigation start → first frame with rows drawn,
 *   including loading the bundle, reading and checking storage and computing deadlines) for 60 and 2,000
 *   students: the first opening after an import computes every student's deadlines; later openings reuse
 *   each unchanged student's remembered most-urgent deadline (components/caseload-rows.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { startDemoServer } from '../demo/serve.ts';
import { KNOWN_SYSTEMS } from '../extension/sites/known-systems.ts';
import { EXTENSION_DIR, grantSite, launchWithExtension, openPanel, openTab, ROOT, type ExtensionBrowser } from '../tests/e2e/harness.ts';
import { report } from './lib/measure.ts';

const RENDERED_MARK = 'casekeeper:caseload-rendered';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** A synthetic caseload (invented ids and names), dates spread over the last two years. */
function syntheticCaseload(n: number): object[] {
  const schools = ['Alder Elementary', 'Juniper Middle School', 'Cedar Ridge High School', 'Oak Grove Elementary'];
  const managers = ['Okafor, Daniel', 'Baptiste, Ana', 'Lindqvist, Mae'];
  const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => ({
    studentId: `S${10000 + i}`,
    firstName: `First${i}`,
    lastName: `Last${i}`,
    dateOfBirth: day(-3650 - (i % 2000)),
    grade: String(1 + (i % 12)),
    school: schools[i % schools.length],
    caseManager: managers[i % managers.length],
    lastIepDate: day((i * 7) % 700),
    lastEvaluationDate: day(-((i * 13) % 900)),
  }));
}

/** First-render times: the first opening after the import (nothing remembered), then the median of later ones. */
async function firstRender(browser: ExtensionBrowser, students: number): Promise<{ cold: number; warm: number }> {
  const seed = await openPanel(browser, undefined, 'tab=data');
  await seed.evaluate(async (list) => {
    await chrome.runtime.sendMessage({ type: 'data.delete-all', confirm: 'DELETE' });
    const reply = (await chrome.runtime.sendMessage({ type: 'caseload.import', students: list })) as { ok: boolean; error?: string };
    if (!reply.ok) throw new Error(reply.error);
  }, syntheticCaseload(students));
  await seed.close();
  const times: number[] = [];
  let cold = 0;
  for (let run = 0; run < 6; run++) {
    const page = await openPanel(browser, undefined, 'tab=caseload');
    await page.setViewportSize({ width: 360, height: 900 });
    const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, RENDERED_MARK, { timeout: 30_000 });
    const ms = (await handle.jsonValue()) as number;
    if (run === 0) cold = ms;
    else times.push(ms);
    if (process.env.BENCH_DETAIL) {
      console.log(await page.evaluate(() => JSON.stringify([...performance.getEntriesByType('measure'), ...performance.getEntriesByType('mark')].map((e) => [e.name, Math.round(e.startTime), Math.round(e.duration)]))));
    }
    await page.close();
  }
  return { cold, warm: median(times) };
}

export async function run(): Promise<void> {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  const content = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
  report('extension content-script bundle', content.length / 1024, 'KB');
  report('extension content-script bundle (gzip)', gzipSync(content).length / 1024, 'KB');
  report('extension side panel bundle (first load, without lazy sections)', sidepanelFirstLoad() / 1024, 'KB');

  const readers = await build({
    entryPoints: [join(ROOT, 'extension/sites/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'CasekeeperSites',
    write: false,
    platform: 'browser',
    target: 'chrome120',
    minify: true,
  });
  const readersJs = readers.outputFiles[0]?.text ?? '';

  const demo = await startDemoServer({ port: 0 });
  const browser = await launchWithExtension({ headless: true });
  try {
    for (const origin of KNOWN_SYSTEMS.find((s) => s.id === 'demo')?.origins ?? []) await grantSite(browser, origin);
    const { tabId, page } = await openTab(browser, `${demo.url}/caseload/1000.html`);
    const rows = await page.locator('tr').count();
    await page.addScriptTag({ content: readersJs });
    const inPage = await page.evaluate(() => {
      const api = (globalThis as unknown as { CasekeeperSites: { readPage(d: Document, u: URL): unknown } }).CasekeeperSites;
      const times: number[] = [];
      for (let i = 0; i < 12; i++) {
        const t = performance.now();
        api.readPage(document, new URL(location.href));
        if (i >= 2) times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] as number;
    });
    report(`extension read a page with a ${rows - 1}-row caseload table (readers, in page)`, inPage, 'ms', 50);

    const panel = await openPanel(browser, tabId);
    await panel.getByText('Allow a known IEP system').click();
    await panel.getByRole('button', { name: /Allow Casekeeper demo/ }).click();
    await panel.locator('[data-page-url]').waitFor();
    const roundTrip = await panel.evaluate(async (id) => {
      const times: number[] = [];
      for (let i = 0; i < 8; i++) {
        const t = performance.now();
        await chrome.tabs.sendMessage(id, { type: 'read-page' }, { frameId: 0 });
        if (i >= 2) times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] as number;
    }, tabId);
    report('extension read the same page, panel → content script → panel', roundTrip, 'ms', 50);

    for (const n of [60, 2000]) {
      const { cold, warm } = await firstRender(browser, n);
      report(`extension side panel first render, ${n.toLocaleString('en-US')} students, first opening after an import`, cold, 'ms', 300);
      report(`extension side panel first render, ${n.toLocaleString('en-US')} students, later openings (median of 5)`, warm, 'ms', 300);
    }
  } finally {
    await browser.close();
    await demo.close();
  }
}

/** Bytes the side panel loads before its first render: its page and the chunks it imports up front. */
function sidepanelFirstLoad(): number {
  const html = readFileSync(join(EXTENSION_DIR, 'sidepanel.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  return html.length + files.reduce((sum, f) => sum + statSync(join(EXTENSION_DIR, f)).size, 0);
}
