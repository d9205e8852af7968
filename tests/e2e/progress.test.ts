import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseloadOf, writeCaseloadFiles, zipCaseloadFiles, type GoalDataPoint, type IsoDate } from '../../shared/index.ts';
import { KNOWN_SYSTEMS } from '../../extension/sites/known-systems.ts';
import { startDemo } from './demo-site.ts';
import { grantSite, launchWithExtension, openPanel, openTab, ROOT, type ExtensionBrowser } from './harness.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: ExtensionBrowser;
let demo: { url: string; close(): Promise<void> };
beforeAll(async () => {
  demo = await startDemo();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** A date some days before today (the panel dates new points by the machine's clock). */
function daysAgo(days: number): IsoDate {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` as IsoDate;
}

describe('goals and progress in the real side panel', () => {
  it('imports a caseload with a goal and its data, takes two points with taps, and shows the chart and the verdict', async () => {
    // Invented students; one with a reading goal: 5 weekly points, from 7 weeks ago, well below the aim line (not yet enough to judge).
    const goalData: GoalDataPoint[] = [49, 42, 35, 28, 21].map((ago, i) => ({ pointId: `pt-${i + 1}`, studentId: 'S1', goalId: 'G1', date: daysAgo(ago), correct: 4 + (i % 2), trials: 20 }));
    const zip = zipCaseloadFiles(
      writeCaseloadFiles(
        caseloadOf({
          students: [
            { studentId: 'S1', firstName: 'Leo', lastName: 'Testperson', lastIepDate: daysAgo(60) },
            { studentId: '1001', firstName: 'Maya', lastName: 'Rivera' }, // the demo IEP site's student 1001
          ],
          goals: [
            { goalId: 'G1', studentId: 'S1', area: 'Reading', goal: 'Reads sight words correctly.', measure: 'percent', baseline: 20, baselineDate: daysAgo(56), target: 80, targetDate: daysAgo(-140) },
            { goalId: 'G3', studentId: '1001', area: 'Writing', goal: 'Writes a paragraph with a topic sentence.', measure: 'rubric', baseline: 1, baselineDate: daysAgo(56), target: 4, targetDate: daysAgo(-140) },
            { goalId: 'G2', studentId: 'S1', area: 'Behaviour', goal: 'Fewer call-outs in class.', measure: 'count', unit: 'call-outs', direction: 'decrease', baseline: 8, baselineDate: daysAgo(56), target: 2, targetDate: daysAgo(-140) },
          ],
          goalData,
        }),
      ),
    );

    const panel = await openPanel(browser, undefined, 'tab=data');
    await panel.setViewportSize({ width: 360, height: 1000 });
    await panel.getByLabel(/^Caseload:/).setInputFiles({ name: 'caseload.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByText(/^Imported\. Students: 2 added/).waitFor({ timeout: 30_000 });

    await panel.getByRole('tab', { name: 'Progress' }).click();
    await panel.getByLabel('Student').selectOption('S1');
    await panel.getByRole('heading', { name: 'Goals of Leo Testperson' }).waitFor();
    const reading = panel.getByRole('article', { name: 'Reading' });
    await expect.poll(() => reading.locator('.progress-verdict .badge').innerText()).toBe('Not enough data');

    // Two points with taps: 1 of 4 correct, then a typed 30 %.
    await reading.getByRole('button', { name: '✓ Correct' }).click();
    for (let i = 0; i < 3; i++) await reading.getByRole('button', { name: '✗ Incorrect' }).click();
    await reading.getByRole('button', { name: 'Save point' }).click();
    await reading.getByText('Saved 1 of 4 correct (25%) for today.').waitFor();
    await reading.getByLabel('Or type a percent').fill('30');
    await reading.getByRole('button', { name: 'Save', exact: true }).click();
    await reading.getByText('Saved 30% for today.').waitFor();

    // The chart holds the 7 points, the aim and trend lines; the verdict follows from them.
    await expect.poll(() => reading.locator('.progress-verdict .badge').innerText()).toBe('Change instruction');
    await expect(reading.locator('.progress-verdict').innerText()).resolves.toContain('The last 4 points are all below the aim line');
    const src = (await reading.locator('figure img').getAttribute('src')) ?? '';
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    expect(svg.match(/class="point"/g)).toHaveLength(7);
    expect(svg).toContain('class="aim-line"');
    expect(svg).toContain('class="trend-line"');
    const drawn = await reading.locator('figure img').evaluate((img: HTMLImageElement) => ({ loaded: img.complete && img.naturalWidth > 0, width: img.getBoundingClientRect().width }));
    expect(drawn.loaded).toBe(true);
    expect(drawn.width).toBeGreaterThan(250);
    expect(await reading.locator('figcaption').textContent()).toMatch(/7 measurements/);

    // Undo takes the last point back; the other goal keeps its own control.
    await reading.getByRole('button', { name: 'Undo' }).click();
    await reading.getByText('The point was removed.').waitFor();
    await expect.poll(() => reading.locator('.progress-verdict .badge').innerText()).toBe('Change instruction');
    await reading.getByLabel('Or type a percent').fill('30');
    await reading.getByRole('button', { name: 'Save', exact: true }).click();
    await reading.getByText('Saved 30% for today.').waitFor();
    await expect(panel.getByRole('article', { name: 'Behaviour' }).getByRole('button', { name: '+1 occurrence' }).count()).resolves.toBe(1);

    // Readable at 360 px: nothing scrolls sideways, and axe finds nothing to fix.
    await panel.evaluate(AXE_SOURCE);
    const violations = await panel.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    mkdirSync(join(ROOT, 'docs/images'), { recursive: true });
    await panel.evaluate(() => window.scrollTo(0, 0));
    const box = await reading.boundingBox();
    await panel.screenshot({ path: join(ROOT, 'docs/images/progress-view.png'), clip: { x: 0, y: 0, width: 360, height: Math.ceil((box?.y ?? 0) + (box?.height ?? 900) + 8) } });
    await panel.close();
  }, 90_000);

  it('opens on the student shown in the IEP system, and a tap on a rubric level saves it', async () => {
    const site = await openTab(browser, `${demo.url}/seis/student/1001`);
    for (const origin of KNOWN_SYSTEMS.find((k) => k.id === 'demo')?.origins ?? []) await grantSite(browser, origin);
    // The teacher allows the demo system once (the grant above stands in for the browser's prompt).
    const panel = await openPanel(browser, site.tabId);
    await panel.getByText('Allow a known IEP system').click();
    await panel.getByRole('button', { name: /Allow Casekeeper demo/ }).click();
    await panel.getByRole('heading', { name: 'Maya Rivera' }).waitFor();
    await panel.getByRole('tab', { name: 'Progress' }).click();
    await panel.getByRole('heading', { name: 'Goals of Maya Rivera' }).waitFor();
    expect(await panel.getByLabel('Student').inputValue()).toBe('1001');
    const writing = panel.getByRole('article', { name: 'Writing' });
    await writing.getByRole('button', { name: 'Save level 2' }).click();
    await writing.getByText('Saved level 2 for today.').waitFor();
    // The chart is redrawn once the saved point comes back from storage: wait for it, never a fixed delay.
    const points = async () => {
      const src = (await writing.locator('figure img').getAttribute('src')) ?? '';
      return decodeURIComponent(src.slice(src.indexOf(',') + 1)).match(/class="point"/g)?.length ?? 0;
    };
    await expect.poll(points, { timeout: 10_000 }).toBe(1);
    await panel.close();
    await site.page.close();
  }, 60_000);
});
