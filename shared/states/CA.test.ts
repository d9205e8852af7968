import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Settings } from '../settings.ts';
import { CA } from './CA.ts';
import { d, dueOf, runRule, settingsWith } from './test-calendars.ts';

describe('CA: IEP within 60 days of consent, not counting vacations of more than 5 school days', () => {
  it('counts a 5-school-day Thanksgiving break (not more than 5)', () => {
    // Consent 2025-10-01: Oct 2-31 (30) + Nov 1-30 (60). Thanksgiving week is exactly 5 school days, so it counts.
    expect(dueOf(CA, 'initial-evaluation', { consentDate: d('2025-10-01') })).toBe('2025-11-30');
  });

  it('stops the clock over winter break, counting the weekends beside it by default (the earlier reading), and says so', () => {
    // Consent Mon 2025-12-01: Dec 2-21 (20; the weekend Dec 20-21 counts); Mon Dec 22 - Fri Jan 2 not counted;
    // Jan 3-31 (49); Feb 1-11 (60).
    expect(dueOf(CA, 'initial-evaluation', { consentDate: d('2025-12-01') })).toBe('2026-02-11');
    const outcome = runRule(CA, 'initial-evaluation', { consentDate: d('2025-12-01') });
    expect(outcome?.ok && outcome.value.notes.join(' ')).toContain('Winter break (2025-12-22 to 2026-01-02)');
    expect(outcome?.ok && outcome.value.notes.join(' ')).toContain('the other reading gives 2026-02-15');
  });

  it('stops the clock over the weekends beside the break too when the caseload reads the law that way (setting, EC 56043)', () => {
    // Same consent: Dec 2-19 = 18 days; Sat Dec 20 - Sun Jan 4 does not count. Restart Mon Jan 5: Jan 5-31 (45), Feb 1-15 (60).
    const weekendsStop = settingsWith({ ruleSettings: { 'CA.excludeWeekendsAroundBreaks': true } });
    expect(dueOf(CA, 'initial-evaluation', { consentDate: d('2025-12-01') }, weekendsStop)).toBe('2026-02-15');
    const outcome = runRule(CA, 'initial-evaluation', { consentDate: d('2025-12-01') }, weekendsStop);
    expect(outcome?.ok && outcome.value.notes.join(' ')).toContain('Winter break (2025-12-20 to 2026-01-04)');
    expect(outcome?.ok && outcome.value.notes.join(' ')).toContain('the other reading gives 2026-02-11');
  });

  it('does not count the summer between school years', () => {
    // Referral 2026-05-12 is 31 days before the last day (Fri June 12), so the ordinary rule applies. Consent Fri May 15:
    // May 16-31 (16; Memorial Day is one day, not a vacation) + June 1-12 (28); summer June 13 - Aug 23 skipped;
    // Aug 24-31 (36) + Sep 1-24 (60).
    expect(dueOf(CA, 'initial-evaluation', { referralDate: d('2026-05-12'), consentDate: d('2026-05-15') })).toBe('2026-09-24');
  });

  it('moves a late-spring referral to 30 days after the next school year starts (P12)', () => {
    // Referral 2026-05-13 is 30 days before Fri June 12 (late); consent May 15. Next year starts Mon 2026-08-24:
    // Aug 25-31 (7) + Sep 1-23 (30) = Sep 23.
    expect(dueOf(CA, 'initial-evaluation', { referralDate: d('2026-05-13'), consentDate: d('2026-05-15') })).toBe('2026-09-23');
    expect(dueOf(CA, 'initial-evaluation', { referralDate: d('2026-05-15'), consentDate: d('2026-05-20') })).toBe('2026-09-23');
    // Inclusive counting makes the first day of school day 1.
    expect(dueOf(CA, 'initial-evaluation', { referralDate: d('2026-05-15'), consentDate: d('2026-05-20') }, settingsWith({ countTriggerDay: true }))).toBe('2026-09-22');
  });

  it('applies the late-referral rule when consent comes after the last school day (EC 56344(a))', () => {
    // Referral 2026-05-20 (23 days before June 12), consent in the summer (July 10): 30 days after Aug 24 = Sep 23.
    expect(dueOf(CA, 'initial-evaluation', { referralDate: d('2026-05-20'), consentDate: d('2026-07-10') })).toBe('2026-09-23');
    const outcome = runRule(CA, 'initial-evaluation', { referralDate: d('2026-05-20'), consentDate: d('2026-07-10') });
    expect(outcome?.ok && outcome.value.notes.join(' ')).toContain('within 30 days after the next school year begins');
  });

  it('counts February 29 in a leap year', () => {
    // Consent 2028-01-10: Jan 11-31 (21) + Feb 1-29 (50) + Mar 1-10 (60). MLK Day and Presidents' week (5 school days) count.
    expect(dueOf(CA, 'initial-evaluation', { consentDate: d('2028-01-10') })).toBe('2028-03-10');
  });

  it('includes the IEP meeting: the initial IEP is due on the same date, or 30 days after eligibility if sooner', () => {
    expect(dueOf(CA, 'initial-iep', { consentDate: d('2025-12-01') })).toBe('2026-02-11');
    expect(dueOf(CA, 'initial-iep', { consentDate: d('2025-12-01'), eligibilityDate: d('2025-12-10') })).toBe('2026-01-09');
  });

  it('needs the school calendar to know the breaks', () => {
    expect(dueOf(CA, 'initial-evaluation', { consentDate: d('2025-10-01') }, Settings.parse({}))).toMatch(/failed: .*school calendar/);
  });

  it('never gives an earlier date for a later consent (same referral)', () => {
    const toDate = (n: number) => d(new Date(Date.UTC(2025, 7, 20 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 }), (n, gap, lag) => {
        const referralDate = toDate(n);
        const a = dueOf(CA, 'initial-evaluation', { referralDate, consentDate: toDate(n + lag) });
        const b = dueOf(CA, 'initial-evaluation', { referralDate, consentDate: toDate(n + lag + gap) });
        if (a.startsWith('failed') || b.startsWith('failed')) return;
        expect(b >= a).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
