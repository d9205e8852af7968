import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, caseloadOf, type IsoDate, writeCaseloadFiles, zipCaseloadFiles } from '../../shared/index.ts';
import { launchWithExtension, openPanel, ROOT, type ExtensionBrowser } from './harness.ts';

const IMAGES = join(ROOT, 'docs/images');

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** A small invented caseload: one student with accommodations, a check, a contact; one with nothing. */
function smallCaseload(today: IsoDate) {
  return caseloadOf({
    students: [
      { studentId: 'S9001', firstName: 'Maya', lastName: 'Delgado', grade: '7', caseManager: 'J. Park', disability: 'Specific Learning Disability', lastIepDate: addCalendarDays(today, -340), nextIepMeetingDate: addCalendarDays(today, 14), lastEvaluationDate: addCalendarDays(today, -700) },
      { studentId: 'S9002', firstName: 'Theo', lastName: 'Brandt', grade: '8', caseManager: 'J. Park', lastIepDate: addCalendarDays(today, -100) },
    ],
    accommodations: [
      { accommodationId: 'acc-90001', studentId: 'S9001', accommodation: 'Extended time 1.5x on tests and quizzes', category: 'Testing', appliesTo: 'Math; Science' },
      { accommodationId: 'acc-90002', studentId: 'S9001', accommodation: 'Preferential seating near instruction', category: 'Environment', appliesTo: 'All classes' },
    ],
    checks: [{ checkId: 'chk-90001', studentId: 'S9001', accommodationId: 'acc-90001', date: addCalendarDays(today, -7), classOrSetting: 'Math', result: 'implemented', checkedBy: 'R. Lee' }],
    contacts: [{ contactId: 'con-90001', studentId: 'S9001', date: addCalendarDays(today, -20), with: 'Mother', method: 'email', topic: 'Progress report', result: 'reached' }],
  });
}

describe('the paper trail in the real side panel', () => {
  it('imports a caseload zip, checks an accommodation in one tap, logs a contact with a follow-up, and opens the meeting packet in a tab', async () => {
    const panel = await openPanel(browser, undefined, 'tab=data');
    const today = (await panel.evaluate(() => new Date().toLocaleDateString('en-CA'))) as IsoDate;
    const zip = zipCaseloadFiles(writeCaseloadFiles(smallCaseload(today)));
    await panel.getByLabel(/^Caseload:/).setInputFiles({ name: 'caseload.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByText(/^Imported\. Students: 2 added/).waitFor({ timeout: 30_000 });

    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.getByRole('tab', { name: 'Paper trail' }).click();
    const extended = panel.getByRole('article', { name: 'Extended time 1.5x on tests and quizzes' });
    await extended.getByText('Fidelity: 100% implemented (1 of 1 checks)').waitFor();
    await panel.getByRole('button', { name: 'Not implemented in Science' }).click();
    await extended.getByText('Fidelity: 50% implemented (1 of 2 checks)').waitFor();
    await panel.getByRole('button', { name: 'Implemented in All classes', exact: true }).click();
    await panel.getByRole('article', { name: 'Preferential seating near instruction' }).getByText('Fidelity: 100% implemented (1 of 1 checks)').waitFor();

    await panel.getByText('Add a contact').click();
    await panel.getByLabel('With').fill('Father');
    await panel.getByLabel('Topic').fill('Testing accommodations in Science');
    await panel.getByLabel('Summary').fill('Asked whether extended time is given on Science quizzes.');
    await panel.getByLabel('The parent raised a concern').check();
    await panel.getByLabel('Follow-up due').fill(addCalendarDays(today, 3));
    await panel.getByRole('button', { name: 'Add contact' }).click();
    const open = panel.getByRole('list', { name: 'Open follow-ups' });
    await open.getByText(/Testing accommodations in Science · Father · Phone/).waitFor();
    // Nothing wider than the panel.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    mkdirSync(IMAGES, { recursive: true });
    await panel.getByText('Add a contact').click(); // fold the form for the picture
    await panel.screenshot({ path: join(IMAGES, 'accommodations-view.png'), fullPage: true });

    const [packet] = await Promise.all([browser.context.waitForEvent('page'), panel.getByRole('button', { name: 'Prepare meeting packet' }).click()]);
    await packet.waitForLoadState('load');
    expect(packet.url()).toMatch(new RegExp(`^blob:chrome-extension://${browser.extensionId}/`));
    expect(await packet.title()).toBe('Meeting packet: Maya Delgado');
    const headings = await packet.locator('h2').allInnerTexts();
    for (const section of ['Student and case manager', 'Deadlines and their basis', 'Accommodations: implementation fidelity', 'Parent contacts and open concerns', 'Meeting checklist']) {
      expect(headings).toContain(section);
    }
    const body = await packet.locator('body').innerText();
    expect(body).toContain('Testing accommodations in Science');
    expect(body).toMatch(/Preferential seating near instruction/);
    expect(await packet.locator('script').count()).toBe(0);
    // The first printed page, for the README: letter paper (8.5 × 11 in at 96 px per inch) with the page's
    // own 0.55 in margins, print styles on, and only what comes before the first page break.
    await packet.setViewportSize({ width: 816, height: 1056 });
    await packet.emulateMedia({ media: 'print' });
    await packet.addStyleTag({ content: 'html { padding: 0.55in; background: #fff; }' });
    const pageOneEnds = await packet.evaluate(() => {
      const sections = [...document.querySelectorAll('section')];
      const next = sections.findIndex((s, i) => i > 0 && getComputedStyle(s).breakBefore === 'page');
      for (const s of next < 0 ? [] : sections.slice(next)) s.style.display = 'none';
      return next;
    });
    expect(pageOneEnds).toBeGreaterThan(0); // the packet is more than one sheet: each part starts a new one
    await packet.screenshot({ path: join(IMAGES, 'packet-page1.png'), clip: { x: 0, y: 0, width: 816, height: 1056 } });
    await packet.close();
    await panel.close();
  }, 90_000);
});
