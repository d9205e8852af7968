import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantSite, launchWithExtension, openPanel, openTab, readStore, type ExtensionBrowser } from './harness.ts';
import { startDemo } from './demo-site.ts';
import { KNOWN_SYSTEMS } from '../../extension/sites/known-systems.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const DEMO_ORIGINS = KNOWN_SYSTEMS.find((s) => s.id === 'demo')?.origins ?? [];
let browser: ExtensionBrowser;
let demo: { url: string; close(): Promise<void> };
let demoPattern: string;
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  demo = await startDemo();
  const { protocol, hostname } = new URL(demo.url);
  demoPattern = `${protocol}//${hostname}/*`;
  browser = await launchWithExtension();
  browser.context.on('request', (r) => requests.push(r.url()));
  // Errors in Casekeeper's own pages (a Content Security Policy violation, an uncaught error).
  browser.context.on('page', (page) => {
    page.on('pageerror', (e) => page.url().startsWith('chrome-extension:') && pageErrors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && page.url().startsWith('chrome-extension:') && pageErrors.push(m.text()));
  });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
  });
}

describe('the side panel over the demo IEP site', () => {
  let tabId: number;
  let site: Page;
  let panel: Page;

  it('asks for access first, reads nothing before, and reads the student once allowed', async () => {
    ({ tabId, page: site } = await openTab(browser, `${demo.url}/seis/student/1001`));
    panel = await openPanel(browser, tabId);
    await expect.poll(() => panel.getByRole('heading', { name: 'Casekeeper is not allowed on this site' }).count()).toBe(1);
    expect(await panel.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);

    // The panel cannot see the tab's address before access (no toolbar click in automation), so the
    // teacher picks the demo system from the known systems; the grant stands in for the prompt's "Allow".
    for (const origin of DEMO_ORIGINS) await grantSite(browser, origin);
    await panel.getByText('Allow a known IEP system').click();
    await panel.getByRole('button', { name: /Allow Casekeeper demo/ }).click();
    await panel.getByRole('heading', { name: 'Maya Rivera' }).waitFor();
    const registered = await panel.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.matches)).toEqual([[...DEMO_ORIGINS].sort()]);
  });

  it('shows every deadline with its status, days left and why', async () => {
    const deadlines = panel.getByRole('list', { name: 'Deadlines' });
    await deadlines.waitFor();
    const text = await deadlines.innerText();
    expect(text).toMatch(/Annual IEP review/i);
    expect(text).toMatch(/Due 2\/5\/2026/);
    expect(text).toMatch(/days? (left|overdue)|due today/);
    await panel.getByText('Why this date').first().click();
    expect(await deadlines.innerText()).toMatch(/34 CFR|CFR|Cal\. Educ\. Code|Ed\. Code/);
  });

  it('adds the student to the caseload', async () => {
    await panel.getByRole('button', { name: 'Add to caseload' }).click();
    await panel.getByText('Added to your caseload.').waitFor();
    await panel.getByRole('tab', { name: /Caseload/ }).click();
    await panel.getByRole('button', { name: /Maya Rivera/ }).waitFor();
    await panel.getByRole('tab', { name: 'This student' }).click();
    await panel.getByText('In your caseload, up to date.').waitFor();
  });

  it('follows the single-page app to the next student without a reload', async () => {
    await site.getByRole('link', { name: 'Student 1002' }).click();
    await panel.getByRole('heading', { name: 'Leo Chen' }).waitFor();
    await panel.getByRole('button', { name: 'Add to caseload' }).click();
    await panel.getByText('Added to your caseload.').waitFor();
  });

  it('exports the caseload as CSV, deletes everything, and imports the CSV back', async () => {
    await panel.getByRole('tab', { name: /Data/ }).click();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export students (CSV)' }).click()]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toMatch(/^Student ID,/);
    expect(csv).toContain('Rivera');
    expect(csv).toContain('Chen');

    await panel.getByRole('button', { name: /Delete all student data/ }).click();
    await panel.getByLabel('Type DELETE to confirm').fill('DELETE');
    await panel.getByRole('button', { name: 'Delete everything' }).click();
    await panel.getByText('Deleted 2 students and all settings.').waitFor();
    expect([(await readStore(panel, 'students')).length, (await readStore(panel, 'settings')).length]).toEqual([0, 0]);
    expect(JSON.stringify(await readStore(panel, 'audit'))).not.toMatch(/Rivera|Chen|1001/);

    // The same file, edited in a spreadsheet: Leo's school changed.
    expect(csv).toContain('Alder Elementary');
    const edited = csv.replace('Alder Elementary', 'Birch Elementary');
    await panel.getByLabel(/^Caseload:/).setInputFiles({ name: 'caseload.csv', mimeType: 'text/csv', buffer: Buffer.from(edited) });
    await panel.getByText(/Students: caseload\.csv, 2 good rows, read as UTF-8/).waitFor();
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByText('Imported. Students: 2 added, 0 updated.').waitFor();
    expect(await panel.getByRole('tab', { name: /Caseload/ }).innerText()).toContain('(2)');
  });

  it('marks what differs between the page and the saved record, and updates it', async () => {
    await panel.getByRole('tab', { name: 'This student' }).click();
    await panel.getByRole('heading', { name: 'Leo Chen' }).waitFor();
    // The comparison is folded under its count of differences; the teacher opens it.
    await panel.getByText('Page and saved record: 1 difference', { exact: true }).click();
    const differing = panel.locator('tr.differs th');
    await expect.poll(() => differing.allInnerTexts()).toEqual(['School']);
    expect(await panel.locator('tr.differs').innerText()).toMatch(/Alder Elementary\s+.*Birch Elementary/s);
    await panel.getByRole('button', { name: 'Update saved record (1 change)' }).click();
    await panel.getByText('In your caseload, up to date.').waitFor();
    const students = (await readStore(panel, 'students')) as { studentId: string; school?: string }[];
    expect(students.find((s) => s.studentId === '1002')?.school).toBe('Alder Elementary');
    await panel.getByRole('tab', { name: /Data/ }).click();
  });

  it('exports the deadlines as an .ics calendar and a full backup', async () => {
    const [ics] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export deadlines (.ics)' }).click()]);
    const text = readFileSync((await ics.path()) as string, 'utf8');
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toMatch(/UID:1001-annual-review@casekeeper/);
    const [backup] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export all (backup)' }).click()]);
    expect(JSON.parse(readFileSync((await backup.path()) as string, 'utf8'))).toMatchObject({ format: 'casekeeper-backup', version: 3 });
    const audit = (await readStore(panel, 'audit')) as { action: string; count: number }[];
    expect(audit.filter((a) => a.action === 'export').map((a) => a.count)).toEqual([2, 2, 2]);
    await panel.getByRole('tab', { name: /Data/ }).click();
  });

  it('exports everything encrypted with a passphrase and restores it only with that passphrase', async () => {
    await panel.getByText('Export all, protected by a passphrase').click();
    await panel.getByLabel('Passphrase (at least 10 characters)').fill('blue harbor lantern');
    await panel.getByLabel('Passphrase again').fill('blue harbor lantern');
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export all, encrypted' }).click()]);
    const sealed = readFileSync((await download.path()) as string, 'utf8');
    expect(JSON.parse(sealed)).toMatchObject({ format: 'casekeeper-encrypted-backup', kdf: { iterations: 600_000 } });
    expect(sealed).not.toMatch(/Rivera|Chen|1001/);
    expect(download.suggestedFilename()).toMatch(/\.backup\.encrypted\.json$/);

    const file = { name: 'backup.encrypted.json', mimeType: 'application/json', buffer: Buffer.from(sealed) };
    await panel.getByLabel(/Casekeeper backup/).setInputFiles(file);
    await panel.getByLabel('This backup is encrypted: its passphrase').fill('blue harbour lantern');
    await panel.getByRole('button', { name: 'Restore backup' }).click();
    await panel.getByText(/^Wrong passphrase, or the file was changed/).waitFor();
    await panel.getByLabel('This backup is encrypted: its passphrase').fill('blue harbor lantern');
    await panel.getByRole('button', { name: 'Restore backup' }).click();
    await panel.getByText('Backup restored: 2 students.').waitFor();
    expect(((await readStore(panel, 'students')) as unknown[]).length).toBe(2);
  });

  it('finds a student in the caseload by search and opens their deadlines', async () => {
    await panel.getByRole('tab', { name: /Caseload/ }).click();
    await panel.getByLabel('Search').fill('leo');
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(1);
    await panel.getByRole('button', { name: /Leo Chen/ }).click();
    await panel.getByRole('heading', { name: 'Leo Chen' }).waitFor();
    expect(await panel.getByRole('list', { name: 'Deadlines' }).innerText()).toMatch(/Annual IEP review/);
    await panel.getByRole('button', { name: '← Back to caseload' }).click();
    await panel.getByLabel('Search').fill('');
    // Keyboard: arrows move between students.
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(2);
    await panel.getByRole('button', { name: /Maya Rivera/ }).focus();
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/Leo Chen/);
    await panel.keyboard.press('Home');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/Maya Rivera/);
    await panel.getByRole('tab', { name: /Data/ }).click();
  });

  it('lists the bad cell of a CSV first, writing nothing, then keeps the good rows on the teacher\'s word', async () => {
    const bad = 'Student ID,Last IEP Date\nS9001,2025-03-01\nS9002,13/45/2025\n';
    await panel.getByLabel(/^Caseload:/).setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    expect(await panel.getByRole('list', { name: 'Problems in the file' }).innerText()).toMatch(/Students, row 3, Last IEP Date “13\/45\/2025”/);
    expect(await panel.getByRole('tab', { name: /Caseload/ }).innerText()).toContain('(2)');
    await panel.getByRole('button', { name: 'Import the good rows' }).click();
    await panel.getByText(/Imported\. Students: 2 added, 0 updated\. 1 problem is listed/).waitFor();
    await expect.poll(() => panel.getByRole('tab', { name: /Caseload/ }).innerText()).toContain('(4)');
  });

  it('shows a hostile page field as literal text and runs nothing in the panel', async () => {
    const hostile = await openTab(browser, `${demo.url}/hostile/student.html`);
    const dialogs: string[] = [];
    const hostilePanel = await openPanel(browser, hostile.tabId);
    hostilePanel.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // What was read is folded under the comparison's summary: opened, every field's text is on screen.
    await hostilePanel.locator('details.compare > summary').click();
    await hostilePanel.getByRole('table').waitFor();
    const body = await hostilePanel.locator('main').innerText();
    expect(body).toContain('<img src=x onerror=alert(1)>');
    expect(await hostilePanel.locator('main img, main script').count()).toBe(0);
    expect(await hostilePanel.evaluate(() => (window as unknown as { __casekeeperHostileRan?: boolean }).__casekeeperHostileRan)).toBeUndefined();
    expect(body).not.toMatch(/[\u202A-\u202E\u200B-\u200F\uFEFF]/);
    expect(body.length).toBeLessThan(20_000);
    expect(dialogs).toEqual([]);
    await hostilePanel.close();
    await hostile.page.close();
  });

  it('passes axe accessibility checks on every section at 360 px', async () => {
    await panel.setViewportSize({ width: 360, height: 800 });
    const headings: Record<string, string> = { Today: '#today-heading', 'This student': '#student-heading', Caseload: '#caseload-heading', Workload: '#workload-heading', Settings: '#settings-heading', Data: '#data-heading' };
    for (const [tab, heading] of Object.entries(headings)) {
      await panel.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await panel.locator(heading).waitFor();
      expect(await axeViolations(panel), tab).toEqual([]);
      const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${tab} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });

  it('stops reading the site once access is removed', async () => {
    await panel.getByRole('tab', { name: 'Settings' }).click();
    for (const origin of DEMO_ORIGINS) await panel.getByRole('button', { name: `Remove access to ${origin}` }).click();
    await expect.poll(() => panel.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    expect(await panel.evaluate((p) => chrome.permissions.contains({ origins: [p] }), demoPattern)).toBe(false);
    await panel.getByRole('tab', { name: 'This student' }).click();
    await panel.getByRole('heading', { name: 'Casekeeper is not allowed on this site' }).waitFor();
  });

  it('ran under the default extension CSP with no error in its pages', () => {
    expect(pageErrors).toEqual([]);
  });

  it('made no network request of its own: only the local demo site and its own pages', () => {
    const outside = requests.filter((u) => {
      const url = new URL(u);
      return !['chrome-extension:', 'chrome:', 'data:', 'blob:'].includes(url.protocol) && !['localhost', '127.0.0.1'].includes(url.hostname);
    });
    expect(requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
