import { describe, expect, it } from 'vitest';
import { Settings } from '../settings.ts';
import { CO } from './CO.ts';
import { d, dueOf } from './test-calendars.ts';

describe('CO: 60 calendar days from consent, IEP 30 days after eligibility', () => {
  it('counts calendar days across the year end', () => {
    // Consent 2025-11-15: Nov 16-30 (15), Dec (46), Jan 1-14 (60).
    expect(dueOf(CO, 'initial-evaluation', { consentDate: d('2025-11-15') }, Settings.parse({}))).toBe('2026-01-14');
    expect(dueOf(CO, 'initial-iep', { eligibilityDate: d('2026-01-10') }, Settings.parse({}))).toBe('2026-02-09');
  });
});
