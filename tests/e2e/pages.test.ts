import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_SYSTEMS } from '../../extension/sites/known-systems.ts';
import { startDemo } from './demo-site.ts';
import { join } from 'node:path';
import { grantSite, launchWithExtension, openPanel, openTab, readStore, ROOT, type ExtensionBrowser } from './harness.ts';

const DEMO_ORIGINS = KNOWN_SYSTEMS.find((s) => s.id === 'demo')?.origins ?? [];
let browser: ExtensionBrowser;
let demo: { url: string; close(): Promise<void> };
let site: Page;
let panel: Page;

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchWithExtension();
  for (const origin of DEMO_ORIGINS) await grantSite(browser, origin);
  const opened = await openTab(browser, `${demo.url}/frames/index.html`);
  site = opened.page;
  panel = await openPanel(browser, opened.tabId);
  await panel.getByText('Allow a known IEP system').click();
  await panel.getByRole('button', { name: /Allow Casekeeper demo/ }).click();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('reading other page styles', () => {
  it('reads a student spread over same-origin frames', async () => {
    await panel.locator('details.compare > summary').click();
    await panel.getByRole('table').waitFor();
    expect(await panel.getByRole('table').innerText()).toMatch(/Student ID/);
  });

  it('follows the tab to a redesigned page and says the layout is not recognised, leaving the caseload alone', async () => {
    await site.goto(`${demo.url}/changed/student.html`);
    await panel.getByText(/Layout not recognised/).waitFor();
    expect(await panel.getByRole('tab', { name: /Caseload/ }).innerText()).toContain('(0)');
    expect(await panel.getByRole('button', { name: 'Add to caseload' }).count()).toBe(0);
  });

  it('learns the page in teach mode: the teacher clicks the value, the mapping is saved for the site', async () => {
    await panel.getByRole('button', { name: 'Teach this page' }).click();
    await panel.getByLabel('Field').selectOption({ label: 'Student ID' });
    await panel.getByRole('button', { name: 'Pick Student ID on the page' }).click();
    await panel.getByText(/Now click the Student ID on the page/).waitFor();
    await site.getByText('S6012').click();
    await panel.getByText(/Found “S6012” by the label “Ref”/).waitFor();
    await panel.getByRole('button', { name: 'Save: this is the Student ID' }).click();
    // How the page was read is under the folded comparison of what was read.
    await panel.locator('details.compare > summary').click();
    await panel.getByText('How this page was read: with what you taught Casekeeper on this site.').waitFor();

    await panel.getByLabel('Field').selectOption({ label: 'Annual Review Due' });
    await panel.getByRole('button', { name: 'Pick Annual Review Due on the page' }).click();
    await panel.getByText(/Now click the Annual Review Due/).waitFor();
    await site.getByText('05/01/2026').click();
    await panel.getByRole('button', { name: 'Save: this is the Annual Review Due' }).click();
    await expect.poll(() => panel.getByRole('table').innerText()).toMatch(/Annual Review Due\s+2026-05-01/);
    await panel.getByRole('button', { name: 'Add to caseload' }).click();
    await panel.getByText('Added to your caseload.').waitFor();

    const taught = (await readStore(panel, 'taught')) as { origin: string; mapping: Record<string, unknown> }[];
    expect(taught.map((t) => [t.origin, Object.keys(t.mapping).sort()])).toEqual([[new URL(demo.url).origin, ['annualReviewDue', 'studentId']]]);
    // The page was not changed by teach mode (the outline is removed).
    expect(await site.locator('[style*="outline"]').count()).toBe(0);
  });

  it('counts school days once a district calendar is imported, with a snow day added by hand', async () => {
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByLabel(/Import the district calendar/).setInputFiles(join(ROOT, 'examples/school-calendar.json'));
    await panel.getByText(/Calendar “Example Unified School District.*” read/).waitFor();
    await panel.getByLabel('Date', { exact: true }).fill('2026-12-01');
    await panel.getByLabel('Name', { exact: true }).fill('Snow day');
    await panel.getByRole('button', { name: 'Add closure' }).click();
    await panel.getByLabel('Urgent within (days)').fill('10');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await panel.getByText('Settings saved.').waitFor();
    const settings = (await readStore(panel, 'settings'))[0] as { urgentDays: number; calendar: { closures: { name: string }[] } };
    expect(settings.urgentDays).toBe(10);
    expect(settings.calendar.closures.map((c) => c.name)).toContain('Snow day');

    await panel.getByRole('tab', { name: 'This student' }).click();
    await expect.poll(() => panel.getByRole('list', { name: 'Deadlines' }).innerText()).toMatch(/\d+ school days/);
  });
});
