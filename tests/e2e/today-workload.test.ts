import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, caseloadOf, todayIn, writeCaseloadFiles, zipCaseloadFiles, type Caseload, type IsoDate } from '../../shared/index.ts';
import { launchWithExtension, openPanel, readStore, ROOT, type ExtensionBrowser } from './harness.ts';

const IMAGES = join(ROOT, 'docs/images');

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A small invented caseload around the real today (the panel uses the clock): Ann Rivera's annual review
 * fell due 11 days ago (last IEP 375 days ago); Ben Cho has a follow-up owed since 2 days ago; ten more
 * students all have their annual review due in about eight weeks, 10 × 3 h over the same three weeks plus
 * their notices: more than the 10 h a week of the default capacity.
 */
function smallCaseload(today: IsoDate): Caseload {
  const crowd = ['Cal Cruz', 'Dee Dunn', 'Eli Eck', 'Fay Fox', 'Gus Gray', 'Hal Hunt', 'Ida Ives', 'Jo James', 'Kai Kent', 'Lu Lane'];
  return caseloadOf({
    students: [
      { studentId: 'S1', firstName: 'Ann', lastName: 'Rivera', lastIepDate: addCalendarDays(today, -375) },
      { studentId: 'S2', firstName: 'Ben', lastName: 'Cho', lastIepDate: addCalendarDays(today, -200) },
      ...crowd.map((name, i) => {
        const [firstName, lastName] = name.split(' ');
        return { studentId: `S${i + 3}`, firstName, lastName, lastIepDate: addCalendarDays(today, 8 * 7 - 365) };
      }),
    ],
    contacts: [{ contactId: 'C1', studentId: 'S2', date: addCalendarDays(today, -9), followUpDue: addCalendarDays(today, -2), topic: 'Call about reading at home' }],
  } as Partial<Caseload>);
}

describe('the Today and Workload views, in the real side panel', () => {
  it('opens on Today with the overdue review and the follow-up; Workload shows the chart and plans a suggested meeting', async () => {
    const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const zip = zipCaseloadFiles(writeCaseloadFiles(smallCaseload(today)));

    const panel = await openPanel(browser, undefined, 'tab=data');
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.getByLabel(/^Caseload:/).setInputFiles({ name: 'caseload.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByText(/^Imported\. Students: 12 added/).waitFor({ timeout: 30_000 });

    // Opened again as the toolbar opens it: on Today.
    await panel.goto(panel.url().replace(/\?.*$/, ''));
    expect(await panel.getByRole('tab', { selected: true }).innerText()).toBe('Today');
    const due = panel.getByRole('list', { name: /Overdue and due this week/ });
    await due.waitFor();
    await expect.poll(() => due.locator(':scope > li').first().innerText()).toMatch(/Overdue\s+Ann Rivera\s+Annual IEP review\s+Due .*\s+11 days overdue/);
    const followUps = panel.getByRole('list', { name: /Follow-ups owed/ });
    await followUps.waitFor();
    expect(await followUps.innerText()).toMatch(/Ben Cho\s+Due .*\s+2 days overdue\s+Call about reading at home/);
    // Nothing wider than the panel.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    mkdirSync(IMAGES, { recursive: true });
    await panel.screenshot({ path: join(IMAGES, 'today-view.png'), fullPage: true });

    // One tap from a name to the student.
    await due.getByRole('button', { name: 'Ann Rivera' }).click();
    await panel.getByRole('heading', { name: 'Ann Rivera' }).waitFor();
    expect(await panel.getByRole('tab', { selected: true }).innerText()).toMatch(/^Caseload/);

    await panel.getByRole('tab', { name: 'Workload' }).click();
    const chart = panel.getByRole('img', { name: 'Hours of case-management work per week' });
    await chart.waitFor();
    expect(await chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await panel.getByRole('list', { name: /Weeks over capacity/ }).locator(':scope > li').count()).toBeGreaterThan(0);
    const moves = panel.getByRole('list', { name: /Suggested moves/ });
    const plan = moves.getByRole('button', { name: /^Plan the meeting for / }).first();
    await plan.waitFor();
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await panel.screenshot({ path: join(IMAGES, 'workload-view.png'), fullPage: true });

    const moved = (await moves.locator(':scope > li').first().innerText()).split(' · ')[0]?.trim();
    const label = (await plan.innerText()).replace('Plan the meeting for ', '');
    await plan.click();
    await panel.getByRole('status').filter({ hasText: `${moved}: the meeting is planned for ${label}.` }).waitFor();
    const stored = (await readStore(panel, 'students')) as { firstName?: string; lastName?: string; nextIepMeetingDate?: string }[];
    const student = stored.find((s) => `${s.firstName} ${s.lastName}` === moved);
    const [m, d, y] = label.split('/');
    expect(student?.nextIepMeetingDate).toBe(`${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`);
    await panel.close();
  }, 120_000);
});
