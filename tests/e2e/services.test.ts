import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, caseloadOf, todayIn, writeCaseloadFiles, zipCaseloadFiles, type IsoDate } from '../../shared/index.ts';
import { KNOWN_SYSTEMS } from '../../extension/sites/known-systems.ts';
import { startDemo } from './demo-site.ts';
import { grantSite, launchWithExtension, openPanel, openTab, ROOT, type ExtensionBrowser } from './harness.ts';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** A small invented caseload whose services began four weeks before today (the panel counts to its today). */
function smallCaseload() {
  const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const start = addCalendarDays(today, -weekday - 28);
  const day = (n: number): IsoDate => addCalendarDays(start, n);
  return caseloadOf({
    students: [
      { studentId: 'S1', firstName: 'Ana', lastName: 'Rivera' },
      { studentId: 'S2', firstName: 'Ben', lastName: 'Ortiz' },
      { studentId: 'S3', firstName: 'Cara', lastName: 'Diaz' },
    ],
    services: [
      { serviceId: 'svc-1', studentId: 'S1', service: 'Speech-language therapy', provider: 'M. Lee', mandate: '30 min 2x/week', startDate: start },
      { serviceId: 'svc-2', studentId: 'S1', service: 'Occupational therapy', mandate: '30 min 1x/week', startDate: start },
      { serviceId: 'svc-3', studentId: 'S2', service: 'Speech-language therapy', mandate: '30 min 1x/week', startDate: start },
    ],
    sessions: [
      { sessionId: 'ses-1', studentId: 'S1', serviceId: 'svc-1', date: day(0), minutes: 30, outcome: 'delivered' },
      { sessionId: 'ses-2', studentId: 'S1', serviceId: 'svc-1', date: day(7), minutes: 30, outcome: 'student-absent', note: 'Out sick' },
      { sessionId: 'ses-3', studentId: 'S1', serviceId: 'svc-2', date: day(1), minutes: 30, outcome: 'delivered' },
      { sessionId: 'ses-4', studentId: 'S2', serviceId: 'svc-3', date: day(2), minutes: 30, outcome: 'delivered' },
      { sessionId: 'ses-5', studentId: 'S2', serviceId: 'svc-3', date: day(9), minutes: 30, outcome: 'delivered' },
    ],
  });
}

const owed = (text: string) => Number(/Owed: ([\d,]+) min/.exec(text)?.[1]?.replace(',', ''));

describe('the Services view in the real side panel', () => {
  it('imports a caseload zip, logs a session in three clicks and shows the owed minutes drop (screenshot at 360 px)', async () => {
    const zip = zipCaseloadFiles(writeCaseloadFiles(smallCaseload()));
    const panel = await openPanel(browser, undefined, 'tab=data');
    await panel.setViewportSize({ width: 360, height: 1100 });
    await panel.getByLabel(/^Caseload:/).setInputFiles({ name: 'caseload.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByText(/^Imported\. Students: 3 added/).waitFor({ timeout: 30_000 });

    await panel.getByRole('tab', { name: 'Services' }).click();
    const students = panel.getByRole('list', { name: 'Students, behind first' });
    await students.waitFor();
    const rows = await students.locator('li').allInnerTexts();
    expect(rows[0]).toMatch(/^Behind\s+Ana Rivera/);
    const before = owed(rows[0] as string);
    expect(before).toBeGreaterThan(0);
    expect(await panel.locator('.services-chart img').count()).toBe(1);

    // Three clicks: the student, a duration, Log session (the behind service is preselected).
    await panel.getByRole('button', { name: 'Log a session for Ana Rivera' }).click();
    expect(await panel.locator('#svc-service').inputValue()).toBe('svc-1');
    await panel.getByRole('button', { name: '30 min', exact: true }).click();
    await panel.getByRole('button', { name: 'Log session', exact: true }).click();
    await panel.getByText('Logged 30 min of Speech-language therapy (Delivered) for Ana Rivera.').waitFor();
    // The stored session comes back through storage: the list of sessions and the owed minutes follow.
    await panel.getByRole('list', { name: 'Sessions of Ana Rivera' }).getByText(/Speech-language therapy · 30 min · Delivered/).first().waitFor();
    await panel.locator('#svc-student').selectOption('');
    await panel.waitForFunction(
      (expected) => /Owed: ([\d,]+) min/.exec(document.querySelector('[aria-label="Students, behind first"] li')?.textContent ?? '')?.[1] === String(expected),
      before - 30,
    );

    // Readable at 360 px: nothing wider than the panel.
    await panel.locator('#svc-student').selectOption('S1');
    await panel.getByRole('list', { name: 'Services of Ana Rivera, behind first' }).waitFor();
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    mkdirSync(join(ROOT, 'docs/images'), { recursive: true });
    await panel.screenshot({ path: join(ROOT, 'docs/images/services-view.png'), fullPage: true });
    await panel.close();
  }, 90_000);
});

describe('services read from the IEP page on screen', () => {
  it("offers the demo SEIS page's service line for the student on screen, saves nothing until Add, then counts it", async () => {
    const demo = await startDemo();
    try {
      const data = await openPanel(browser, undefined, 'tab=data');
      const zip = zipCaseloadFiles(writeCaseloadFiles(caseloadOf({ students: [{ studentId: '1001', firstName: 'Maya', lastName: 'Rivera' }] })));
      await data.getByLabel(/^Caseload:/).setInputFiles({ name: 'caseload.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
      await data.getByRole('button', { name: 'Import', exact: true }).click();
      await data.getByText(/^Imported\. Students: 1 added/).waitFor({ timeout: 30_000 });
      await data.close();
      const { tabId, page } = await openTab(browser, `${demo.url}/seis/student/1001`);
      for (const origin of KNOWN_SYSTEMS.find((s) => s.id === 'demo')?.origins ?? []) await grantSite(browser, origin);
      // The teacher allows the demo system once (the grant above stands in for the browser's prompt).
      const panel = await openPanel(browser, tabId);
      await panel.getByText('Allow a known IEP system').click();
      await panel.getByRole('button', { name: /Allow Casekeeper demo/ }).click();
      await panel.getByRole('heading', { name: 'Maya Rivera' }).waitFor();
      await panel.getByRole('tab', { name: 'Services' }).click();
      const offered = panel.getByRole('list', { name: 'Services on this page' });
      await offered.waitFor({ timeout: 15_000 });
      expect(await offered.innerText()).toMatch(/New\s+Individual counseling[\s\S]*45 min x 1 sessions = 45 min Weekly/);
      // Read, not saved: the student still has no service on record.
      expect(await panel.getByText('No services on record for Maya Rivera.', { exact: false }).count()).toBe(1);

      await panel.getByRole('button', { name: 'Add Individual counseling for Maya Rivera' }).click();
      await panel.getByText("Added Individual counseling in Maya Rivera's services.").waitFor();
      await panel.getByRole('list', { name: 'Services of Maya Rivera, behind first' }).getByText('Individual counseling').waitFor();
      await offered.getByText('Same as saved').waitFor();
      await page.close();
      await panel.close();
    } finally {
      await demo.close();
    }
  }, 90_000);
});
