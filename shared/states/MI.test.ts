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
    // Consent 2026-05-15: May 18-22 (5), 26-29 (9), June 1-5 (14); Aug 24-28 (19), Aug 31-Sep 4 (24), Sep 8-11 (28), 14-15 (30).
    expect(dueOf(MI, 'initial-evaluation', { consentDate: d('2026-05-15') })).toBe('2026-09-15');
  });
});
