import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf, toDayNumber } from '../day-number.ts';
import { Settings } from '../settings.ts';
import { VA, VA_HOLIDAYS_NOTE } from './VA.ts';
import { d, dueOf, runRule } from './test-calendars.ts';

describe('VA: eligibility within 65 business days of the referral', () => {
  it('skips weekends and federal holidays, not school breaks', () => {
    // Referral Wed 2025-10-01. Oct 2-3 (2), 6-10 (7), 14-17 (11; Columbus Day 13th), 20-24 (16), 27-31 (21);
    // Nov 3-7 (26), 10,12-14 (30; Veterans Day), 17-21 (35), 24-26,28 (39; Thanksgiving 27th); Dec 1-5 (44),
    // 8-12 (49), 15-19 (54), 22-24,26 (58; Christmas), 29-31 (61); Jan 2 (62; New Year's Day), Jan 5-7 (65).
    expect(dueOf(VA, 'initial-evaluation', { referralDate: d('2025-10-01') }, Settings.parse({}))).toBe('2026-01-07');
  });

  it('keeps counting through the summer', () => {
    // Referral Fri 2026-05-01: May 4-8 (5), 11-15 (10), 18-22 (15), 26-29 (19; Memorial Day), June 1-5 (24),
    // 8-12 (29), 15-18 (33; Juneteenth Fri 19th), 22-26 (38), June 29 - July 2 (42; July 4 observed Fri 3rd),
    // July 6-10 (47), 13-17 (52), 20-24 (57), 27-31 (62), Aug 3-5 (65).
    expect(dueOf(VA, 'initial-evaluation', { referralDate: d('2026-05-01') }, Settings.parse({}))).toBe('2026-08-05');
  });

  it("says the date skips federal holidays only until Virginia's own holidays are in the settings (8VAC20-81-60)", () => {
    const without = runRule(VA, 'initial-evaluation', { referralDate: d('2025-10-01') }, Settings.parse({}));
    expect(without?.ok && without.value.notes).toContain(VA_HOLIDAYS_NOTE);
    const withHolidays = runRule(VA, 'initial-evaluation', { referralDate: d('2025-10-01') }, Settings.parse({ holidays: ['2025-11-04', '2025-11-28'] }));
    expect(withHolidays?.ok && withHolidays.value.dueDate).toBe('2026-01-09');
    expect(withHolidays?.ok && withHolidays.value.notes).not.toContain(VA_HOLIDAYS_NOTE);
  });

  it('skips the state holidays listed in the settings', () => {
    // Election Day 2025-11-04 as a state holiday pushes the date one business day.
    expect(dueOf(VA, 'initial-evaluation', { referralDate: d('2025-10-01') }, Settings.parse({ holidays: ['2025-11-04'] }))).toBe('2026-01-08');
  });

  it('always lands on a weekday, later for a later referral', () => {
    const toDate = (n: number) => d(new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 20 }), (n, gap) => {
        const a = dueOf(VA, 'initial-evaluation', { referralDate: toDate(n) }, Settings.parse({}));
        const b = dueOf(VA, 'initial-evaluation', { referralDate: toDate(n + gap) }, Settings.parse({}));
        expect([1, 2, 3, 4, 5]).toContain(weekdayOf(toDayNumber(d(a))));
        expect(b >= a).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
