import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_SYSTEMS } from '../../extension/sites/known-systems.ts';
import { startDemo } from './demo-site.ts';
import { grantSite, launchWithExtension, openPanel, openTab, ROOT, type ExtensionBrowser } from './harness.ts';

/**
 * The page reader in real Chromium: it offers only what a person can see (the layout-dependent hiding
 * tricks need a real browser), posts nothing to the page, and cannot be stopped by the page.
 */
const DEMO_ORIGINS = KNOWN_SYSTEMS.find((s) => s.id === 'demo')?.origins ?? [];
let browser: ExtensionBrowser;
let demo: { url: string; close(): Promise<void> };
let readersJs = '';

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchWithExtension();
  for (const origin of DEMO_ORIGINS) await grantSite(browser, origin);
  // Every page records what is posted to it and the DOM events it sees, in its own (main) world.
  await browser.context.addInitScript(() => {
    const w = window as unknown as { __posted: unknown[] };
    w.__posted = [];
    window.addEventListener('message', (e) => w.__posted.push(e.data));
  });
  const bundle = await build({ entryPoints: [join(ROOT, 'extension/sites/index.ts')], bundle: true, format: 'iife', globalName: 'CasekeeperSites', write: false, platform: 'browser', target: 'chrome120' });
  readersJs = bundle.outputFiles[0]?.text ?? '';
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function readInPage(page: Page): Promise<{ fields: Record<string, string>; sources: Record<string, string> }> {
  await page.addScriptTag({ content: readersJs });
  return page.evaluate(() => {
    const api = (globalThis as unknown as { CasekeeperSites: { readPage(d: Document, u: URL): { fields: Record<string, string>; sources: Record<string, string> } } }).CasekeeperSites;
    return api.readPage(document, new URL(location.href));
  });
}

const VISIBLE = {
  lastName: 'Sanchez',
  firstName: 'Elena',
  studentId: 'S-VISIBLE',
  dateOfBirth: '2013-02-28',
  grade: '5',
  school: 'Mesquite Ridge Elementary',
  caseManager: 'Ward, Peter',
  disability: 'Speech or Language Impairment',
  lastIepDate: '2025-03-05',
  annualReviewDue: '2026-03-04',
  reevaluationDue: '2027-02-10',
};

describe('the page reader in Chromium', () => {
  it('reads only what a person can see: class-hidden, off-screen, zero-size, clipped, moved, transparent, hidden and aria-hidden decoys are ignored', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${demo.url}/hidden/student.html`);
    const reading = await readInPage(page);
    expect(reading.fields).toEqual(VISIBLE);
    expect(reading.sources.annualReviewDue).toBe('Annual Review Due');
    await page.close();
  });

  it('does not hide a zero-size box that lets its text overflow into view', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${demo.url}/hidden/student.html`);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('afterbegin', '<div style="width:0;height:0"><p>Grade: 3</p></div>');
    });
    // A zero-size box that does not clip still shows its text: it is read (and, being first, wins).
    expect((await readInPage(page)).fields.grade).toBe('3');
    await page.close();
  });

  it('offers the visible record in the panel, never a hidden decoy, and posts nothing to the page', async () => {
    const { tabId, page } = await openTab(browser, `${demo.url}/hidden/student.html`);
    const panel = await openPanel(browser, tabId);
    await panel.getByText('Allow a known IEP system').click();
    await panel.getByRole('button', { name: /Allow Casekeeper demo/ }).click();
    await panel.getByRole('heading', { name: 'Elena Sanchez' }).waitFor();
    await panel.locator('details.compare > summary').click();
    const table = await panel.getByRole('table').innerText();
    expect(table).toMatch(/Student ID\s+S-VISIBLE/);
    expect(table).toMatch(/Annual Review Due\s+2026-03-04/);
    expect(table).not.toMatch(/S-CLASS-HIDDEN|2001-01-01|2020-01-01|Decoy/);
    expect(await panel.getByText(/read from “Annual Review Due”/).count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Read the page again' }).click();
    await panel.getByRole('heading', { name: 'Elena Sanchez' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('keeps following a single-page app after the page forges the "newer script started" event', async () => {
    const { tabId, page } = await openTab(browser, `${demo.url}/seis/student/1001`);
    const panel = await openPanel(browser, tabId);
    await panel.getByRole('heading', { name: 'Maya Rivera' }).waitFor();
    // What a page would send to stop WXT's content script: the event name holds the (public) extension id.
    await page.evaluate((id) => {
      for (const name of [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started']) {
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
        window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
      }
    }, browser.extensionId);
    await page.getByRole('link', { name: 'Student 1002' }).click();
    await panel.getByRole('heading', { name: 'Leo Chen' }).waitFor();
    await panel.getByRole('button', { name: 'Read the page again' }).click();
    await panel.getByRole('heading', { name: 'Leo Chen' }).waitFor();
    const posted = (await page.evaluate(() => (window as unknown as { __posted: { messageId?: string }[] }).__posted)).filter((m) => m?.messageId !== 'forged');
    expect(posted).toEqual([]);
    await panel.close();
    await page.close();
  });
});
