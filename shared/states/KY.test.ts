import { describe, expect, it } from 'vitest';
import { KY } from './KY.ts';
import { d, dueOf } from './test-calendars.ts';

describe('KY: 60 school days from consent', () => {
  it('counts school days across the winter break', () => {
    // Same count as Illinois: the 60th school day after 2025-10-01 is 2026-01-15.
    expect(dueOf(KY, 'initial-evaluation', { consentDate: d('2025-10-01') })).toBe('2026-01-15');
  });
});
