import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, openPanel, type ExtensionBrowser } from './harness.ts';

function builtScripts(dir = EXTENSION_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? builtScripts(join(dir, e.name)) : e.name.endsWith('.js') || e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('the real side panel', () => {
  it('declares the side panel, the toolbar button and only the permissions it uses', async () => {
    const page = await openPanel(browser);
    const manifest = await page.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.action).toBeDefined();
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // The team sheet's sign-in and host are optional, asked for only on "Connect"; no client id in this build.
    expect(manifest.optional_permissions).toEqual(['identity']);
    expect(manifest.optional_host_permissions).toContain('https://sheets.googleapis.com/*');
    expect(manifest).not.toHaveProperty('oauth2');
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('content_security_policy');
    await page.close();
  });

  it('ships no code that could reach the network or load remote code', () => {
    const files = builtScripts();
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // (XMLHttpRequest is not listed: papaparse bundles a remote-file loader Casekeeper never calls; the
      // request log in extension.test.ts checks at run time that nothing leaves the computer.)
      for (const api of ['fetch(', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts', 'eval(']) {
        // The one exception: the worker's Sheets client (README, "Side panel and the team's sheet"), which
        // talks only to the Sheets API and only after the teacher connects a sheet.
        if (api === 'fetch(' && file.endsWith('background.js')) {
          expect(text.split('fetch(').length - 1, 'one fetch, the Sheets client').toBe(1);
          expect(text).toContain('https://sheets.googleapis.com/');
          continue;
        }
        expect(text.includes(api), `${api} in ${file}`).toBe(false);
      }
    }
  });

  it('opens beside the page from a user gesture and renders', async () => {
    const page = await openPanel(browser);
    await page.evaluate(() => {
      document.addEventListener(
        'click',
        () => {
          void chrome.windows.getCurrent().then((w) => chrome.sidePanel.open({ windowId: w.id as number }));
        },
        { once: true },
      );
    });
    await page.locator('h1').click();
    await expect
      .poll(async () => page.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).map((c) => new URL(c.documentUrl ?? '').pathname)), { timeout: 10_000 })
      .toEqual(['/sidepanel.html']);
    // The panel is not a Playwright page; reach its document through the extension's own views.
    await expect
      .poll(() => page.evaluate(() => chrome.extension.getViews().filter((v) => v !== window).map((v) => `${v.location.pathname} ${v.document.querySelector('[role=tablist]')?.textContent ?? ''}`)))
      .toEqual(['/sidepanel.html TodayThis studentCaseload (0)ServicesProgressWorkloadPaper trailSettingsData']);
    await page.close();
  });
});
