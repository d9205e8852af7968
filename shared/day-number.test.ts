import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import { isIsoDate } from './iso-date.ts';
import { anyIsoDate, d } from './test-fixtures.ts';

describe('day numbers', () => {
  it('counts whole days from 1970-01-01', () => {
    expect(toDayNumber(d('1970-01-01'))).toBe(0);
    expect(toDayNumber(d('1970-01-02'))).toBe(1);
    expect(toDayNumber(d('1969-12-31'))).toBe(-1);
    // 2000-01-01: 30 years after 1970, 7 leap days (72 76 80 84 88 92 96) → 30·365 + 7 = 10957
    expect(toDayNumber(d('2000-01-01'))).toBe(10957);
    expect(fromDayNumber(10957)).toBe('2000-01-01');
  });

  it('names the weekday (0 Sunday … 6 Saturday)', () => {
    expect(weekdayOf(toDayNumber(d('1970-01-01')))).toBe(4); // a Thursday
    expect(weekdayOf(toDayNumber(d('2025-09-01')))).toBe(1); // Labor Day 2025, a Monday
    expect(weekdayOf(toDayNumber(d('2026-07-04')))).toBe(6); // a Saturday
    expect(weekdayOf(toDayNumber(d('1969-12-28')))).toBe(0); // a Sunday before the epoch
  });

  it('property: fromDayNumber inverts toDayNumber and consecutive numbers are consecutive days', () => {
    fc.assert(
      fc.property(anyIsoDate, (date) => {
        const n = toDayNumber(date);
        const next = fromDayNumber(n + 1);
        return fromDayNumber(n) === date && isIsoDate(next) && next > date && weekdayOf(n + 1) === (weekdayOf(n) + 1) % 7;
      }),
    );
  });
});
