/**
 * Extension figures, measured in real Chromium (headless) with the built extension:
 * - content-script bundle size (raw and gzip);
 * - time to read a page holding a 1,000-row caseload table (the page readers alone, in the page; and the
 *   whole round trip side panel → content script → side panel);
 * - side panel time to first render of the caseload (navigation start → first frame with rows drawn,
 *   including loading the bundle, reading and checking storage and computing deadlines) for an empty
 *   caseload, and 60 and 2,000 students with every table filled (200 sessions a student), reported as the
 *   ratio to the empty panel in the same run: the first opening after an import computes every student's
 *   deadlines; later openings reuse each unchanged student's remembered most-urgent deadline
 *   (components/caseload-rows.ts);
 * - reading and validating a 2,000-student caseload zip (400,000 sessions) in the panel's Data view, and
 *   the heap it takes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { startDemoServer } from '../demo/serve.ts';
import { KNOWN_SYSTEMS } from '../extension/sites/known-systems.ts';
import { EXTENSION_DIR, grantSite, launchWithExtension, openPanel, openTab, ROOT, type ExtensionBrowser } from '../tests/e2e/harness.ts';
import { writeCaseloadFiles, zipCaseloadFiles } from '../shared/index.ts';
import { report } from './lib/measure.ts';
import { syntheticCaseload } from './lib/synthetic-caseload.ts';

const RENDERED_MARK = 'casekeeper:caseload-rendered';
const ZIP_READ_MEASURE = 'casekeeper:caseload-zip-read';
const TABLES_READ_MARK = 'casekeeper:tables-read';
const SERVICES_RENDERED_MEASURE = 'casekeeper:services-rendered';
const WORKLOAD_PLANNED_MEASURE = 'casekeeper:workload-planned';
const COMPLIANCE_MEASURE = 'casekeeper:compliance-computed';

/** A view's own measures once every table is read (the view opened directly), each the median of `runs` openings. */
async function viewMeasure(browser: ExtensionBrowser, tab: string, measures: readonly string[], runs = 3): Promise<number[]> {
  const times: number[][] = measures.map(() => []);
  for (let run = 0; run < runs; run++) {
    const page = await openPanel(browser, undefined, `tab=${tab}`);
    await page.setViewportSize({ width: 360, height: 900 });
    for (const [i, measure] of measures.entries()) {
      const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.duration, measure, { timeout: 120_000 });
      times[i]?.push((await handle.jsonValue()) as number);
    }
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, TABLES_READ_MARK, { timeout: 120_000 });
    await page.close();
  }
  return times.map(median);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Empties Casekeeper's storage, then imports a caseload zip through the worker, as the Data view does. */
async function seed(browser: ExtensionBrowser, zip: Uint8Array | null): Promise<void> {
  const page = await openPanel(browser, undefined, 'tab=data');
  await page.evaluate(
    async (b64) => {
      await chrome.runtime.sendMessage({ type: 'data.delete-all', confirm: 'DELETE' });
      if (!b64) return;
      const reply = (await chrome.runtime.sendMessage({ type: 'caseload.import-zip', zip: b64 })) as { ok: boolean; error?: string };
      if (!reply.ok) throw new Error(reply.error);
    },
    zip ? Buffer.from(zip).toString('base64') : '',
  );
  await page.close();
  // The browser's storage finishes a read even for a closed page (the import's change made it read every
  // table again): let a fresh page read everything once, so the next opening does not wait behind it.
  const settle = await openPanel(browser, undefined, 'tab=data');
  await settle.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, TABLES_READ_MARK, { timeout: 120_000 });
  await settle.close();
}

/**
 * First-render times of the caseload view: the first opening after seeding (nothing remembered), then the
 * median of later ones; and the median time from opening the panel to every table read from storage and checked.
 */
async function firstRender(browser: ExtensionBrowser): Promise<{ cold: number; warm: number; tablesRead: number }> {
  const times: number[] = [];
  const tablesRead: number[] = [];
  let cold = 0;
  for (let run = 0; run < 6; run++) {
    const page = await openPanel(browser, undefined, 'tab=caseload');
    await page.setViewportSize({ width: 360, height: 900 });
    const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, RENDERED_MARK, { timeout: 60_000 });
    const ms = (await handle.jsonValue()) as number;
    if (run === 0) cold = ms;
    else times.push(ms);
    // Let the page finish reading the other tables before closing it: the browser's storage finishes a
    // read even for a closed page, and the next opening would wait behind it.
    const read = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, TABLES_READ_MARK, { timeout: 120_000 });
    tablesRead.push((await read.jsonValue()) as number);
    if (process.env.BENCH_DETAIL) {
      console.log(await page.evaluate(() => JSON.stringify([...performance.getEntriesByType('measure'), ...performance.getEntriesByType('mark')].map((e) => [e.name, Math.round(e.startTime), Math.round(e.duration)]))));
    }
    await page.close();
  }
  return { cold, warm: median(times), tablesRead: median(tablesRead) };
}

/** Reading and validating a caseload zip in the panel's Data view (as a teacher choosing the file), and the heap it takes. */
async function zipReadInPanel(browser: ExtensionBrowser, zip: Uint8Array): Promise<{ ms: number; heapMb: number }> {
  const page = await openPanel(browser, undefined, 'tab=data');
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  await page.getByLabel(/^Caseload:/).waitFor();
  const before = await heap();
  await page.getByLabel(/^Caseload:/).setInputFiles({ name: 'caseload.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.duration, ZIP_READ_MEASURE, { timeout: 120_000 });
  const ms = (await handle.jsonValue()) as number;
  await page.getByRole('button', { name: /^Import/ }).waitFor({ timeout: 60_000 });
  const after = await heap();
  await page.close();
  return { ms, heapMb: (after - before) / (1024 * 1024) };
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

    // First render beside an empty panel, in the same Chromium run: ratios are the figure of record.
    await seed(browser, null);
    const empty = await firstRender(browser);
    report('extension side panel first render, empty caseload (later openings, median of 5)', empty.warm, 'ms');
    for (const n of [60, 2000]) {
      await seed(browser, zipCaseloadFiles(writeCaseloadFiles(syntheticCaseload(n))));
      const { cold, warm, tablesRead } = await firstRender(browser);
      const target = n === 60 ? 1.3 : 2;
      if (n === 2000) report('extension panel: every table read from storage and checked, 2,000 students (panel opened → tables read, median of 6)', tablesRead, 'ms');
      report(`extension side panel first render, ${n.toLocaleString('en-US')} students, every table filled, first opening after an import`, cold, 'ms');
      report(`extension side panel first render, ${n.toLocaleString('en-US')} students, every table filled, later openings (median of 5)`, warm, 'ms');
      report(`extension side panel first render ratio, ${n.toLocaleString('en-US')} students ÷ empty (later openings)`, warm / empty.warm, '×', target);
      if (n === 2000) {
        // The tables are read first (storage); these are the views' own work once they are in memory.
        const [services, compliance] = await viewMeasure(browser, 'services', [SERVICES_RENDERED_MEASURE, COMPLIANCE_MEASURE]);
        // The service minutes are worked out once as the tables are read (shared by Today and Services), before the view's first render: reported beside it.
        report('extension panel: service minutes worked out as the tables are read, 2,000 students (shared by Today and Services; median of 3)', compliance as number, 'ms');
        report('extension panel Services view first render, 2,000 students (tables read → frame drawn; opened directly, so the minutes are worked out in that render; median of 3)', services as number, 'ms', 300);
        report('extension panel Workload view: working out the plan, 2,000 students, every table (median of 3)', (await viewMeasure(browser, 'workload', [WORKLOAD_PLANNED_MEASURE]))[0] as number, 'ms');
      }
    }

    // Into an empty panel (a first import), so the panel is not also reading a stored caseload meanwhile.
    await seed(browser, null);
    const big = zipCaseloadFiles(writeCaseloadFiles(syntheticCaseload(2000)));
    const read = await zipReadInPanel(browser, big);
    report(`extension panel: read and validate a ${(big.length / 1024 / 1024).toFixed(1)} MB caseload zip (2,000 students, 400,000 sessions)`, read.ms, 'ms', 4000);
    report('extension panel: heap held after reading that zip (the preview kept)', read.heapMb, 'MB');
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
