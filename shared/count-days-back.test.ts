import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSchoolDay } from './is-school-day.ts';
import { schoolDaysBetween } from './school-days-between.ts';
import { countDaysBack } from './count-days-back.ts';
import { d, DISTRICT_CALENDAR, isoDateBetween, settingsWith } from './test-fixtures.ts';

const withCalendar = settingsWith({ calendar: DISTRICT_CALENDAR });

describe('countDaysBack', () => {
  it('calendar days, business days over a federal holiday, and school days over a break', () => {
    expect(countDaysBack(d('2026-12-10'), 10, 'calendar', withCalendar)).toBe('2026-11-30');
    // Thu 2026-11-12 back 3 weekdays over Veterans Day (Wed 11-11): Tue 11-10, Mon 11-09, Fri 11-06
    expect(countDaysBack(d('2026-11-12'), 3, 'business', withCalendar)).toBe('2026-11-06');
    // Tue 2026-12-01 back 3 school days over Thanksgiving break: Mon 11-30, Fri 11-20, Thu 11-19
    expect(countDaysBack(d('2026-12-01'), 3, 'school', withCalendar)).toBe('2026-11-19');
    expect(countDaysBack(d('2026-12-01'), 3, 'school', settingsWith())).toBeUndefined();
  });

  it('n school days back from a school day leaves exactly n school days up to it (property)', () => {
    fc.assert(
      fc.property(isoDateBetween('2025-10-01', '2027-06-01'), fc.integer({ min: 1, max: 20 }), (date, n) => {
        fc.pre(isSchoolDay(DISTRICT_CALENDAR, date));
        const back = countDaysBack(date, n, 'school', withCalendar);
        if (back === undefined) return;
        expect(isSchoolDay(DISTRICT_CALENDAR, back)).toBe(true);
        expect(schoolDaysBetween(DISTRICT_CALENDAR, back, date)).toBe(n);
      }),
    );
  });
});
