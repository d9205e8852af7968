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
    // Consent 2026-05-20 (23 days before Fri June 12): May 21-31 (11; Memorial Day is 1 day and counts), June 1-12 (23);
    // summer June 13 - Aug 23 skipped; Aug 24-31 (31), Sep 1-29 (60).
    expect(dueOf(GA, 'initial-evaluation', { consentDate: d('2026-05-20') })).toBe('2026-09-29');
    // Consent 2026-05-14 (29 days before June 12): May 15-31 (17), June 1-12 (29); summer skipped; Aug 24-31 (37), Sep 1-23 (60).
    expect(dueOf(GA, 'initial-evaluation', { consentDate: d('2026-05-14') })).toBe('2026-09-23');
  });

  it("says the end-of-year clause is unread and takes the earlier date for consent 30+ days before the year ends (GAC 160-4-7-.04(1)(b))", () => {
    // The rule text read stops at "Consent received 30 days or more prior to the end of the school year": what such
    // consent is owed could not be read, so the earlier reading (summer counted) is the default and the date says so.
    // Consent 2026-05-01 (42 days before Fri June 12): counting through the summer, May 2-31 (30), June 1-30 (60): June 30.
    // Skipping it: May 2-31 (30), June 1-12 (42); summer skipped; Aug 24-31 (50), Sep 1-10 (60; Labor Day counts): Sep 10.
    const outcome = runRule(GA, 'initial-evaluation', { consentDate: d('2026-05-01') });
    expect(outcome?.ok && outcome.value.dueDate).toBe('2026-06-30');
    expect(outcome?.ok && outcome.value.notes.join(' ')).toContain('could not be read');
    expect(outcome?.ok && outcome.value.notes.join(' ')).toContain('2026-09-10');
    expect(dueOf(GA, 'initial-evaluation', { consentDate: d('2026-05-01') }, settingsWith({ calendar: DISTRICT_CALENDAR, ruleSettings: { [GA_SETTINGS.earlyConsentDays]: null } }))).toBe('2026-09-10');
    // Exactly 30 days before (May 13 + 30 = June 12) is "30 days or more": May 14-31 (18), June 1-30 (48), July 1-12 (60).
    expect(dueOf(GA, 'initial-evaluation', { consentDate: d('2026-05-13') })).toBe('2026-07-12');
    expect(GA.rules[0]?.verification).not.toBe('V');
  });

  it('counts February 29 and skips both February and spring breaks in 2028', () => {
    // Consent 2028-01-20: Jan 21-31 (11), Feb 1-18 (29); Feb 19-27 skipped (Presidents' week with weekends);
    // Feb 28-29 (31); Mar 1-24 (55); Mar 25 - Apr 2 skipped (spring break Mar 27-31 with weekends); Apr 3-7 (60).
    expect(dueOf(GA, 'initial-evaluation', { consentDate: d('2028-01-20') })).toBe('2028-04-07');
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
