import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar } from './calendar-index.ts';
import { isSchoolDay } from './is-school-day.ts';
import { nextSchoolDay } from './next-school-day.ts';
import { schoolDaysBetween } from './school-days-between.ts';
import { schoolYearOnOrAfter } from './school-year-on-or-after.ts';
import { addCalendarDays } from './add-calendar-days.ts';
import { toDayNumber } from './day-number.ts';
import { SchoolCalendar } from './school-calendar.ts';
import { DISTRICT_CALENDAR, d, isoDateBetween } from './test-fixtures.ts';

const cal = DISTRICT_CALENDAR;

describe('isSchoolDay', () => {
  it.each([
    ['2025-08-25', true], // first day of 2025-26
    ['2025-08-22', false], // the Friday before school starts
    ['2025-08-30', false], // a Saturday
    ['2025-09-01', false], // Labor Day
    ['2025-09-02', true],
    ['2025-11-11', false], // Veterans Day
    ['2025-11-26', false], // Thanksgiving break
    ['2025-12-01', true],
    ['2026-01-02', false], // last day of winter break
    ['2026-01-05', true],
    ['2026-06-12', true], // last day of 2025-26
    ['2026-06-15', false], // summer, a Monday
    ['2026-08-24', true], // first day of 2026-27
    ['2027-06-11', true], // last day of 2026-27
    ['2027-06-14', false], // summer, a Monday
    ['2028-02-29', true], // a leap day, a Tuesday in 2027-28
    ['2028-06-09', true], // last day the calendar knows
    ['2028-06-12', false], // after the calendar
    ['2020-03-02', false], // before the calendar
  ])('%s → %s', (date, expected) => {
    expect(isSchoolDay(cal, d(date))).toBe(expected);
  });

  it('honours school weekdays (a Monday-to-Thursday district)', () => {
    const fourDay = SchoolCalendar.parse({ name: 'Four-day week', schoolYears: [{ firstDay: '2025-08-25', lastDay: '2026-05-21' }], schoolWeekdays: [1, 2, 3, 4] });
    expect(isSchoolDay(fourDay, d('2025-08-28'))).toBe(true); // Thursday
    expect(isSchoolDay(fourDay, d('2025-08-29'))).toBe(false); // Friday
    // after Thu 8/28 up to and including Thu 9/4: Mon 9/1, Tue 9/2, Wed 9/3, Thu 9/4 (no Labor Day closure listed)
    expect(schoolDaysBetween(fourDay, d('2025-08-28'), d('2025-09-04'))).toBe(4);
  });
});

describe('schoolDaysBetween', () => {
  it('counts the school days after the first date up to and including the second', () => {
    // after Fri 8/29: Mon 9/1 is Labor Day; Tue 9/2, Wed 9/3, Thu 9/4, Fri 9/5 → 4
    expect(schoolDaysBetween(cal, d('2025-08-29'), d('2025-09-05'))).toBe(4);
    expect(schoolDaysBetween(cal, d('2025-09-01'), d('2025-09-02'))).toBe(1);
    expect(schoolDaysBetween(cal, d('2025-09-02'), d('2025-09-02'))).toBe(0);
    // across winter break: after Fri 12/19 the next school day is Mon 1/5 → 1
    expect(schoolDaysBetween(cal, d('2025-12-19'), d('2026-01-05'))).toBe(1);
    // across summer: after Fri 6/12/2026 the next school day is Mon 8/24/2026 → 1
    expect(schoolDaysBetween(cal, d('2026-06-12'), d('2026-08-24'))).toBe(1);
  });

  it('is negative when the second date is earlier', () => {
    expect(schoolDaysBetween(cal, d('2025-09-05'), d('2025-08-29'))).toBe(-4);
  });

  it('counts a whole school year: 210 weekdays minus 29 weekday closures = 181 days (each of the three years)', () => {
    // 2025-08-25 (Mon) … 2026-06-12 (Fri) is 292 days = 41 weeks + Mon–Fri → 210 weekdays. Closed weekdays:
    // Labor 1 + Veterans 1 + Thanksgiving 5 + winter 10 + MLK 1 + Presidents 5 + spring 5 + Memorial 1 = 29.
    expect(schoolDaysBetween(cal, d('2025-08-24'), d('2026-06-12'))).toBe(181);
    expect(schoolDaysBetween(cal, d('2026-08-23'), d('2027-06-11'))).toBe(181);
    // 2027-08-23 (Mon) … 2028-06-09 (Fri) is also 292 days → 210 weekdays; the same 29 closed weekdays
    // (winter break Mon 12-20 – Fri 12-31 is 10 of them).
    expect(schoolDaysBetween(cal, d('2027-08-22'), d('2028-06-09'))).toBe(181);
    expect(compileCalendar(cal).schoolDays).toHaveLength(3 * 181);
  });

  it('property: equals counting day by day, and adds up over consecutive spans', () => {
    const any = isoDateBetween('2025-08-01', '2028-07-01');
    fc.assert(
      fc.property(any, any, any, (a, b, c) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        let brute = 0;
        for (let x = addCalendarDays(lo, 1); x <= hi; x = addCalendarDays(x, 1)) if (isSchoolDay(cal, x)) brute++;
        const forward = schoolDaysBetween(cal, lo, hi);
        return (
          forward === brute &&
          schoolDaysBetween(cal, hi, lo) === -forward &&
          schoolDaysBetween(cal, a, b) + schoolDaysBetween(cal, b, c) === schoolDaysBetween(cal, a, c)
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('nextSchoolDay and schoolYearOnOrAfter', () => {
  it('finds the next school day over weekends, breaks and summer', () => {
    expect(nextSchoolDay(cal, d('2025-08-29'))).toBe('2025-09-02'); // Fri → Labor Day weekend → Tue
    expect(nextSchoolDay(cal, d('2025-11-21'))).toBe('2025-12-01'); // Thanksgiving week off
    expect(nextSchoolDay(cal, d('2026-06-12'))).toBe('2026-08-24'); // summer
    expect(nextSchoolDay(cal, d('2025-01-15'))).toBe('2025-08-25'); // before the calendar
    expect(nextSchoolDay(cal, d('2027-06-11'))).toBe('2027-08-23'); // summer, into the last year
    expect(nextSchoolDay(cal, d('2028-06-09'))).toBeUndefined(); // after the last day
  });

  it('gives the school year a date is in, or the next one', () => {
    expect(schoolYearOnOrAfter(cal, d('2026-03-01'))).toEqual({ firstDay: '2025-08-25', lastDay: '2026-06-12' });
    expect(schoolYearOnOrAfter(cal, d('2026-06-12'))).toEqual({ firstDay: '2025-08-25', lastDay: '2026-06-12' });
    expect(schoolYearOnOrAfter(cal, d('2026-07-01'))).toEqual({ firstDay: '2026-08-24', lastDay: '2027-06-11' });
    expect(schoolYearOnOrAfter(cal, d('2020-01-01'))).toEqual({ firstDay: '2025-08-25', lastDay: '2026-06-12' });
    expect(schoolYearOnOrAfter(cal, d('2027-07-01'))).toEqual({ firstDay: '2027-08-23', lastDay: '2028-06-09' });
    expect(schoolYearOnOrAfter(cal, d('2028-07-01'))).toBeUndefined();
  });
});

describe('compileCalendar breaks', () => {
  const index = compileCalendar(cal);
  const at = (date: string) => index.breakAt(toDayNumber(d(date)));

  it('joins the weekends to a break and counts the school days it took', () => {
    // Thanksgiving: Sat 11/22 … Sun 11/30/2025, Mon–Fri closed → 5 school days missed
    expect(at('2025-11-26')).toEqual({ from: toDayNumber(d('2025-11-22')), to: toDayNumber(d('2025-11-30')), schoolDaysMissed: 5, name: 'Thanksgiving break' });
    expect(at('2025-11-22')).toBe(at('2025-11-30'));
    // winter: Sat 12/20/2025 … Sun 1/4/2026, 10 weekdays closed
    expect(at('2026-01-01')?.schoolDaysMissed).toBe(10);
    expect(at('2026-01-01')?.name).toBe('Winter break');
    // Labor Day weekend: Sat 8/30 … Mon 9/1 → 1 day missed
    expect(at('2025-08-30')?.schoolDaysMissed).toBe(1);
    expect(at('2025-08-30')?.name).toBe('Labor Day');
    // an ordinary weekend misses nothing
    expect(at('2025-09-06')).toMatchObject({ schoolDaysMissed: 0, name: 'weekend' });
    // summer and school days are not breaks
    expect(at('2026-07-01')).toBeUndefined();
    expect(at('2025-09-02')).toBeUndefined();
  });

  it('gives the same compiled index for the same calendar object', () => {
    expect(compileCalendar(cal)).toBe(index);
  });
});
