import { describe, expect, it } from 'vitest';
import { countDaysBack } from './count-days-back.ts';
import { d, DISTRICT_CALENDAR, settingsWith } from './test-fixtures.ts';

describe('countDaysBack', () => {
  it('counts calendar days back', () => {
    expect(countDaysBack(d('2026-12-09'), 3, 'calendar', settingsWith())).toBe('2026-12-06');
  });

  it('counts school days back on the calendar, from the last school day on or before the date', () => {
    // Wed 2026-12-09: Tue 8 (1), Mon 7 (2), Fri 4 (3), Thu 3 (4), Wed 2 (5)
    expect(countDaysBack(d('2026-12-09'), 5, 'school', settingsWith({ calendar: DISTRICT_CALENDAR }))).toBe('2026-12-02');
    // Sat 2026-12-12 counts back from Fri 12-11 as if the meeting were that Friday.
    expect(countDaysBack(d('2026-12-12'), 1, 'school', settingsWith({ calendar: DISTRICT_CALENDAR }))).toBe('2026-12-10');
    expect(countDaysBack(d('2026-12-09'), 5, 'school', settingsWith())).toBeUndefined();
  });

  it('skips weekends, federal and state holidays in business days', () => {
    // Tue 2026-11-10: Mon 9 (1), Fri 6 (2); with Veterans Day not in the way.
    expect(countDaysBack(d('2026-11-10'), 2, 'business', settingsWith())).toBe('2026-11-06');
    // Thu 2026-11-12: Wed 11 is Veterans Day, so Tue 10 (1), Mon 9 (2).
    expect(countDaysBack(d('2026-11-12'), 2, 'business', settingsWith())).toBe('2026-11-09');
    expect(countDaysBack(d('2026-11-12'), 2, 'business', settingsWith({ holidays: ['2026-11-10'] }))).toBe('2026-11-06');
  });
});
