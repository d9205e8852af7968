import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween } from './add-calendar-days.ts';
import { isIsoDate } from './iso-date.ts';
import { anyIsoDate, d } from './test-fixtures.ts';

describe('addCalendarDays / calendarDaysBetween', () => {
  it('crosses month and year ends and leap days', () => {
    expect(addCalendarDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addCalendarDays(d('2025-02-28'), 1)).toBe('2025-03-01');
    expect(addCalendarDays(d('2025-12-31'), 1)).toBe('2026-01-01');
    expect(addCalendarDays(d('2026-01-01'), -1)).toBe('2025-12-31');
    expect(addCalendarDays(d('2025-01-31'), 30)).toBe('2025-03-02'); // Feb has 28 days: Jan 31 + 28 = Feb 28, + 2 = Mar 2
    // Federal 60 days from 9/2/2025: Sep 2 + 28 = Sep 30, + 31 = Oct 31 (59), Nov 1 (60)
    expect(addCalendarDays(d('2025-09-02'), 60)).toBe('2025-11-01');
  });

  it('measures days between, negative when the second date is earlier', () => {
    expect(calendarDaysBetween(d('2026-11-23'), d('2026-12-19'))).toBe(26);
    expect(calendarDaysBetween(d('2026-12-19'), d('2026-11-23'))).toBe(-26);
    expect(calendarDaysBetween(d('2028-02-28'), d('2028-03-01'))).toBe(2);
    expect(calendarDaysBetween(d('2027-02-28'), d('2027-03-01'))).toBe(1);
    expect(calendarDaysBetween(d('2025-01-01'), d('2026-01-01'))).toBe(365);
    expect(calendarDaysBetween(d('2028-01-01'), d('2029-01-01'))).toBe(366);
  });

  it('property: adding then measuring gives back the number of days', () => {
    fc.assert(
      fc.property(anyIsoDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const later = addCalendarDays(date, n);
        return isIsoDate(later) && calendarDaysBetween(date, later) === n && addCalendarDays(later, -n) === date;
      }),
    );
  });

  it('property: adding is associative and order-preserving', () => {
    fc.assert(
      fc.property(anyIsoDate, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 }), (date, a, b) => {
        const stepwise = addCalendarDays(addCalendarDays(date, a), b);
        const once = addCalendarDays(date, a + b);
        return stepwise === once && (a <= b ? addCalendarDays(date, a) <= addCalendarDays(date, b) : true);
      }),
    );
  });
});
