import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween } from './add-calendar-days.ts';
import { addCalendarMonths, addYears } from './add-years.ts';
import { computeDeadlines } from './compute-deadlines.ts';
import { countDays } from './count-days.ts';
import { deadlinesToIcs } from './deadlines-to-ics.ts';
import { parseIcsCalendar } from './parse-ics-calendar.ts';
import { isIsoDate, partsOf } from './iso-date.ts';
import { parseDate } from './parse-date.ts';
import { DISTRICT_CALENDAR, DISTRICT_ICS, anyIsoDate, d, settingsWith, student } from './test-fixtures.ts';

describe('addYears / addCalendarMonths', () => {
  it('keeps the day, and turns February 29 into February 28 in a common year', () => {
    expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(addYears(d('2024-02-29'), 4)).toBe('2028-02-29');
    expect(addYears(d('2024-02-29'), -1)).toBe('2023-02-28');
    expect(addYears(d('2025-12-20'), 1)).toBe('2026-12-20');
    expect(addYears(d('2023-09-15'), 3)).toBe('2026-09-15');
    expect(addYears(d('1999-12-31'), 1)).toBe('2000-12-31');
  });

  it('clamps month ends', () => {
    expect(addCalendarMonths(d('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addCalendarMonths(d('2028-01-31'), 1)).toBe('2028-02-29');
    expect(addCalendarMonths(d('2025-03-31'), -1)).toBe('2025-02-28');
    expect(addCalendarMonths(d('2025-10-31'), 2)).toBe('2025-12-31');
    expect(addCalendarMonths(d('2027-03-15'), -9)).toBe('2026-06-15');
    expect(addCalendarMonths(d('2025-11-30'), 3)).toBe('2026-02-28');
  });

  it('property: the result is a real date with the same day of month unless the month is shorter', () => {
    fc.assert(
      fc.property(anyIsoDate, fc.integer({ min: -50, max: 50 }), (date, years) => {
        const out = addYears(date, years);
        const a = partsOf(date);
        const b = partsOf(out);
        if (!isIsoDate(out) || b.year !== a.year + years || b.month !== a.month) return false;
        return a.month === 2 && a.day === 29 && b.day === 28 ? true : b.day === a.day;
      }),
    );
  });

  it('property: adding months then the opposite never moves past the start', () => {
    fc.assert(
      fc.property(anyIsoDate, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const back = addCalendarMonths(addCalendarMonths(date, months), -months);
        return isIsoDate(back) && back <= date && calendarDaysBetween(back, date) <= 3;
      }),
    );
  });
});

describe('date arithmetic does not depend on the machine time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // Every zone with a trap: US daylight saving, a whole skipped day (Apia skipped 2011-12-30), a
  // half-hour daylight shift (Lord Howe), and no offset at all.
  const zones = ['UTC', 'America/New_York', 'America/Los_Angeles', 'Pacific/Apia', 'Australia/Lord_Howe'];

  function everything(): unknown {
    const deadlines = computeDeadlines(
      student({ lastIepDate: '2025-12-20', dateOfBirth: '2011-02-28', consentDate: '2026-10-30' }),
      settingsWith({ calendar: DISTRICT_CALENDAR }),
      d('2026-11-23'),
    );
    const dates = [
      '2010-12-30', '2011-12-29', '2011-12-30', '2011-12-31', '2024-02-29', '2025-03-09', '2025-11-02',
      '2025-10-05', '2026-03-08', '2026-11-01', '2025-12-20', '2028-02-29',
    ].map(d);
    return {
      years: dates.map((x) => [addYears(x, 1), addYears(x, -1), addYears(x, 3)]),
      months: dates.map((x) => [addCalendarMonths(x, 1), addCalendarMonths(x, -9)]),
      days: dates.map((x) => [addCalendarDays(x, 1), addCalendarDays(x, 60), calendarDaysBetween(x, d('2030-01-01'))]),
      parsed: ['3/8/2026', 'Nov 1, 2026', '45678', '2011-12-30'].map((s) => parseDate(s)),
      counted: [
        countDays(d('2026-03-01'), 60, 'calendar'),
        countDays(d('2025-10-30'), 10, 'business'),
        countDays(d('2025-11-20'), 10, 'school', { calendar: DISTRICT_CALENDAR }),
      ],
      deadlines,
      ics: deadlinesToIcs(deadlines.deadlines, { now: new Date(Date.UTC(2026, 10, 23, 12)) }),
      imported: parseIcsCalendar(DISTRICT_ICS),
    };
  }

  it('gives identical results in every zone, including where a day was skipped', () => {
    process.env.TZ = 'UTC';
    const reference = everything();
    for (const zone of zones) {
      process.env.TZ = zone;
      expect(new Date(2026, 6, 1).getTimezoneOffset(), `TZ=${zone} took effect`).toBe(
        { UTC: 0, 'America/New_York': 240, 'America/Los_Angeles': 420, 'Pacific/Apia': -780, 'Australia/Lord_Howe': -630 }[zone],
      );
      expect(everything(), zone).toEqual(reference);
    }
  });

  it('adds a year to 2010-12-30 as 2011-12-30 even in Pacific/Apia, where that day never happened', () => {
    process.env.TZ = 'Pacific/Apia';
    expect(addYears(d('2010-12-30'), 1)).toBe('2011-12-30');
    expect(addCalendarMonths(d('2011-11-30'), 1)).toBe('2011-12-30');
  });

  it('property: addYears agrees across zones for any date', () => {
    fc.assert(
      fc.property(anyIsoDate, fc.integer({ min: -20, max: 20 }), (date, n) => {
        const results = zones.map((zone) => {
          process.env.TZ = zone;
          return addYears(date, n);
        });
        return results.every((r) => r === results[0]);
      }),
      { numRuns: 200 },
    );
  });
});
