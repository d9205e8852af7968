import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classSnapshots, classSnapshotsHtml, coverageHandoff, coverageHandoffHtml, meetingPacket, meetingPacketHtml, type IsoDate, Settings } from '../../shared/index.ts';
import { DISTRICT_CALENDAR_JSON } from '../../shared/test-fixtures.ts';
import { fullYearCaseload } from '../../shared/test-full-year.ts';
import { CHROMIUM } from './harness.ts';

/**
 * The printable pages in real Chromium: laid out at the printed width of US letter (8.5in − 2 × 0.55in
 * margins), no table or cell runs wider than the page, nothing is requested from the network, and
 * printing to PDF (Letter) gives several pages.
 */
const today = '2026-11-23' as IsoDate;
const settings = Settings.parse({ state: 'IL', calendar: DISTRICT_CALENDAR_JSON });
const caseload = fullYearCaseload(6, { today, hostile: true });
const PRINT_WIDTH_PX = Math.round((8.5 - 2 * 0.55) * 96);

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
afterAll(async () => {
  await browser?.close();
});

async function printed(html: string): Promise<{ requests: string[]; overflow: string[]; pages: number; alerts: number }> {
  const page: Page = await browser.newPage({ viewport: { width: PRINT_WIDTH_PX, height: 1000 } });
  const requests: string[] = [];
  let alerts = 0;
  page.on('dialog', (d) => {
    alerts++;
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  try {
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html, { waitUntil: 'load' });
    const overflow = await page.evaluate((width) => {
      const bad: string[] = [];
      for (const [i, table] of [...document.querySelectorAll('table')].entries()) {
        const box = table.getBoundingClientRect();
        if (box.right > width + 1 || table.scrollWidth > table.clientWidth + 1) bad.push(`table ${i}: ${Math.round(box.width)}px`);
        for (const cell of table.querySelectorAll('td, th')) {
          if (cell.scrollWidth > cell.clientWidth + 1) bad.push(`table ${i} cell "${(cell.textContent ?? '').slice(0, 40)}" is clipped`);
        }
      }
      if (document.documentElement.scrollWidth > width + 1) bad.push(`page ${document.documentElement.scrollWidth}px wide`);
      return bad;
    }, PRINT_WIDTH_PX);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { requests, overflow, pages, alerts };
  } finally {
    await page.close();
  }
}

describe('printable pages in Chromium (letter paper)', () => {
  it('the meeting packet of a student with a full year of data fits letter pages with no clipped table', async () => {
    for (const id of ['Y1001', 'Y1000']) {
      const packet = meetingPacket(caseload, id, { settings, today });
      if (!packet.ok) throw new Error(packet.error.message);
      const result = await printed(meetingPacketHtml(packet.value));
      expect(result.overflow).toEqual([]);
      expect(result.requests).toEqual([]);
      expect(result.alerts).toBe(0);
      expect(result.pages).toBeGreaterThan(1);
    }
  });

  it('the hand-off and the class snapshots too', async () => {
    const handoff = coverageHandoff(caseload, { settings, today, from: '2026-11-30' as IsoDate, to: '2026-12-11' as IsoDate });
    const snapshots = classSnapshots(caseload);
    if (!handoff.ok || !snapshots.ok) throw new Error('could not build');
    for (const html of [coverageHandoffHtml(handoff.value), classSnapshotsHtml(snapshots.value, { today })]) {
      const result = await printed(html);
      expect(result.overflow).toEqual([]);
      expect(result.requests).toEqual([]);
      expect(result.pages).toBeGreaterThan(1);
    }
  });
});
