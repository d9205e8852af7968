import { describe, expect, it } from 'vitest';
import { MI } from './MI.ts';
import { d, dueOf } from './test-calendars.ts';

describe('MI: notice of FAPE offer or ineligibility within 30 school days of consent', () => {
  it('walks across winter break and MLK Day', () => {
    // Consent 2025-12-01: Dec 2-5 (4), 8-12 (9), 15-19 (14); winter break; Jan 5-9 (19), 12-16 (24), 20-23 (28), 26-27 (30).
    expect(dueOf(MI, 'initial-evaluation', { consentDate: d('2025-12-01') })).toBe('2026-01-27');
    expect(dueOf(MI, 'initial-iep', { consentDate: d('2025-12-01') })).toBe('2026-01-27');
  });

  it('carries over the summer', () => {
    // Consent 2026-05-15: May 18-22 (5), 26-29 (9, Memorial Day 25th), June 1-5 (14), 8-12 (19); summer;
    // Aug 24-28 (24), Aug 31-Sep 4 (29), Tue Sep 8 (30, Labor Day 7th).
    expect(dueOf(MI, 'initial-evaluation', { consentDate: d('2026-05-15') })).toBe('2026-09-08');
  });
});
