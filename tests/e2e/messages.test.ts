import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_SYSTEMS } from '../../extension/sites/known-systems.ts';
import { startDemo } from './demo-site.ts';
import { grantSite, launchWithExtension, openPanel, openTab, readStore, type ExtensionBrowser } from './harness.ts';

/**
 * Messages sent from inside the content script's own world (reached through the DevTools protocol, as a
 * compromised page reader would send them): privileged, unknown and oversize ones are all refused.
 */
const DEMO_ORIGINS = KNOWN_SYSTEMS.find((s) => s.id === 'demo')?.origins ?? [];
let browser: ExtensionBrowser;
let demo: { url: string; close(): Promise<void> };
let panel: Page;
let cdp: CDPSession;
let contentWorld: number;

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchWithExtension();
  for (const origin of DEMO_ORIGINS) await grantSite(browser, origin);
  const { tabId, page } = await openTab(browser, `${demo.url}/seis/student/1001`);
  panel = await openPanel(browser, tabId);
  await panel.getByText('Allow a known IEP system').click();
  await panel.getByRole('button', { name: /Allow Casekeeper demo/ }).click();
  await panel.getByRole('button', { name: 'Add to caseload' }).click();
  await panel.getByText('Added to your caseload.').waitFor();

  cdp = await browser.context.newCDPSession(page);
  const worlds: { id: number; origin: string; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; name: string } }) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  // Runtime.enable reports every existing context, the content script's isolated world among them.
  const world = worlds.find((w) => w.origin === `chrome-extension://${browser.extensionId}`);
  if (!world) throw new Error(`No content-script world in the page: ${JSON.stringify(worlds)}`);
  contentWorld = world.id;
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function sendFromContentScript(message: string): Promise<unknown> {
  const result = (await cdp.send('Runtime.evaluate', {
    expression: `chrome.runtime.sendMessage(${message})`,
    contextId: contentWorld,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: unknown }; exceptionDetails?: unknown };
  if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails));
  return result.result.value;
}

describe('messages from a content script', () => {
  it('refuses delete-all and export, and the caseload is still there', async () => {
    expect(await sendFromContentScript(`{ type: 'data.delete-all', confirm: 'DELETE' }`)).toEqual({
      ok: false,
      error: '"data.delete-all" is only accepted from Casekeeper\'s own panel.',
    });
    expect(await sendFromContentScript(`{ type: 'data.export', format: 'csv', today: '2026-11-23' }`)).toMatchObject({ ok: false });
    expect(await sendFromContentScript(`{ type: 'caseload.upsert', student: { studentId: 'EVIL' } }`)).toMatchObject({ ok: false });
    const students = (await readStore(panel, 'students')) as { studentId: string }[];
    expect(students.map((s) => s.studentId)).toEqual(['1001']);
  });

  it('refuses unknown and oversize messages, and the worker keeps answering', async () => {
    expect(await sendFromContentScript(`{ type: 'eval', code: 'fetch("https://example.com")' }`)).toMatchObject({ ok: false });
    expect(await sendFromContentScript(`{ type: 'page-changed', url: 'x'.repeat(100000) }`)).toEqual({ ok: false, error: 'Message too large.' });
    expect(await sendFromContentScript(`{ type: 'page-changed', url: location.href }`)).toEqual({ ok: true, value: null });
  });
});
