import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from './add-calendar-days.ts';
import type { IsoDate } from './iso-date.ts';
import { schoolYearStart } from './school-year-start.ts';
import { DISTRICT_CALENDAR } from './states/test-calendars.ts';

const d = (s: string) => s as IsoDate;

describe('schoolYearStart', () => {
  it('uses July 1 without a calendar (the summer belongs to the year that starts on July 1)', () => {
    expect(schoolYearStart(d('2026-03-10'))).toBe('2025-07-01');
    expect(schoolYearStart(d('2026-06-30'))).toBe('2025-07-01');
    expect(schoolYearStart(d('2026-07-01'))).toBe('2026-07-01');
  });

  it("uses the district calendar's first day, the summer belonging to the year before", () => {
    expect(schoolYearStart(d('2026-03-10'), DISTRICT_CALENDAR)).toBe('2025-08-25');
    expect(schoolYearStart(d('2026-07-20'), DISTRICT_CALENDAR)).toBe('2025-08-25');
    expect(schoolYearStart(d('2026-08-24'), DISTRICT_CALENDAR)).toBe('2026-08-24');
  });

  it('falls back to July 1 outside the calendar', () => {
    expect(schoolYearStart(d('2024-03-10'), DISTRICT_CALENDAR)).toBe('2023-07-01');
    expect(schoolYearStart(d('2030-03-10'), DISTRICT_CALENDAR)).toBe('2029-07-01');
  });

  it('is never after the date and at most a year before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (n) => {
        const date = addCalendarDays(d('2020-01-01'), n);
        const start = schoolYearStart(date);
        return start <= date && addCalendarDays(start, 366) > date;
      }),
    );
  });
});
