import { describe, expect, it } from 'vitest';
import { IN } from './IN.ts';
import { d, dueOf } from './test-calendars.ts';

describe('IN: 50 instructional days from consent', () => {
  it('counts instructional days across Veterans Day and Thanksgiving break', () => {
    // Consent 2025-10-01: 45th school day is Dec 11 (see MA); Dec 12 (46), 15-18 (50).
    expect(dueOf(IN, 'initial-evaluation', { consentDate: d('2025-10-01') })).toBe('2025-12-18');
  });
});
