import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSchoolDay } from '../is-school-day.ts';
import { IL } from './IL.ts';
import { d, DISTRICT_CALENDAR, dueOf, settingsWith } from './test-calendars.ts';

describe('IL: eligibility and IEP within 60 school days of consent', () => {
  it('counts 60 attendance days across Thanksgiving and winter break', () => {
    // Consent 2025-10-01: Oct 2-3 (2), 6-10 (7), 13-17 (12), 20-24 (17), 27-31 (22); Nov 3-7 (27), 10,12-14 (31),
    // 17-21 (36); Dec 1-5 (41), 8-12 (46), 15-19 (51); Jan 5-9 (56), 12-15 (60).
    expect(dueOf(IL, 'initial-evaluation', { consentDate: d('2025-10-01') })).toBe('2026-01-15');
    expect(dueOf(IL, 'initial-iep', { consentDate: d('2025-10-01') })).toBe('2026-01-15');
  });

  it('with fewer than 60 attendance days left, is due before the first day of the next school year (P11)', () => {
    // After Thu 2026-03-12 there are exactly 60 school days to Fri June 12: Mar 13 (1), 16-20 (6), 23-27 (11);
    // spring break Mar 30 - Apr 3; Apr 6-10 (16), 13-17 (21), 20-24 (26), Apr 27 - May 1 (31), May 4-8 (36),
    // 11-15 (41), 18-22 (46), 26-29 (50, Memorial Day 25th), June 1-5 (55), 8-12 (60): the 60th is June 12.
    // After Fri Mar 13 only 59 are left: due before Mon 2026-08-24, i.e. by Sun Aug 23.
    expect(dueOf(IL, 'initial-evaluation', { consentDate: d('2026-03-12') })).toBe('2026-06-12');
    expect(dueOf(IL, 'initial-evaluation', { consentDate: d('2026-03-13') })).toBe('2026-08-23');
    expect(dueOf(IL, 'initial-evaluation', { consentDate: d('2026-05-29') })).toBe('2026-08-23');
    // Inclusive counting: Mar 13 itself counts, 60 left, so the 60th attendance day is June 12.
    expect(dueOf(IL, 'initial-evaluation', { consentDate: d('2026-03-13') }, settingsWith({ countTriggerDay: true }))).toBe('2026-06-12');
  });

  it('consent over the summer starts counting on the first day of school', () => {
    // Consent 2026-07-15: 60 school days of 2026-27 from Aug 24 (Labor Day Sep 7 off) → Aug 24..Nov 17.
    expect(dueOf(IL, 'initial-evaluation', { consentDate: d('2026-07-15') })).toBe('2026-11-17');
  });

  it('asks for the next school year when the calendar ends', () => {
    expect(dueOf(IL, 'initial-evaluation', { consentDate: d('2028-04-03') })).toMatch(/failed: .*add that school year/);
  });

  it('gives a school day or the day before a school year, never earlier for a later consent', () => {
    const toDate = (n: number) => d(new Date(Date.UTC(2025, 7, 25 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 30 }), (n, gap) => {
        const a = dueOf(IL, 'initial-evaluation', { consentDate: toDate(n) });
        const b = dueOf(IL, 'initial-evaluation', { consentDate: toDate(n + gap) });
        if (a.startsWith('failed') || b.startsWith('failed')) return;
        expect(isSchoolDay(DISTRICT_CALENDAR, d(a)) || ['2026-08-23', '2027-08-22'].includes(a)).toBe(true);
        expect(b >= a).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('starts transition services at 14½', () => {
    // Born 2012-06-10: 14½ on 2026-12-10. Last IEP 2025-10-01 → annual review 2026-09-30 writes the IEP in effect then.
    expect(dueOf(IL, 'transition-services', { dateOfBirth: d('2012-06-10'), lastIepDate: d('2025-10-01') })).toBe('2026-09-30');
  });
});
