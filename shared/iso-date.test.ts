import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDate, daysInMonth, isIsoDate, isLeapYear, isoDateOf, partsOf } from './iso-date.ts';

describe('IsoDate', () => {
  it('accepts real days and rejects days that do not exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true); // 2024 is a leap year
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false); // century, not divisible by 400
    expect(isIsoDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isIsoDate('2025-04-31')).toBe(false); // April has 30 days
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-9-2')).toBe(false); // not zero-padded
    expect(isIsoDate(20250902)).toBe(false);
  });

  it('explains a rejected value in plain words', () => {
    const wrongShape = IsoDate.safeParse('9/2/2025');
    expect(wrongShape.success).toBe(false);
    expect(wrongShape.error?.issues[0]?.message).toBe('Use a date like 2025-09-02.');
    const noSuchDay = IsoDate.safeParse('2026-02-30');
    expect(noSuchDay.error?.issues[0]?.message).toBe('That day does not exist on the calendar.');
  });

  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2028)).toBe(true);
  });

  it('builds dates from parts only when the day exists', () => {
    expect(isoDateOf(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDateOf(2025, 2, 29)).toBeUndefined();
    expect(isoDateOf(2025, 1.5, 1)).toBeUndefined();
    expect(isoDateOf(0, 1, 1)).toBeUndefined();
    expect(isoDateOf(10000, 1, 1)).toBeUndefined();
    expect(isoDateOf(5, 3, 7)).toBe('0005-03-07');
  });

  it('property: isoDateOf and partsOf are inverses for every existing day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, day) => {
        const date = isoDateOf(y, m, day);
        if (day > daysInMonth(y, m)) return date === undefined;
        return date !== undefined && isIsoDate(date) && JSON.stringify(partsOf(date)) === JSON.stringify({ year: y, month: m, day });
      }),
    );
  });
});
