import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPanel, readStore, type ExtensionBrowser } from './harness.ts';

/**
 * The passphrase lock's promises in real Chromium: an open panel locks itself on time with no request at
 * all (key wiped, caseload gone from the page), and a forgotten passphrase still leaves "Wipe everything".
 */
const PASS = 'maple syrup in november 42';
const profile = mkdtempSync(join(tmpdir(), 'casekeeper-privacy-'));
let browser: ExtensionBrowser | undefined;
afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

const send = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; error?: string; value?: unknown }>;
const sessionKey = (page: Page) => page.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));

describe('locked means locked', () => {
  it('an open panel with idle set to 1 minute shows the unlock screen after it, and the key is gone', async () => {
    browser = await launchWithExtension({ userDataDir: profile });
    const panel = await openPanel(browser, undefined, 'tab=caseload');
    const student = { studentId: 'S8801', firstName: 'Marisol', lastName: 'Tavares', lastIepDate: '2026-03-02' };
    expect(await send(panel, { type: 'caseload.import', students: [student] })).toMatchObject({ ok: true });
    expect(await send(panel, { type: 'lock.enable', passphrase: PASS, idleMinutes: 1 })).toMatchObject({ ok: true });
    await panel.reload();
    await panel.getByText('Tavares').first().waitFor({ timeout: 20_000 });
    expect(await sessionKey(panel)).toEqual(['casekeeper-unlocked']);
    const started = Date.now();
    // Nothing touches the panel or the worker from here on.
    await panel.getByRole('heading', { name: 'Casekeeper is locked' }).waitFor({ timeout: 75_000 });
    const after = Date.now() - started;
    expect(after).toBeLessThan(65_000);
    expect(await panel.getByText('Tavares').count()).toBe(0);
    expect(await sessionKey(panel)).toEqual([]);
    expect(await send(panel, { type: 'data.export', format: 'csv', today: '2026-11-23' })).toEqual({ ok: false, error: 'Casekeeper is locked' });
  }, 120_000);

  it('a forgotten passphrase: "Wipe everything" on the unlock screen deletes it all, after typing DELETE', async () => {
    if (!browser) throw new Error('no browser');
    const panel = await openPanel(browser, undefined, 'tab=data');
    await panel.getByRole('heading', { name: 'Casekeeper is locked' }).waitFor();
    await panel.getByText('Forgot the passphrase? Wipe everything').click();
    const wipe = panel.getByRole('button', { name: 'Wipe everything' });
    expect(await wipe.isDisabled()).toBe(true);
    await panel.locator('#confirm-wipe').fill('DELETE');
    await wipe.click();
    // The lock is gone with the data: the panel opens, empty, and offers the lock before the first import.
    await panel.getByText('Before you import students: turn on the passphrase lock first', { exact: false }).waitFor({ timeout: 30_000 });
    expect(await readStore(panel, 'students')).toEqual([]);
    expect(await readStore(panel, 'settings')).toEqual([]);
    expect((await readStore(panel, 'audit')).at(-1)).toMatchObject({ action: 'delete-all', count: 1 });
  }, 90_000);
});

describe('backups of any realistic size', () => {
  it('restores an encrypted backup of 3,000 students with long notes (over 8 MB) through the panel', async () => {
    const { writeFileSync } = await import('node:fs');
    const { encryptBackup } = await import('../../extension/lib/encrypted-backup.ts');
    const { defaultSettings } = await import('../../shared/index.ts');
    const note = (i: number) => `Session ${i}: `.padEnd(2_000, 'reads with support, fluency goal progressing; ');
    const students = Array.from({ length: 3_000 }, (_, i) => ({ studentId: `B${10000 + i}`, firstName: 'Ana', lastName: `Okafor ${i}`, lastIepDate: '2026-01-15', notes: note(i) }));
    const plain = JSON.stringify({ format: 'casekeeper-backup', version: 2, exportedAt: '2026-11-23T09:00:00Z', students, settings: defaultSettings, taughtSites: {} }, null, 2);
    const sealed = await encryptBackup(plain, PASS);
    expect(sealed.length).toBeGreaterThan(8_000_000);
    const file = join(profile, 'big.backup.encrypted.json');
    writeFileSync(file, sealed);

    browser ??= await launchWithExtension({ userDataDir: profile });
    const panel = await openPanel(browser, undefined, 'tab=data');
    await panel.getByText('A backup of up to 48 MB can be restored', { exact: false }).waitFor();
    await panel.locator('#backup-file').setInputFiles(file);
    await panel.locator('#open-passphrase').fill(PASS);
    await panel.getByRole('button', { name: 'Restore backup' }).click();
    await panel.getByText('Backup restored: 3000 students.').waitFor({ timeout: 60_000 });
    expect(await readStore(panel, 'students')).toHaveLength(3_000);
  }, 120_000);
});
