import { describe, expect, it } from 'vitest';
import { toDayNumber } from './day-number.ts';
import { holidaySet } from './holiday-set.ts';
import { d } from './test-fixtures.ts';

const has = (set: Set<number>, date: string) => set.has(toDayNumber(d(date)));

describe('holidaySet', () => {
  it('holds the observed federal holidays around the span, and the extra (state) days given', () => {
    // 10 days from Thu 2025-11-20: Thanksgiving Thu 11-27 is in; the day after (11-28) only when listed
    const plain = holidaySet(toDayNumber(d('2025-11-20')), 10);
    expect(has(plain, '2025-11-27')).toBe(true);
    expect(has(plain, '2025-11-28')).toBe(false);
    expect(has(holidaySet(toDayNumber(d('2025-11-20')), 10, [d('2025-11-28')]), '2025-11-28')).toBe(true);
    // July 4, 2026 is a Saturday: observed Friday July 3
    expect(has(holidaySet(toDayNumber(d('2026-06-20')), 20), '2026-07-03')).toBe(true);
  });

  it('reaches the holidays of the year after a span that crosses New Year', () => {
    // 65 business days from 2025-12-01 run into 2026: MLK Day Mon 2026-01-19 and Presidents' Day Mon 2026-02-16
    const set = holidaySet(toDayNumber(d('2025-12-01')), 65);
    expect(has(set, '2026-01-19')).toBe(true);
    expect(has(set, '2026-02-16')).toBe(true);
  });
});
