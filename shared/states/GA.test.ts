import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GA, GA_SETTINGS } from './GA.ts';
import { d, DISTRICT_CALENDAR, dueOf, runRule, settingsWith } from './test-calendars.ts';

describe('GA: 60 calendar days, not counting closures of 5 or more school days (with their weekends) or summer (P5)', () => {
  it('skips a 5-day Thanksgiving break with both weekends', () => {
    // Consent 2025-10-01: Oct 2-31 (30), Nov 1-21 (51; Veterans Day is 1 day and counts); Sat Nov 22 - Sun Nov 30
    // skipped; Dec 1-9 (60).
    expect(dueOf(GA, 'initial-evaluation', { consentDate: d('2025-10-01') })).toBe('2025-12-09');
  });

  it('skips winter break and Presidents\' week', () => {
    // Consent 2025-12-01: Dec 2-19 (18); Dec 20 - Jan 4 skipped; Jan 5-31 (45, MLK counts); Feb 1-13 (58);
    // Feb 14-22 skipped (Presidents' week with weekends); Feb 23-24 (60).
    expect(dueOf(GA, 'initial-evaluation', { consentDate: d('2025-12-01') })).toBe('2026-02-24');
  });

  it('skips summer when consent comes fewer than 30 days before the last school day', () => {
    // Consent 2026-05-20 (16 days before June 5): May 21 - June 5 (16); summer skipped; Aug 24-31 (24), Sep (54), Oct 1-6 (60).
    expect(dueOf(GA, 'initial-evaluation', { consentDate: d('2026-05-20') })).toBe('2026-10-06');
  });

  it("says the end-of-year clause is unread and takes the earlier date for consent 30+ days before the year ends (GAC 160-4-7-.04(1)(b))", () => {
    // Consent 2026-05-01 (35 days before June 5): counting through the summer gives June 30; skipping it, Sep 17.
    const outcome = runRule(GA, 'initial-evaluation', { consentDate: d('2026-05-01') });
    expect(outcome?.ok && outcome.value.dueDate).toBe('2026-06-30');
    expect(outcome?.ok && outcome.value.notes.join(' ')).toContain('could not be read');
    expect(outcome?.ok && outcome.value.notes.join(' ')).toContain('2026-09-17');
    expect(dueOf(GA, 'initial-evaluation', { consentDate: d('2026-05-01') }, settingsWith({ calendar: DISTRICT_CALENDAR, ruleSettings: { [GA_SETTINGS.earlyConsentDays]: null } }))).toBe('2026-09-17');
    expect(GA.rules[0]?.verification).not.toBe('V');
  });

  it('counts February 29 and skips both February and spring breaks in 2028', () => {
    // Consent 2028-01-10: Jan 11-31 (21), Feb 1-18 (39); Feb 19-27 skipped; Feb 28-29 (41); Mar 1-17 (58);
    // Mar 18-26 skipped (spring break with weekends); Mar 27-28 (60).
    expect(dueOf(GA, 'initial-evaluation', { consentDate: d('2028-01-10') })).toBe('2028-03-28');
  });

  it('never gives an earlier date for a later consent', () => {
    const toDate = (n: number) => d(new Date(Date.UTC(2025, 7, 25 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 30 }), (n, gap) => {
        const a = dueOf(GA, 'initial-evaluation', { consentDate: toDate(n) });
        const b = dueOf(GA, 'initial-evaluation', { consentDate: toDate(n + gap) });
        if (a.startsWith('failed') || b.startsWith('failed')) return;
        expect(b >= a).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
