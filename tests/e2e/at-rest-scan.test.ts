import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
  }));
}

async function importAndReach(profile: string, marker: string): Promise<Page> {
  browser = await launchWithExtension({ userDataDir: profile });
  const panel = await openPanel(browser, undefined, 'tab=data');
  expect(await send(panel, { type: 'caseload.import', students: caseload(marker) })).toMatchObject({ ok: true });
  return panel;
}

describe('what stays on disk', () => {
  it('after turning the lock on, no student name, id or note is left in the profile files', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'casekeeper-scan-lock-'));
    profiles.push(profile);
    const marker = `Zq${Date.now().toString(36)}Lock`;
    const panel = await importAndReach(profile, marker);
    expect(await send(panel, { type: 'lock.enable', passphrase: PASS, idleMinutes: 15 })).toMatchObject({ ok: true });
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
    expect(await send(panel, { type: 'data.delete-all', confirm: 'DELETE' })).toMatchObject({ ok: true });
    await browser?.close();
    browser = undefined;
    const holding = filesHolding(profile, marker);
    expect(holding).toEqual([]);
  }, 120_000);
});
