import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import { mondayOf } from './school-weeks.ts';
import type { WorkItem } from './work-items.ts';
import { forecastWorkload } from './forecast-workload.ts';
import { d, DISTRICT_CALENDAR_JSON, isoDateBetween, settingsWith } from './test-fixtures.ts';
import { workItems } from './work-items.ts';
import { WORKLOAD_CASELOAD, WORKLOAD_TODAY, workloadSettings } from './test-workload-caseload.ts';

const itemsOf = (settings = workloadSettings()) => workItems(WORKLOAD_CASELOAD, { settings, today: WORKLOAD_TODAY, until: d('2027-02-10') }).items;

describe('forecastWorkload', () => {
  it('sums each week as computed by hand (preparation before a meeting, closed weeks empty, overdue work this week)', () => {
    const forecast = forecastWorkload(itemsOf(), { settings: workloadSettings(), today: WORKLOAD_TODAY });
    expect(forecast.weeks.map((w) => [w.weekStart, w.hours])).toEqual([
      ['2026-11-30', 0.31],
      ['2026-12-07', 2.1],
      ['2026-12-14', 2.6],
      ['2026-12-21', 0],
      ['2026-12-28', 0],
      ['2027-01-04', 1.1],
    ]);
    expect(forecast.peakHours).toBe(2.6);
    expect(forecast.overloaded).toEqual([]);
  });

  it('prorates capacity by the school days left in a week; closed weeks have none', () => {
    const forecast = forecastWorkload(itemsOf(), { settings: workloadSettings(), today: WORKLOAD_TODAY, capacityHours: 2 });
    expect(forecast.weeks.map((w) => w.capacityHours)).toEqual([1.2, 2, 2, 0, 0, 2]);
    expect(forecast.overloaded).toEqual(['2026-12-07', '2026-12-14']);
  });

  it('lists the work in each week with its share of hours, most first', () => {
    const week = forecastWorkload(itemsOf(), { settings: workloadSettings(), today: WORKLOAD_TODAY }).weeks[2];
    expect(week?.items.map((i) => [i.studentId, i.kind, i.hours])).toEqual([
      ['S1', 'annual-review', 1],
      ['S2', 'progress-report', 0.75],
      ['S1', 'meeting-notice', 0.5],
      ['S1', 'progress-report', 0.25],
      ['S2', 'service-minutes', 0.1],
    ]);
    const total = week?.items.reduce((sum, i) => sum + i.hours, 0) ?? 0;
    expect(Math.round(total * 100) / 100).toBe(week?.hours);
  });

  it('uses the effort settings', () => {
    const settings = workloadSettings({ effort: { 'annual-review': { hours: 6 }, 'progress-report': { hours: 1, spreadWeeks: 1 } } });
    const forecast = forecastWorkload(itemsOf(settings), { settings, today: WORKLOAD_TODAY });
    // Annual review 2 h a week in W1, W2, W5; reports in W2 only: S2 3 h, S1 1 h.
    expect(forecast.weeks.map((w) => w.hours)).toEqual([0.31, 2.1, 6.6, 0, 0, 2.1]);
  });

  it('without a calendar counts every weekday and says so', () => {
    const settings = workloadSettings();
    const plain = { ...settings, calendar: undefined };
    const forecast = forecastWorkload(itemsOf(plain), { settings: plain, today: WORKLOAD_TODAY });
    expect(forecast.weeks.every((w) => w.schoolDays > 0)).toBe(true);
    expect(forecast.notes.join(' ')).toMatch(/No school calendar/);
  });
});

describe('forecastWorkload properties', () => {
  const itemArb = (today: string) =>
    fc.record({
      offset: fc.integer({ min: -30, max: 83 }),
      hours: fc.integer({ min: 0, max: 40 }).map((n) => n / 4),
      spreadWeeks: fc.integer({ min: 1, max: 4 }),
    }).map(({ offset, hours, spreadWeeks }): WorkItem => {
      const date = fromDayNumber(mondayOf(toDayNumber(today as never)) + offset);
      return { id: `x:${offset}:${hours}:${spreadWeeks}`, studentId: 'S1', kind: 'annual-review', title: 'Work', date, dueDate: date, hours, spreadWeeks, spread: 'before', movable: false, meeting: false, basis: '', notes: [] };
    });

  it('places every hour of work dated before the window ends exactly once, never in a closed week', () => {
    fc.assert(
      fc.property(
        isoDateBetween('2026-08-24', '2027-02-01').chain((today) => fc.tuple(fc.constant(today), fc.uniqueArray(itemArb(today), { selector: (i) => i.id, maxLength: 30 }))),
        ([today, items]) => {
          const settings = settingsWith({ calendar: DISTRICT_CALENDAR_JSON });
          const forecast = forecastWorkload(items, { settings, today, weeks: 12 });
          const placed = forecast.weeks.reduce((sum, w) => sum + w.hours, 0);
          const total = items.reduce((sum, i) => sum + i.hours, 0);
          // Each item dated inside the 12 weeks (or overdue) has an open week at or before it, or after it.
          expect(Math.abs(placed - total)).toBeLessThan(0.01 * 12);
          for (const w of forecast.weeks) if (w.schoolDays === 0) expect(w.hours).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
