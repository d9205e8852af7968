import { describe, expect, it } from 'vitest';
import { NY } from './NY.ts';
import { d, dueOf } from './test-calendars.ts';

describe('NY: evaluation in 60 calendar days, services arranged in 60 school days of consent', () => {
  it('counts the evaluation in calendar days', () => {
    expect(dueOf(NY, 'initial-evaluation', { consentDate: d('2025-10-01') })).toBe('2025-11-30');
  });

  it('arranges services within 60 school days, or holds the IEP meeting 30 days after eligibility if sooner', () => {
    // 60 school days after 2025-10-01: Jan 15, 2026 (Veterans Day, Thanksgiving and winter breaks off).
    expect(dueOf(NY, 'initial-iep', { consentDate: d('2025-10-01') })).toBe('2026-01-15');
    expect(dueOf(NY, 'initial-iep', { consentDate: d('2025-10-01'), eligibilityDate: d('2025-11-10') })).toBe('2025-12-10');
  });

  it('starts transition services with the IEP in effect at 15', () => {
    // Born 2011-12-10: 15 on 2026-12-10; the IEP written at the annual review due 2026-09-30 is in effect then.
    expect(dueOf(NY, 'transition-services', { dateOfBirth: d('2011-12-10'), lastIepDate: d('2025-10-01') })).toBe('2026-09-30');
    // Turning 15 (2025-12-10) while the IEP of 2025-10-01 is in effect: that IEP must include it by then (confirm).
    expect(dueOf(NY, 'transition-services', { dateOfBirth: d('2010-12-10'), lastIepDate: d('2025-10-01') })).toBe('2025-12-10');
  });
});
