import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import { NO_CALENDAR_NOTE, schoolDayCounter } from './school-day-counter.ts';
import { Settings } from './settings.ts';
import { d, DISTRICT_CALENDAR_JSON } from './test-fixtures.ts';

const n = (s: string) => toDayNumber(d(s));

describe('schoolDayCounter', () => {
  it('counts the district calendar’s school days, both ends included', () => {
    const c = schoolDayCounter(Settings.parse({ calendar: DISTRICT_CALENDAR_JSON }));
    expect(c.count(n('2025-09-01'), n('2025-09-07'))).toBe(4); // Labor Day
    expect(c.count(n('2025-11-24'), n('2025-11-30'))).toBe(0); // Thanksgiving break
    expect(c.count(n('2025-09-08'), n('2025-09-08'))).toBe(1);
    expect(c.count(n('2025-09-09'), n('2025-09-08'))).toBe(0);
    expect(c.note).toBeUndefined();
  });

  it('finds the n-th school day after a date, across breaks', () => {
    const c = schoolDayCounter(Settings.parse({ calendar: DISTRICT_CALENDAR_JSON }));
    expect(fromDayNumber(c.after(n('2025-11-21'), 1) as number)).toBe('2025-12-01');
    expect(fromDayNumber(c.after(n('2025-12-19'), 2) as number)).toBe('2026-01-06');
  });

  it('gives the school year of a date, or the last one before it in summer', () => {
    const c = schoolDayCounter(Settings.parse({ calendar: DISTRICT_CALENDAR_JSON }));
    expect(c.schoolYearOf(n('2026-07-15'))).toEqual({ first: n('2025-08-25'), last: n('2026-06-12') });
    expect(c.schoolYearOf(n('2025-01-01'))).toBeUndefined();
  });

  it('without a calendar, counts Monday to Friday except federal and state holidays, and says so', () => {
    const c = schoolDayCounter(Settings.parse({}));
    expect(c.count(n('2026-11-23'), n('2026-11-29'))).toBe(4); // Thanksgiving Thursday
    expect(c.note).toBe(NO_CALENDAR_NOTE);
    const withState = schoolDayCounter(Settings.parse({ holidays: ['2026-11-27'] }));
    expect(withState.count(n('2026-11-23'), n('2026-11-29'))).toBe(3);
    expect(c.schoolYearOf(n('2027-03-01'))).toEqual({ first: n('2026-07-01'), last: n('2027-06-30') });
  });
});
