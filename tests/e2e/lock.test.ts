import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPanel, readStore, type ExtensionBrowser } from './harness.ts';

/**
 * The passphrase lock in real Chromium: set in the panel, the browser closed and started again on the same
 * profile (which empties `chrome.storage.session`, where the unlocked key was), then the unlock screen.
 */
const profile = mkdtempSync(join(tmpdir(), 'casekeeper-lock-'));
const PASS = 'maple syrup in november';
let browser: ExtensionBrowser | undefined;

afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

const send = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; error?: string }>;

describe('the passphrase lock', () => {
  it('asks for the passphrase after the browser restarts, refuses a wrong one, and opens with the right one', async () => {
    browser = await launchWithExtension({ userDataDir: profile });
    let panel = await openPanel(browser, undefined, 'tab=data');
    const student = { studentId: 'S7001', firstName: 'Rosa', lastName: 'Quintanilla', lastIepDate: '2026-03-02' };
    expect(await send(panel, { type: 'caseload.import', students: [student] })).toMatchObject({ ok: true });
    await panel.getByRole('tab', { name: 'Caseload (1)' }).waitFor();

    await panel.locator('#lock-passphrase').fill(PASS);
    await panel.locator('#lock-confirm').fill(PASS);
    await expect.poll(() => panel.getByText('A forgotten passphrase cannot be recovered', { exact: false }).count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Lock with a passphrase' }).click();
    await panel.getByText('Locked with a passphrase', { exact: false }).waitFor({ timeout: 20_000 });
    const stored = await panel.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('casekeeper');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows = await new Promise<unknown[]>((resolve) => {
        const r = db.transaction('students').objectStore('students').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v));
    });
    expect(stored).toContain('sealed');
    expect(stored).not.toContain('S7001');
    expect(stored).not.toContain('Quintanilla');
    expect(stored).not.toContain('Rosa');

    await browser.close();
    browser = await launchWithExtension({ userDataDir: profile });
    panel = await openPanel(browser, undefined, 'tab=caseload');
    await panel.getByRole('heading', { name: 'Casekeeper is locked' }).waitFor();
    expect(await panel.getByRole('tablist').count()).toBe(0);
    expect(await panel.getByText('Quintanilla').count()).toBe(0);
    expect(await send(panel, { type: 'data.export', format: 'json', today: '2026-11-23' })).toEqual({ ok: false, error: 'Casekeeper is locked' });

    await panel.getByLabel('Passphrase').fill('maple syrup in december');
    await panel.getByRole('button', { name: 'Unlock' }).click();
    await panel.getByRole('alert').filter({ hasText: 'Wrong passphrase' }).waitFor({ timeout: 20_000 });
    expect(await panel.getByRole('tablist').count()).toBe(0);

    await panel.getByLabel('Passphrase').fill(PASS);
    await panel.getByRole('button', { name: 'Unlock' }).click();
    await panel.getByRole('tab', { name: 'Caseload (1)' }).waitFor({ timeout: 20_000 });
    await panel.getByText('Quintanilla', { exact: false }).first().waitFor();
    expect((await readStore(panel, 'audit')).map((a) => (a as { action: string }).action)).toEqual(['import', 'lock-on', 'unlock']);

    await panel.getByRole('button', { name: 'Lock now' }).click();
    await panel.getByRole('heading', { name: 'Casekeeper is locked' }).waitFor();
    expect(await panel.getByText('Quintanilla').count()).toBe(0);
  });
});
