import { describe, expect, it } from 'vitest';
import { Settings } from '../settings.ts';
import { WI } from './WI.ts';
import { d, dueOf } from './test-calendars.ts';

describe('WI: eligibility and IEP within 60 days of the district receiving consent', () => {
  it('starts the clock on the day the district received the form, not the day it was signed (P3)', () => {
    // Signed Fri 2025-10-03, handed in Wed 2025-10-08: the record holds the receipt date. Oct 9-31 (23), Nov (53), Dec 1-7 (60).
    expect(dueOf(WI, 'initial-evaluation', { consentDate: d('2025-10-08') }, Settings.parse({}))).toBe('2025-12-07');
    expect(dueOf(WI, 'initial-iep', { consentDate: d('2025-10-08') }, Settings.parse({}))).toBe('2025-12-07');
  });
});
