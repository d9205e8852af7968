import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { AFTER_DELETE, AFTER_LOCK_ON } from '../../extension/lib/at-rest-wording.ts';
import { ROOT } from './harness.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPanel, type ExtensionBrowser } from './harness.ts';

/**
 * At-rest honesty: after "Lock with a passphrase" and after "Delete all", the browser is closed and every
 * file of the Chromium profile is scanned, byte for byte, for a unique marker name imported before. What
 * the scan finds must be what the panel and PRIVACY.md say remains.
 */
const PASS = 'maple syrup in november 42';
const profiles: string[] = [];
let browser: ExtensionBrowser | undefined;
afterAll(async () => {
  await browser?.close();
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
});

const send = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; error?: string; value?: unknown }>;

/** Every file under `dir` whose bytes hold `marker` (as UTF-8 or as UTF-16LE, the two ways Chromium writes strings). */
export function filesHolding(dir: string, marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      let st;
      try {
        st = statSync(path);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(path);
      else if (st.isFile()) {
        const bytes = readFileSync(path);
        if (needles.some((n) => bytes.includes(n))) found.push(path.slice(dir.length + 1));
      }
    }
  };
  walk(dir);
  return found;
}

function caseload(marker: string, n = 40) {
  return Array.from({ length: n }, (_, i) => ({
    studentId: `${marker}ID${i}`,
    firstName: `${marker}First${i}`,
    lastName: `${marker}Last`,
    lastIepDate: '2026-03-02',
    notes: `Reading goal met; ${marker}Note ${i}`,
  }));
}

async function importAndReach(profile: string, marker: string): Promise<Page> {
  browser = await launchWithExtension({ userDataDir: profile });
  const panel = await openPanel(browser, undefined, 'tab=data');
  expect(await send(panel, { type: 'caseload.import', students: caseload(marker) })).toMatchObject({ ok: true });
  return panel;
}

/** PRIVACY.md with its line breaks joined, to find a sentence across them. */
const privacyText = () => readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8').replace(/\s+/g, ' ');

describe('what stays on disk', () => {
  it('the panel and PRIVACY.md say the same thing the scans below check', () => {
    expect(privacyText()).toContain(AFTER_DELETE);
    expect(privacyText()).toContain(AFTER_LOCK_ON.split('.')[0] ?? '');
    expect(privacyText()).toContain("In the browser profile's files: none of the deleted or replaced student data.");
  });

  it('after turning the lock on, no student name, id or note is left in the profile files', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'casekeeper-scan-lock-'));
    profiles.push(profile);
    const marker = `Zq${Date.now().toString(36)}Lock`;
    const panel = await importAndReach(profile, marker);
    await panel.reload();
    await panel.locator('#lock-passphrase').fill(PASS);
    await panel.locator('#lock-confirm').fill(PASS);
    await panel.getByRole('button', { name: 'Lock with a passphrase' }).click();
    await panel.getByText(AFTER_LOCK_ON).waitFor({ timeout: 60_000 });
    await browser?.close();
    browser = undefined;
    const holding = filesHolding(profile, marker);
    expect(holding).toEqual([]);
  }, 120_000);

  it('after delete all, no student name, id or note is left in the profile files', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'casekeeper-scan-del-'));
    profiles.push(profile);
    const marker = `Zq${Date.now().toString(36)}Del`;
    const panel = await importAndReach(profile, marker);
    await panel.reload();
    await panel.getByRole('button', { name: 'Delete all student data…' }).click();
    await panel.locator('#confirm-delete').fill('DELETE');
    await panel.getByRole('button', { name: 'Delete everything' }).click();
    await panel.getByText(AFTER_DELETE).waitFor({ timeout: 60_000 });
    await browser?.close();
    browser = undefined;
    const holding = filesHolding(profile, marker);
    expect(holding).toEqual([]);
  }, 120_000);
});
