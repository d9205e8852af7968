import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/serve.ts';
import { computeCaseloadDeadlines, defaultSettings, parseSchoolCalendar, presentDate, readCaseloadFiles, type IsoDate } from '../../shared/index.ts';
import { EXAMPLE_TODAY, headlessTour, type TourShot } from '../../scripts/tour.ts';
import { findInternalWords } from './find-internal-words.ts';
import { ROOT } from './harness.ts';

let shots: TourShot[];
let outDir: string;
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'casekeeper-tour-'));
  const demo = await startDemoServer({ port: 0 });
  try {
    shots = await headlessTour(demo.url, { outDir });
  } finally {
    await demo.close();
  }
}, 180_000);
afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const shot = (name: string): TourShot => {
  const found = shots.find((s) => s.name === name);
  if (!found) throw new Error(`The tour kept no "${name}" screen.`);
  return found;
};

describe('the tour (npm run tour, headless)', () => {
  it('keeps the five screens a new teacher sees, each a picture of the panel at its width', () => {
    expect(shots.map((s) => s.name)).toEqual(['demo-page', 'today', 'caseload', 'student', 'settings']);
    for (const s of shots) expect(statSync(s.file).size, s.name).toBeGreaterThan(10_000);
  });

  it("runs on the example's today, the date npm start's deadline table uses, in the panel too", () => {
    expect(EXAMPLE_TODAY).toBe('2026-11-23');
    expect(shot('today').text).toContain(`Today, ${presentDate(EXAMPLE_TODAY, 'long')}`);
  });

  it("counts on Today what npm start's table shows as overdue or due this week for the same caseload, calendar and date", () => {
    const dir = join(ROOT, 'examples', 'caseload');
    const { caseload } = readCaseloadFiles(Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')])));
    const calendar = parseSchoolCalendar(readFileSync(join(ROOT, 'examples', 'school-calendar.json'), 'utf8'));
    if (!calendar.ok) throw new Error(calendar.error.message);
    const { deadlines } = computeCaseloadDeadlines(caseload, { ...defaultSettings, calendar: calendar.value }, EXAMPLE_TODAY as IsoDate);
    const thisWeek = deadlines.filter((d) => d.daysLeft < 7).length;
    expect(thisWeek).toBeGreaterThan(0);
    expect(shot('today').text).toContain(`Overdue and due this week (${thisWeek})`);
  });

  it('imports the calendar before the caseload: the settings show it, and the caseload holds the good rows of the example', () => {
    expect(shot('settings').text).toMatch(/School calendar[\s\S]*Remove calendar/);
    expect(shot('settings').text).not.toMatch(/No calendar: school days cannot be counted/);
    expect(shot('caseload').text).toContain('Caseload (42)');
    expect(shot('caseload').text).toMatch(/⚠ \d+ problems? from the last import/);
  });

  it('the check would catch internal names (rule ids, record keys, reader names, a calendar asked for while loaded)', () => {
    expect(findInternalWords('Rule: US.annual-review\nlastIepDate\nRead by: generic\nschool days: add a school calendar', { calendarLoaded: true })).toEqual([
      'US.annual-review',
      'lastIepDate',
      'reader name "generic"',
      '"add a school calendar" while a calendar is loaded',
    ]);
    expect(findInternalWords('Annual IEP review · Last IEP Date · Due 12/12/2026', { calendarLoaded: true })).toEqual([]);
  });

  it('every screen speaks in plain words: no rule ids, record keys or reader names, no "add a school calendar" with one loaded', () => {
    expect(Object.fromEntries(shots.map((s) => [s.name, s.internal]))).toEqual(Object.fromEntries(shots.map((s) => [s.name, []])));
  });
});
