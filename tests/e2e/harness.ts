import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Starts Chromium with the built extension, for the end-to-end tests, the tour and the benchmark.
 *
 * Granting a site in automation: `chrome.permissions.request()` opens Chromium's permission prompt, which
 * automation cannot click. {@link grantSite} gives the same grant the way a user can without the prompt:
 * on the extension's details page (chrome://extensions → Site access), through that page's own
 * `developerPrivate.addHostPermission`. After that the panel's "Allow" button's `permissions.request()`
 * resolves at once (already granted), so the rest of the flow runs as for a user.
 */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * `userDataDir`: a profile folder to use and keep (to close and relaunch the browser on the same profile);
 * without it a fresh profile is made and removed on close.
 */
export async function launchWithExtension(options: { headless?: boolean; extensionDir?: string; userDataDir?: string } = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'casekeeper-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Grants the extension a site (what the user does on chrome://extensions → Site access). */
export async function grantSite(browser: ExtensionBrowser, pattern: string): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${browser.extensionId}`);
    await page.evaluate(
      ([id, p]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id as string, p as string),
      [browser.extensionId, pattern],
    );
  } finally {
    await page.close();
  }
}

/** The side panel page opened in a tab, bound to the tab `tabId` (what the real panel does for the active tab). */
export async function openPanel(browser: ExtensionBrowser, tabId?: number, search = ''): Promise<Page> {
  const page = await browser.context.newPage();
  const params = new URLSearchParams(search);
  if (tabId !== undefined) params.set('tabId', String(tabId));
  // Bound to a tab to read its student: open on "This student" (the panel itself opens on Today).
  if (tabId !== undefined && !params.has('tab')) params.set('tab', 'student');
  const query = params.toString();
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html${query ? `?${query}` : ''}`);
  return page;
}

/** Opens a web page in a new tab through the extension (so its tab id is known) and waits for it to load. */
export async function openTab(browser: ExtensionBrowser, url: string): Promise<{ tabId: number; page: Page }> {
  const helper = await browser.context.newPage();
  await helper.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=data`);
  const pagePromise = browser.context.waitForEvent('page', (p) => p.url().startsWith(url.slice(0, 20)));
  const tabId = await helper.evaluate(
    async (u) => ((await (globalThis as unknown as { chrome: { tabs: { create(o: { url: string; active: boolean }): Promise<{ id: number }> } } }).chrome.tabs.create({ url: u, active: false })).id),
    url,
  );
  const page = await pagePromise;
  await page.waitForLoadState('load');
  await helper.close();
  return { tabId, page };
}

/** Reads every record of one store of the extension's IndexedDB, from an extension page. */
export function readStore(page: Page, store: 'students' | 'settings' | 'taught' | 'audit'): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('casekeeper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
