import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MA } from './MA.ts';
import { d, dueOf, settingsWith } from './test-calendars.ts';

describe('MA: assessments in 30, proposed IEP in 45 school working days of consent', () => {
  it('counts school working days on the district calendar', () => {
    // Consent 2025-10-01: 30th school day after it is Nov 13 (Veterans Day off); 45th: Nov 14 (31), 17-21 (36),
    // Thanksgiving break, Dec 1-5 (41), 8-11 (45).
    expect(dueOf(MA, 'initial-evaluation', { consentDate: d('2025-10-01') })).toBe('2025-11-13');
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2025-10-01') })).toBe('2025-12-11');
  });

  it('walks across winter break, the new year and Presidents\' week', () => {
    // Consent 2025-12-01: 30th school day Jan 27 (Dec 2-19 = 14, Jan 5-27 = 16, MLK off); 45th: Jan 28-30 (33),
    // Feb 2-6 (38), 9-13 (43), Presidents' week off, Feb 23 (44), 24 (45).
    expect(dueOf(MA, 'initial-evaluation', { consentDate: d('2025-12-01') })).toBe('2026-01-27');
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2025-12-01') })).toBe('2026-02-24');
  });

  it('consent 30 to 45 school working days before the end of the year: proposed IEP 14 days after it ends (P10)', () => {
    // Last day Fri 2026-06-05. After Wed Apr 1 there are 46 school days left: the ordinary count gives the 45th, June 4.
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2026-04-01') })).toBe('2026-06-04');
    // Thu Apr 2: 45 left; Thu Apr 23: 30 left → June 5 + 14 = June 19.
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2026-04-02') })).toBe('2026-06-19');
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2026-04-23') })).toBe('2026-06-19');
    // Fri Apr 24: 29 left → 45 counted across the summer: 29 in spring, then Aug 24-28 (34), Aug 31-Sep 4 (39),
    // Sep 8-11 (43, Labor Day Sep 7), Sep 14-15 (45).
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2026-04-24') })).toBe('2026-09-15');
    // The 30-day assessments from Apr 24: 29 in spring, the 30th is the first day of the next year.
    expect(dueOf(MA, 'initial-evaluation', { consentDate: d('2026-04-24') })).toBe('2026-08-24');
  });

  it('counts the consent day when the caseload counts inclusively', () => {
    // Inclusive: Apr 24 itself counts, so 30 are left: the end-of-year rule applies; 14 days counting June 5 → June 18.
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2026-04-24') }, settingsWith({ countTriggerDay: true }))).toBe('2026-06-18');
  });

  it('never gives an earlier proposed-IEP date for a later consent', () => {
    const toDate = (n: number) => d(new Date(Date.UTC(2025, 7, 25 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 30 }), (n, gap) => {
        const a = dueOf(MA, 'initial-iep', { consentDate: toDate(n) });
        const b = dueOf(MA, 'initial-iep', { consentDate: toDate(n + gap) });
        if (a.startsWith('failed') || b.startsWith('failed')) return;
        expect(b >= a).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('starts transition planning at 14', () => {
    expect(dueOf(MA, 'transition-services', { dateOfBirth: d('2012-12-10'), lastIepDate: d('2025-10-01') })).toBe('2026-09-30');
  });
});
