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
    // Last day Fri 2026-06-12. School days left after a date, counted back from June 12: June 8-12 (5), 1-5 (10),
    // May 26-29 (14, Memorial Day 25th), 18-22 (19), 11-15 (24), 4-8 (29), Apr 27 - May 1 (34), Apr 20-24 (39),
    // 13-17 (44), Fri Apr 10 (45), Thu Apr 9 (46).
    // After Wed Apr 8: 46 left, so the ordinary count gives the 45th, Thu June 11.
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2026-04-08') })).toBe('2026-06-11');
    // Thu Apr 9: 45 left; Thu Apr 30: 30 left (May 1 - June 12) → June 12 + 14 = June 26.
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2026-04-09') })).toBe('2026-06-26');
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2026-04-30') })).toBe('2026-06-26');
    // Fri May 1: 29 left → 45 counted across the summer: 29 in spring, then Aug 24-28 (34), Aug 31-Sep 4 (39),
    // Sep 8-11 (43, Labor Day Sep 7), Sep 14-15 (45).
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2026-05-01') })).toBe('2026-09-15');
    // The 30-day assessments from May 1: 29 in spring, the 30th is the first day of the next year.
    expect(dueOf(MA, 'initial-evaluation', { consentDate: d('2026-05-01') })).toBe('2026-08-24');
  });

  it('counts the consent day when the caseload counts inclusively', () => {
    // Inclusive: Fri May 1 itself counts, so 30 are left: the end-of-year rule applies; 14 days counting June 12
    // as day 1 → June 25.
    expect(dueOf(MA, 'initial-iep', { consentDate: d('2026-05-01') }, settingsWith({ countTriggerDay: true }))).toBe('2026-06-25');
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
