import { describe, expect, it } from 'vitest';
import { WA } from './WA.ts';
import { d, dueOf } from './test-calendars.ts';

describe('WA: eligibility decision within 35 school days of consent', () => {
  it('counts school days across the summer', () => {
    // Consent 2026-05-01: May 4-8 (5), 11-15 (10), 18-22 (15), 26-29 (19; Memorial Day), June 1-5 (24), 8-12 (29);
    // summer; Aug 24-28 (34), Mon Aug 31 (35).
    expect(dueOf(WA, 'initial-evaluation', { consentDate: d('2026-05-01') })).toBe('2026-08-31');
  });

  it('counts school days across a leap-year February break', () => {
    // Consent 2028-02-01: Feb 2-4 (3), 7-11 (8), 14-18 (13); Presidents' week; Feb 28-29 (15), Mar 1-3 (18),
    // 6-10 (23), 13-17 (28), 20-24 (33); spring break Mar 27-31; Apr 3-4 (35).
    expect(dueOf(WA, 'initial-evaluation', { consentDate: d('2028-02-01') })).toBe('2028-04-04');
  });
});
