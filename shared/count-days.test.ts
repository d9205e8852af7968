import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSchoolDay } from './is-school-day.ts';
import { type CountDaysOptions, countDays, type DayUnit } from './count-days.ts';
import { addCalendarDays } from './add-calendar-days.ts';
import { toDayNumber, weekdayOf } from './day-number.ts';
import { usFederalHolidays } from './us-federal-holidays.ts';
import type { IsoDate } from './iso-date.ts';
import { DISTRICT_CALENDAR, d, isoDateBetween } from './test-fixtures.ts';

const cal = DISTRICT_CALENDAR;
const due = (start: string, count: number, unit: DayUnit, options: CountDaysOptions = {}) => {
  const r = countDays(d(start), count, unit, options);
  return r.ok ? r.value.date : `FAIL: ${r.error.message}`;
};
const skipped = (start: string, count: number, unit: DayUnit, options: CountDaysOptions) => {
  const r = countDays(d(start), count, unit, options);
  return r.ok ? r.value.skipped : [];
};

describe('countDays: calendar days', () => {
  it('federal 60 days from consent, trigger day not counted', () => {
    // Sep 2 + 28 = Sep 30 (28), + 31 = Oct 31 (59), Nov 1 (60)
    expect(countDays(d('2025-09-02'), 60, 'calendar')).toEqual({ ok: true, value: { date: '2025-11-01', skipped: [] } });
  });

  it('NC example P8: referral June 1, 90 days → Aug 30 exclusive, Aug 29 inclusive', () => {
    // June 1 + 29 = June 30 (29), + 31 = July 31 (60), + 30 = Aug 30 (90); counting June 1 as day 1 → Aug 29
    expect(due('2026-06-01', 90, 'calendar')).toBe('2026-08-30');
    expect(due('2026-06-01', 90, 'calendar', { countTriggerDay: true })).toBe('2026-08-29');
  });

  it('OH example P4: a 60-day window over February 29 counts the real days', () => {
    // 2028: Jan 15 + 16 = Jan 31 (16), + 29 = Feb 29 (45), + 15 = Mar 15 (60)
    expect(due('2028-01-15', 60, 'calendar')).toBe('2028-03-15');
    // 2027 (no Feb 29): Jan 31 (16), Feb 28 (44), Mar 16 (60): the leap day shifts the date by one
    expect(due('2027-01-15', 60, 'calendar')).toBe('2027-03-16');
  });

  it('zero days is the trigger day itself', () => {
    expect(due('2025-09-02', 0, 'calendar')).toBe('2025-09-02');
    expect(due('2025-09-02', 0, 'calendar', { countTriggerDay: true })).toBe('2025-09-02');
  });

  it('rejects a count that is not a whole number of days', () => {
    expect(due('2025-09-02', -1, 'calendar')).toBe('FAIL: A timeline needs a whole number of days, not -1.');
    expect(due('2025-09-02', 1.5, 'calendar')).toBe('FAIL: A timeline needs a whole number of days, not 1.5.');
  });
});

describe('countDays: school days', () => {
  it('counts only days school meets, starting the day after the trigger', () => {
    // after Thu 11/20/2025: Fri 11/21 (1), Thanksgiving week off, Dec 1–5 (2–6), Dec 8–11 (7–10)
    expect(due('2025-11-20', 10, 'school', { calendar: cal })).toBe('2025-12-11');
    // inclusive: Thu 11/20 is day 1, so day 10 is Wed 12/10
    expect(due('2025-11-20', 10, 'school', { calendar: cal, countTriggerDay: true })).toBe('2025-12-10');
  });

  it('starts on the first school day when the trigger is in summer (TX P1: summer days are not school days)', () => {
    // consent Mon 6/29/2026 → day 1 = Mon 8/24/2026, day 5 = Fri 8/28/2026
    expect(due('2026-06-29', 5, 'school', { calendar: cal })).toBe('2026-08-28');
  });

  it('fails in plain words without a calendar, or when the count runs past it', () => {
    expect(due('2025-11-20', 10, 'school')).toBe("FAIL: This timeline counts school days; add your district's school calendar.");
    // after Mon May 1, 2028 the calendar holds only 28 school days: May 2–5 (4), 8–12 (9), 15–19 (14),
    // 22–26 (19), Memorial Day Mon 5/29 closed, May 30–June 2 (23), June 5–9 (28); June 9 is its last day
    expect(due('2028-05-01', 45, 'school', { calendar: cal })).toBe(
      'FAIL: Counting 45 school days from 2028-05-01 runs past the school calendar (2025-08-25 to 2028-06-09); add the next school year to the calendar.',
    );
    expect(due('2028-05-01', 28, 'school', { calendar: cal })).toBe('2028-06-09');
    // a trigger before the calendar: the days in between are unknown
    expect(due('2025-08-01', 5, 'school', { calendar: cal })).toBe('FAIL: The school calendar starts on 2025-08-25, after 2025-08-01; add that school year.');
  });
});

describe('countDays: exclusion windows', () => {
  it('PA-style: summer between school years does not count', () => {
    // May 21–31 (11), June 1–12 (23); June 13 – Aug 23 skipped; Aug 24–31 (31), Sep 1–29 (60)
    expect(due('2026-05-20', 60, 'calendar', { calendar: cal, excludeSummer: true })).toBe('2026-09-29');
    expect(skipped('2026-05-20', 60, 'calendar', { calendar: cal, excludeSummer: true })).toEqual(['summer (2026-06-13 to 2026-08-23)']);
    // without the exclusion: May 31 (11), June 30 (41), July 19 (60)
    expect(due('2026-05-20', 60, 'calendar')).toBe('2026-07-19');
  });

  it('GA-style (≥ 5 school days): Thanksgiving week with its weekends does not count', () => {
    // after Thu 11/20: Fri 11/21 (1); Sat 11/22 – Sun 11/30 skipped; Dec 1 (2) … Dec 9 (10)
    expect(due('2025-11-20', 10, 'calendar', { calendar: cal, excludeBreaksOfAtLeast: 5 })).toBe('2025-12-09');
    expect(skipped('2025-11-20', 10, 'calendar', { calendar: cal, excludeBreaksOfAtLeast: 5 })).toEqual(['Thanksgiving break (2025-11-22 to 2025-11-30)']);
  });

  it('CA-style (more than 5 → 6): a 5-day Thanksgiving break counts, a 10-day winter break does not', () => {
    // Thanksgiving counted: Nov 21 (1) … Nov 30 (10)
    expect(due('2025-11-20', 10, 'calendar', { calendar: cal, excludeBreaksOfAtLeast: 6 })).toBe('2025-11-30');
    // after Mon 12/15: Dec 16–19 (4); Sat 12/20 – Sun 1/4 skipped; Jan 5 (5) … Jan 10 (10)
    expect(due('2025-12-15', 10, 'calendar', { calendar: cal, excludeBreaksOfAtLeast: 6 })).toBe('2026-01-10');
    expect(due('2025-12-15', 10, 'calendar')).toBe('2025-12-25');
  });

  it('a three-day weekend is not a long break', () => {
    // after Thu 8/28: Aug 29, 30, 31, Sep 1 (Labor Day), Sep 2 → 5 days, same as plain counting
    expect(due('2025-08-28', 5, 'calendar', { calendar: cal, excludeBreaksOfAtLeast: 5 })).toBe('2025-09-02');
    expect(due('2025-08-28', 5, 'calendar', { calendar: cal, excludeBreaksOfAtLeast: 6 })).toBe('2025-09-02');
  });

  it('excludeClosures skips every named closure day but keeps ordinary weekends', () => {
    // after Thu 11/20: Fri 21 (1), Sat 22 (2), Sun 23 (3); Mon 24 – Fri 28 closed; Sat 29 (4), Sun 30 (5), Dec 1–5 (6–10)
    expect(due('2025-11-20', 10, 'calendar', { calendar: cal, excludeClosures: true })).toBe('2025-12-05');
    expect(skipped('2025-11-20', 10, 'calendar', { calendar: cal, excludeClosures: true })).toEqual(['Thanksgiving break']);
  });

  it('an exclusion without a calendar fails in plain words', () => {
    expect(due('2026-05-20', 60, 'calendar', { excludeSummer: true })).toBe("FAIL: This timeline counts around school breaks; add your district's school calendar.");
    expect(due('2026-05-20', 60, 'calendar', { excludeBreaksOfAtLeast: 5 })).toMatch(/^FAIL: .*school calendar/);
  });

  // A trigger BEFORE the calendar's first year must send the teacher to the earlier year, not the next one.
  it('a trigger before the calendar with an exclusion says the calendar starts too late, not that it runs out', () => {
    for (const options of [{ excludeSummer: true }, { excludeBreaksOfAtLeast: 6 }]) {
      const reason = due('2025-07-15', 60, 'calendar', { calendar: cal, ...options });
      expect(reason).toMatch(/^FAIL: .*starts on 2025-08-25/);
      expect(reason).not.toMatch(/runs past|next school year/);
    }
  });

  it('fails when an excluded count runs past the calendar', () => {
    // May 21 – June 9, 2028 is 20 days, then the calendar ends
    expect(due('2028-05-20', 60, 'calendar', { calendar: cal, excludeSummer: true })).toMatch(/^FAIL: Counting 60 calendar days from 2028-05-20 runs past the school calendar/);
  });
});

describe('countDays: business days', () => {
  it('skips weekends and federal holidays', () => {
    // after Thu 11/20/2025: Fri 21 (1), Mon 24 (2), Tue 25 (3), Wed 26 (4), Thanksgiving Thu 27 skipped, Fri 28 (5),
    // Dec 1–5 (6–10)
    expect(due('2025-11-20', 10, 'business')).toBe('2025-12-05');
    // the Friday after Thanksgiving as a state holiday: Dec 8
    expect(due('2025-11-20', 10, 'business', { holidays: [d('2025-11-28')] })).toBe('2025-12-08');
  });

  it('counts summer weekdays but not the observed Independence Day', () => {
    // after Thu 6/25/2026: Fri 26 (1), Mon 29 (2), Tue 30 (3), Wed 7/1 (4), Thu 7/2 (5), Fri 7/3 observed holiday,
    // Mon 7/6 (6) … Fri 7/10 (10)
    expect(due('2026-06-25', 10, 'business')).toBe('2026-07-10');
  });

  it('crosses New Year observed in the year before (Jan 1, 2022 was observed Fri Dec 31, 2021)', () => {
    // after Wed 12/29/2021: Thu 30 (1), Fri 31 observed holiday, Mon 1/3 (2)
    expect(due('2021-12-29', 2, 'business')).toBe('2022-01-03');
  });
});

describe('countDays: roll forward', () => {
  it('moves a due date on a weekend to Monday (no calendar: next business day)', () => {
    expect(due('2025-09-02', 60, 'calendar', { rollForward: true })).toBe('2025-11-03'); // Sat 11/1 → Mon 11/3
    // Sep 28 + 60 = Thanksgiving 11/27/2025 → Fri 11/28
    expect(due('2025-09-28', 60, 'calendar', { rollForward: true })).toBe('2025-11-28');
  });

  it('with a calendar, moves a due date in a break to the next school day', () => {
    // Sep 27 + 3 = Sep 30, + 31 = Oct 31 (34), + 26 = Wed Nov 26 (60), in Thanksgiving break → Mon Dec 1
    expect(due('2025-09-27', 60, 'calendar', { calendar: cal, rollForward: true })).toBe('2025-12-01');
    expect(due('2025-09-27', 60, 'calendar', { rollForward: true })).toBe('2025-11-26'); // a weekday, no calendar
    expect(due('2025-09-27', 60, 'calendar', { calendar: cal })).toBe('2025-11-26'); // no roll forward
  });

  it('fails when the rolled date is past the calendar', () => {
    // May 1, 2028 + 60 = May 31 (30) + 30 = June 30, 2028: summer, and the calendar ends June 9
    expect(due('2028-05-01', 60, 'calendar', { calendar: cal, rollForward: true })).toBe(
      'FAIL: The due date 2028-06-30 is past the end of the school calendar; add the next school year.',
    );
  });
});

describe('countDays properties', () => {
  const inCalendar = isoDateBetween('2025-08-20', '2027-06-11');
  const configs: [DayUnit, CountDaysOptions][] = [
    ['calendar', {}],
    ['calendar', { calendar: cal, excludeSummer: true }],
    ['calendar', { calendar: cal, excludeBreaksOfAtLeast: 5 }],
    ['calendar', { calendar: cal, excludeBreaksOfAtLeast: 6, excludeSummer: true }],
    ['calendar', { calendar: cal, excludeClosures: true }],
    ['calendar', { calendar: cal, rollForward: true }],
    ['calendar', { rollForward: true }],
    ['school', { calendar: cal }],
    ['business', {}],
    ['business', { holidays: [d('2025-11-28'), d('2026-03-31')] }],
  ];
  const config = fc.constantFrom(...configs);
  const date = (start: IsoDate, count: number, [unit, options]: [DayUnit, CountDaysOptions], inclusive = false) => {
    const r = countDays(start, count, unit, { ...options, countTriggerDay: inclusive });
    return r.ok ? r.value.date : undefined;
  };

  it('a school-day due date is always a school day after the trigger', () => {
    fc.assert(
      fc.property(inCalendar, fc.integer({ min: 1, max: 200 }), fc.boolean(), (start, count, inclusive) => {
        const r = countDays(start, count, 'school', { calendar: cal, countTriggerDay: inclusive });
        if (!r.ok) return r.error.message.includes('runs past the school calendar') || (start < '2025-08-24' && r.error.message.includes('starts on 2025-08-25'));
        return isSchoolDay(cal, r.value.date) && (inclusive ? r.value.date >= start : r.value.date > start);
      }),
      { numRuns: 300 },
    );
  });

  it('a later trigger never gives an earlier due date', () => {
    fc.assert(
      fc.property(inCalendar, inCalendar, fc.integer({ min: 0, max: 90 }), config, (a, b, count, c) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const x = date(early, count, c);
        const y = date(late, count, c);
        return x === undefined || y === undefined || x <= y;
      }),
      { numRuns: 300 },
    );
  });

  it('more days never give an earlier due date', () => {
    fc.assert(
      fc.property(inCalendar, fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }), config, (start, m, n, c) => {
        const [few, many] = m <= n ? [m, n] : [n, m];
        const x = date(start, few, c);
        const y = date(start, many, c);
        return x === undefined || y === undefined || x <= y;
      }),
      { numRuns: 300 },
    );
  });

  it('counting the trigger day is never later than not counting it, and at most one counted day earlier', () => {
    fc.assert(
      fc.property(inCalendar, fc.integer({ min: 0, max: 90 }), config, (start, count, c) => {
        const inclusive = date(start, count, c, true);
        const exclusive = date(start, count, c, false);
        if (inclusive === undefined || exclusive === undefined) return true;
        const oneLess = count === 0 ? start : date(start, count - 1, c, false);
        return inclusive <= exclusive && (oneLess === undefined || inclusive >= oneLess || c[1].rollForward === true);
      }),
      { numRuns: 300 },
    );
  });

  it('plain calendar days are exactly date arithmetic', () => {
    fc.assert(
      fc.property(isoDateBetween('1990-01-01', '2090-12-31'), fc.integer({ min: 1, max: 1000 }), (start, count) => {
        return date(start, count, ['calendar', {}]) === addCalendarDays(start, count) && date(start, count, ['calendar', {}], true) === addCalendarDays(start, count - 1);
      }),
    );
  });
});

describe('countDays against day-by-day counting', () => {
  function walk(start: IsoDate, count: number, counts: (day: IsoDate) => boolean): IsoDate {
    let day = start;
    for (let n = 0; n < count; ) {
      day = addCalendarDays(day, 1);
      if (counts(day)) n++;
    }
    return day;
  }

  it('school days: the n-th school day after the trigger', () => {
    fc.assert(
      fc.property(isoDateBetween('2025-08-24', '2027-03-01'), fc.integer({ min: 1, max: 60 }), (start, count) => {
        const r = countDays(start, count, 'school', { calendar: cal });
        const expected = walk(start, count, (day) => isSchoolDay(cal, day));
        return r.ok ? r.value.date === expected : expected > d('2027-06-11');
      }),
      { numRuns: 200 },
    );
  });

  it('business days: the n-th weekday after the trigger that is not an observed federal or listed holiday', () => {
    const extra = [d('2025-11-28'), d('2026-12-24')];
    const holidays = new Set<string>(extra);
    for (let y = 2019; y <= 2031; y++) for (const h of usFederalHolidays(y)) holidays.add(h.date);
    fc.assert(
      fc.property(isoDateBetween('2020-01-01', '2029-12-31'), fc.integer({ min: 1, max: 120 }), (start, count) => {
        const r = countDays(start, count, 'business', { holidays: extra });
        const expected = walk(start, count, (day) => {
          const wd = weekdayOf(toDayNumber(day));
          return wd !== 0 && wd !== 6 && !holidays.has(day);
        });
        return r.ok && r.value.date === expected;
      }),
      { numRuns: 200 },
    );
  });

  it('summer excluded: calendar days inside school years only', () => {
    const inYear = (day: IsoDate) => (day >= '2025-08-25' && day <= '2026-06-12') || (day >= '2026-08-24' && day <= '2027-06-11') || (day >= '2027-08-23' && day <= '2028-06-09');
    fc.assert(
      fc.property(isoDateBetween('2025-08-25', '2027-04-01'), fc.integer({ min: 1, max: 60 }), (start, count) => {
        const r = countDays(start, count, 'calendar', { calendar: cal, excludeSummer: true });
        const expected = walk(start, count, inYear);
        return r.ok ? r.value.date === expected : expected > d('2027-06-11');
      }),
      { numRuns: 200 },
    );
  });
});
