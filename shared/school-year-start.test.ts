import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from './add-calendar-days.ts';
import { addYears } from './add-years.ts';
import type { IsoDate } from './iso-date.ts';
import { schoolYearStart } from './school-year-start.ts';
import { DISTRICT_CALENDAR } from './states/test-calendars.ts';

const d = (s: string) => s as IsoDate;

describe('schoolYearStart', () => {
  it('uses July 1 without a calendar (the summer belongs to the year it leads into)', () => {
    expect(schoolYearStart(d('2026-03-10'))).toBe('2025-07-01');
    expect(schoolYearStart(d('2026-06-30'))).toBe('2025-07-01');
    expect(schoolYearStart(d('2026-07-01'))).toBe('2026-07-01');
  });

  it("uses the district calendar's first day of that year", () => {
    expect(schoolYearStart(d('2026-03-10'), DISTRICT_CALENDAR)).toBe('2025-08-25');
    expect(schoolYearStart(d('2026-06-20'), DISTRICT_CALENDAR)).toBe('2025-08-25');
    expect(schoolYearStart(d('2026-07-20'), DISTRICT_CALENDAR)).toBe('2026-08-24');
  });

  it('falls back to July 1 outside the calendar', () => {
    expect(schoolYearStart(d('2024-03-10'), DISTRICT_CALENDAR)).toBe('2023-07-01');
    expect(schoolYearStart(d('2030-03-10'), DISTRICT_CALENDAR)).toBe('2029-07-01');
  });

  it('always starts within the July-to-June year of the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.boolean(), (n, withCalendar) => {
        const date = addCalendarDays(d('2020-01-01'), n);
        const july1 = schoolYearStart(date);
        const start = schoolYearStart(date, withCalendar ? DISTRICT_CALENDAR : undefined);
        return july1 <= date && addYears(july1, 1) > date && start >= july1 && start < addYears(july1, 1);
      }),
    );
  });
});
