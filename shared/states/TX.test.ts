import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSchoolDay } from '../is-school-day.ts';
import { Settings } from '../settings.ts';
import { TX } from './TX.ts';
import { d, DISTRICT_CALENDAR, dueOf, runRule, settingsWith } from './test-calendars.ts';

describe('TX initial evaluation (FIIE): 45 school days from the first school day after consent', () => {
  it('counts school days only, day 1 being the first school day after consent', () => {
    // Consent Wed 2025-09-03. Day 1 = Thu 09-04. Sept 4-5 (2), 8-12 (7), 15-19 (12), 22-26 (17), 29-30 (19);
    // Oct 1-3 (22), 6-10 (27), 13-17 (32), 20-24 (37), 27-31 (42); Nov 3 (43), 4 (44), 5 (45).
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2025-09-03') })).toBe('2025-11-05');
  });

  it('walks across Thanksgiving break, winter break and MLK Day', () => {
    // Consent Mon 2025-11-17: Nov 18-21 (4); Thanksgiving break; Dec 1-5 (9), 8-12 (14), 15-19 (19);
    // winter break; Jan 5-9 (24), 12-16 (29), 20-23 (33, MLK 19th), 26-30 (38); Feb 2-6 (43), 9 (44), 10 (45).
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2025-11-17') })).toBe('2026-02-10');
  });

  it('extends by every day absent once the student misses 3 or more school days', () => {
    // Fewer than 3 absences: no extension. 3 absences: 48 school days: Nov 6 (46), 7 (47), 10 (48).
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2025-09-03'), absences: 2 })).toBe('2025-11-05');
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2025-09-03'), absences: 3 })).toBe('2025-11-10');
    const outcome = runRule(TX, 'initial-evaluation', { consentDate: d('2025-09-03'), absences: 3 });
    expect(outcome?.ok && outcome.value.notes.join(' ')).toContain('Extended by 3 school days');
  });

  it('moves the report to June 30 when consent comes 35 to 44 school days before the last instructional day (P2)', () => {
    // Last instructional day Fri 2026-06-12. School days left after consent, counted back from June 12:
    // June 8-12 (5), 1-5 (10), May 26-29 (14, Memorial Day 25th), 18-22 (19), 11-15 (24), 4-8 (29),
    // Apr 27 - May 1 (34), Apr 20-24 (39), 13-17 (44), Fri Apr 10 (45).
    // Thu Apr 9 → 45 left (45th school day is June 12 itself); Fri Apr 10 → 44; Thu Apr 23 → 35; Fri Apr 24 → 34.
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2026-04-09') })).toBe('2026-06-12');
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2026-04-10') })).toBe('2026-06-30');
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2026-04-23') })).toBe('2026-06-30');
    // 34 left: 34 in spring, then 11 in 2026-27: Aug 24-28 (5), Aug 31-Sep 4 (10), Tue Sep 8 (11, Labor Day 7th).
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2026-04-24') })).toBe('2026-09-08');
  });

  it('drops the June 30 date when the student was absent 3 or more days: 45 + absences school days (P2)', () => {
    // Consent Fri Apr 10 (44 left), 3 absences → 48 school days: 44 in spring, then Aug 24, 25, 26, 27.
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2026-04-10'), absences: 3 })).toBe('2026-08-27');
  });

  it('counts the consent day itself when the caseload counts inclusively', () => {
    // Inclusive: Wed Sept 3 is day 1, so day 45 is one school day earlier.
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2025-09-03') }, settingsWith({ countTriggerDay: true }))).toBe('2025-11-04');
  });

  it('needs a school calendar, and says so plainly', () => {
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2025-09-03') }, Settings.parse({}))).toMatch(/failed: .*school calendar/);
  });

  it('asks for the next school year when the count runs past the calendar', () => {
    expect(dueOf(TX, 'initial-evaluation', { consentDate: d('2028-05-01') })).toMatch(/failed: .*add the next school year/);
  });

  it('always lands on a school day, never earlier for a later consent, never earlier with more absences', () => {
    const day = fc.integer({ min: 0, max: 900 });
    const toDate = (n: number) => d(new Date(Date.UTC(2025, 7, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (n, gap, a, more) => {
        const early = dueOf(TX, 'initial-evaluation', { consentDate: toDate(n), absences: a });
        const late = dueOf(TX, 'initial-evaluation', { consentDate: toDate(n + gap), absences: a });
        const absent = dueOf(TX, 'initial-evaluation', { consentDate: toDate(n), absences: a + more });
        if (early.startsWith('failed') || late.startsWith('failed') || absent.startsWith('failed')) return;
        if (early !== '2026-06-30' && early !== '2027-06-30' && early !== '2028-06-30') expect(isSchoolDay(DISTRICT_CALENDAR, d(early))).toBe(true);
        expect(late >= early).toBe(true);
        expect(absent >= early).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('TX initial ARD: 30 calendar days from the FIIE report', () => {
  it('is 30 calendar days after the report during the school year', () => {
    // Report Fri 2025-10-10 + 30 days = Sun 2025-11-09.
    expect(dueOf(TX, 'initial-iep', { evaluationReportDate: d('2025-10-10') })).toBe('2025-11-09');
  });

  it('counts from the evaluation report, not from an eligibility decision made at the ARD itself (19 TAC 89.1011(d))', () => {
    // Report 2025-10-10, eligibility decided at the ARD on 2025-11-03: due 30 days after the report, and done on 2025-11-03.
    const outcome = runRule(TX, 'initial-iep', { evaluationReportDate: d('2025-10-10'), eligibilityDate: d('2025-11-03') });
    expect(outcome?.ok && outcome.value).toMatchObject({ dueDate: '2025-11-09', completedOn: '2025-11-03' });
    // Only an eligibility date: the ARD cannot be counted from it in Texas.
    expect(dueOf(TX, 'initial-iep', { eligibilityDate: d('2025-10-10') })).toBe('not applicable');
  });

  it('moves to the first day of fall classes when day 30 falls in the summer (setting, default on)', () => {
    // Report Wed 2026-05-20 + 30 = Fri 2026-06-19: summer → first day of 2026-27, Mon 2026-08-24.
    expect(dueOf(TX, 'initial-iep', { evaluationReportDate: d('2026-05-20') })).toBe('2026-08-24');
    const off = settingsWith({ ruleSettings: { 'TX.ardSummerRule': false } });
    expect(dueOf(TX, 'initial-iep', { evaluationReportDate: d('2026-05-20') }, off)).toBe('2026-06-19');
  });

  it('in the June 30 case is held by the 15th school day of the next year (setting)', () => {
    // Consent Fri Apr 10 (44 school days left), report June 15. 2026-27: Aug 24-28 (5), Aug 31-Sep 4 (10),
    // Sep 8-11 (14, Labor Day 7th), Mon Sep 14 (15).
    const student = { consentDate: d('2026-04-10'), evaluationReportDate: d('2026-06-15') };
    expect(dueOf(TX, 'initial-iep', student)).toBe('2026-09-14');
    expect(dueOf(TX, 'initial-iep', student, settingsWith({ ruleSettings: { 'TX.june30ArdSchoolDay': 10 } }))).toBe('2026-09-04');
    // null: the ordinary 30-day rule (June 15 + 30 = July 15, summer → first day of fall classes).
    expect(dueOf(TX, 'initial-iep', student, settingsWith({ ruleSettings: { 'TX.june30ArdSchoolDay': null } }))).toBe('2026-08-24');
  });
});

describe('TX transition and majority', () => {
  it('starts transition services with the IEP in effect at 14, not 16', () => {
    // Born 2012-12-10: turns 14 on 2026-12-10. Last IEP 2025-10-01 → next annual review due 2026-09-30,
    // and that IEP is the one in effect on the 14th birthday.
    const student = { dateOfBirth: d('2012-12-10'), lastIepDate: d('2025-10-01') };
    const outcome = runRule(TX, 'transition-services', student);
    expect(outcome?.ok && outcome.value.inputs.transitionAge).toBe(14);
    expect(dueOf(TX, 'transition-services', student)).toBe('2026-09-30');
  });

  it('transfers rights at 18, or never when the setting is null', () => {
    expect(dueOf(TX, 'transfer-of-rights', { dateOfBirth: d('2008-05-01') })).toBe('2026-05-01');
    const never = settingsWith({ ruleSettings: { 'US.ageOfMajority': null } });
    expect(dueOf(TX, 'transfer-of-rights', { dateOfBirth: d('2008-05-01') }, never)).toBe('not applicable');
    expect(dueOf(TX, 'transfer-of-rights-notice', { dateOfBirth: d('2008-05-01'), lastIepDate: d('2024-11-01') }, never)).toBe('not applicable');
  });
});
