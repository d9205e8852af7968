import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, caseloadOf, presentDate, todayIn, writeCaseloadFiles, zipCaseloadFiles, type Caseload, type IsoDate } from '../../shared/index.ts';
import { launchWithExtension, openPanel, readStore, ROOT, type ExtensionBrowser } from './harness.ts';

const IMAGES = join(ROOT, 'docs/images');
const WIDTH = 360;

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * An invented Texas caseload around the real today (the panel uses the clock): Ann Rivera's annual review
 * is overdue; Ben Cho owes a parent follow-up (from the contacts table); Guadalupe Fernández-Castellanos's
 * long-named initial ARD meeting is due in 20 days; Dee Dunn's evaluation counts school days and no
 * calendar is loaded (a problem to show beside her); eight more students fill the list.
 */
function texasCaseload(today: IsoDate): Caseload {
  const crowd = ['Cal Cruz', 'Eli Eck', 'Fay Fox', 'Gus Gray', 'Hal Hunt', 'Ida Ives', 'Jo James', 'Kai Kent'];
  return caseloadOf({
    students: [
      { studentId: 'S1', firstName: 'Ann', lastName: 'Rivera', lastIepDate: addCalendarDays(today, -375), lastEvaluationDate: addCalendarDays(today, -900) },
      { studentId: 'S2', firstName: 'Ben', lastName: 'Cho', lastIepDate: addCalendarDays(today, -200) },
      { studentId: 'S3', firstName: 'Guadalupe', lastName: 'Fernández-Castellanos', consentDate: addCalendarDays(today, -70), evaluationReportDate: addCalendarDays(today, -10) },
      { studentId: 'S4', firstName: 'Dee', lastName: 'Dunn', consentDate: addCalendarDays(today, -20) },
      ...crowd.map((name, i) => {
        const [firstName, lastName] = name.split(' ');
        return { studentId: `S${i + 5}`, firstName, lastName, lastIepDate: addCalendarDays(today, 40 * i - 360), lastEvaluationDate: addCalendarDays(today, -300 - 90 * i) };
      }),
    ],
    contacts: [{ contactId: 'C1', studentId: 'S2', date: addCalendarDays(today, -9), followUpDue: addCalendarDays(today, -2), topic: 'Call about reading at home' }],
  } as Partial<Caseload>);
}

/** Every drawn caseload line whose text or due date reaches past the line or the panel, or is clipped. */
function cutLines(panel: Page) {
  return panel.evaluate((width) => {
    const out: string[] = [];
    for (const line of document.querySelectorAll<HTMLElement>('.caseload-row')) {
      const box = line.getBoundingClientRect();
      for (const el of line.querySelectorAll<HTMLElement>('.row-main, .row-next, .row-when, .row-problem')) {
        const r = el.getBoundingClientRect();
        if (r.right > box.right + 0.5 || r.right > width || r.bottom > box.bottom + 0.5 || el.scrollWidth > el.clientWidth + 1) out.push(el.innerText);
      }
    }
    return out;
  }, WIDTH);
}

describe('the caseload, settings and tab bar at 360 px, in the real side panel', () => {
  it('shows every student with the next two deadlines uncut, uses the rule settings chosen, and keeps the tabs on one line', async () => {
    const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const zip = zipCaseloadFiles(writeCaseloadFiles(texasCaseload(today)));
    const panel = await openPanel(browser, undefined, 'tab=data');
    await panel.setViewportSize({ width: WIDTH, height: 800 });
    await panel.getByLabel(/^Caseload:/).setInputFiles({ name: 'caseload.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByText(/^Imported\. Students: 12 added/).waitFor({ timeout: 30_000 });

    // The tab bar: one line, the rest reachable by "More" and by the keyboard.
    const tabs = panel.getByRole('tab');
    const tops = await tabs.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops).toHaveLength(9);
    expect(new Set(tops).size).toBe(1);
    const more = panel.getByRole('button', { name: 'Show more sections' });
    expect(await more.isVisible()).toBe(true);

    // Settings: Texas rules, the annual review on the anniversary itself.
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByLabel('State', { exact: true }).selectOption('TX');
    await panel.getByText('Texas rules').waitFor();
    expect(await panel.getByText(/19 TAC 89\.1011\(d\)/).count()).toBe(1);
    await panel.getByLabel('Annual review due').selectOption('anniversary');
    await panel.getByLabel('Urgent within (days)').fill('ten');
    await panel.getByText('Type a whole number from 0 to 365: “ten” cannot be used.').waitFor();
    await panel.getByLabel('Urgent within (days)').fill('10');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await panel.getByText('Settings saved.').waitFor();
    const saved = (await readStore(panel, 'settings'))[0] as { state?: string; urgentDays: number; annualReviewConvention: string };
    expect([saved.state, saved.urgentDays, saved.annualReviewConvention]).toEqual(['TX', 10, 'anniversary']);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    mkdirSync(IMAGES, { recursive: true });
    await panel.getByText('Texas rules').scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(IMAGES, 'settings-view.png') });

    // The caseload: tab reached with the keyboard from the Settings tab.
    await panel.getByRole('tab', { name: 'Settings' }).focus();
    await panel.keyboard.press('Home');
    for (let i = 0; i < 2; i++) await panel.keyboard.press('ArrowRight');
    expect(await panel.getByRole('tab', { selected: true }).innerText()).toBe('Caseload (12)');
    const list = panel.getByRole('list', { name: 'Students, most urgent first' });
    await list.waitFor();
    const line = (name: string) => list.getByRole('listitem').filter({ hasText: name });
    // The annual review on the anniversary: ten days overdue, not eleven (the setting reached the list).
    await expect.poll(() => line('Ann Rivera').innerText()).toMatch(new RegExp(`Annual IEP review\\s+due ${presentDate(addCalendarDays(today, -10))} · 10 days overdue`));
    // The follow-up from the contacts shows as it does on Today, once the tables are read.
    await expect.poll(() => line('Ben Cho').innerText()).toMatch(new RegExp(`due ${presentDate(addCalendarDays(today, -2))} · 2 days overdue`));
    expect(await line('Fernández-Castellanos').innerText()).toMatch(new RegExp(`Initial ARD committee meeting\\s+due ${presentDate(addCalendarDays(today, 20))} · 20 days left`));
    expect(await line('Dee Dunn').locator('.row-problem').innerText()).toMatch(/counts school days; add your district's school calendar/);
    expect(await list.getByRole('listitem').count()).toBeGreaterThanOrEqual(10);
    expect(await cutLines(panel)).toEqual([]);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    await panel.screenshot({ path: join(IMAGES, 'caseload-view.png') });

    // The last tab by the keyboard: in view, still one line.
    await panel.getByRole('tab', { selected: true }).focus();
    await panel.keyboard.press('End');
    const data = panel.getByRole('tab', { name: 'Data' });
    expect(await data.getAttribute('aria-selected')).toBe('true');
    const inView = await data.evaluate((el) => {
      const bar = (el.parentElement as HTMLElement).getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.left >= bar.left - 1 && r.right <= bar.right + 1;
    });
    expect(inView).toBe(true);
    expect(new Set(await tabs.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)))).size).toBe(1);
    await panel.close();
  }, 120_000);
});
