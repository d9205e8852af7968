import { describe, expect, it } from 'vitest';
import { Settings } from '../settings.ts';
import { NC } from './NC.ts';
import { d, dueOf, settingsWith } from './test-calendars.ts';

describe('NC: evaluation, eligibility, IEP and placement within 90 days of the written referral', () => {
  it('counts 90 calendar days from the referral, exclusive by default, inclusive on request (P8)', () => {
    // Referral June 1: June 2-30 (29), July (60), Aug 1-30 (90). The published example counts June 1 as day 1: Aug 29.
    expect(dueOf(NC, 'initial-evaluation', { referralDate: d('2026-06-01') }, Settings.parse({}))).toBe('2026-08-30');
    expect(dueOf(NC, 'initial-evaluation', { referralDate: d('2026-06-01') }, Settings.parse({ countTriggerDay: true }))).toBe('2026-08-29');
  });

  it('runs across the new year', () => {
    // Referral 2025-11-15: Nov 16-30 (15), December (46), January (77), Feb 1-13 (90).
    expect(dueOf(NC, 'initial-evaluation', { referralDate: d('2025-11-15') })).toBe('2026-02-13');
  });

  it('ignores consent: the clock starts at the referral', () => {
    expect(dueOf(NC, 'initial-evaluation', { consentDate: d('2026-06-10') })).toBe('not applicable');
  });

  it('counts summer and breaks, and rolls a Sunday due date to the next school day only when asked', () => {
    // Aug 30, 2026 is a Sunday; with roll-forward it moves to Mon Aug 31.
    expect(dueOf(NC, 'initial-evaluation', { referralDate: d('2026-06-01') })).toBe('2026-08-30');
    expect(dueOf(NC, 'initial-evaluation', { referralDate: d('2026-06-01') }, settingsWith({ rollForward: true }))).toBe('2026-08-31');
  });

  it('ends in the IEP and placement, or 30 days after eligibility when sooner', () => {
    expect(dueOf(NC, 'initial-iep', { referralDate: d('2026-06-01') })).toBe('2026-08-30');
    expect(dueOf(NC, 'initial-iep', { referralDate: d('2026-06-01'), eligibilityDate: d('2026-06-20') })).toBe('2026-07-20');
  });
});
