import { describe, expect, it } from 'vitest';
import { Settings } from '../settings.ts';
import { OH } from './OH.ts';
import { d, dueOf } from './test-calendars.ts';

describe('OH: ETR within 60 calendar days, counting the actual days (P4)', () => {
  it('moves the due date one day earlier when the window holds February 29', () => {
    // 2028-01-15: Jan 16-31 (16), Feb 1-29 (45), Mar 1-15 (60). 2027: Feb has 28 days → Mar 16.
    expect(dueOf(OH, 'initial-evaluation', { consentDate: d('2028-01-15') }, Settings.parse({}))).toBe('2028-03-15');
    expect(dueOf(OH, 'initial-evaluation', { consentDate: d('2027-01-15') }, Settings.parse({}))).toBe('2027-03-16');
  });

  it('starts transition services at 14', () => {
    expect(dueOf(OH, 'transition-services', { dateOfBirth: d('2012-12-10'), lastIepDate: d('2025-10-01') })).toBe('2026-09-30');
  });
});
