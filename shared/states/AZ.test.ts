import { describe, expect, it } from 'vitest';
import { Settings } from '../settings.ts';
import { AZ } from './AZ.ts';
import { d, dueOf } from './test-calendars.ts';

describe('AZ: MET eligibility determination within 60 days of consent', () => {
  it('counts real calendar days, one fewer across February 29', () => {
    // 2028-02-01: Feb 2-29 (28), March (59), April 1 (60). In 2027 February has 28 days: April 2.
    expect(dueOf(AZ, 'initial-evaluation', { consentDate: d('2028-02-01') }, Settings.parse({}))).toBe('2028-04-01');
    expect(dueOf(AZ, 'initial-evaluation', { consentDate: d('2027-02-01') }, Settings.parse({}))).toBe('2027-04-02');
  });
});
