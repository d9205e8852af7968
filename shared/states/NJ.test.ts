import { describe, expect, it } from 'vitest';
import { Settings } from '../settings.ts';
import { NJ } from './NJ.ts';
import { d, dueOf } from './test-calendars.ts';

describe('NJ: evaluation, eligibility and IEP within 90 calendar days of consent', () => {
  it('counts 90 calendar days from consent, breaks included', () => {
    // Consent 2025-10-01: Oct 2-31 (30), Nov (60), Dec 1-30 (90).
    expect(dueOf(NJ, 'initial-evaluation', { consentDate: d('2025-10-01') }, Settings.parse({}))).toBe('2025-12-30');
  });

  it('holds the IEP meeting within 30 days of eligibility, inside the 90 days', () => {
    expect(dueOf(NJ, 'initial-iep', { consentDate: d('2025-10-01'), eligibilityDate: d('2025-11-20') })).toBe('2025-12-20');
    // Eligibility late in the window: the 90-day limit comes first.
    expect(dueOf(NJ, 'initial-iep', { consentDate: d('2025-10-01'), eligibilityDate: d('2025-12-15') })).toBe('2025-12-30');
  });

  it('counts February 29 in a leap year', () => {
    // Consent 2027-12-01: Dec 2-31 (30), Jan (61), Feb 1-29 (90).
    expect(dueOf(NJ, 'initial-evaluation', { consentDate: d('2027-12-01') })).toBe('2028-02-29');
  });
});
