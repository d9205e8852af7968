import { describe, expect, it } from 'vitest';
import { Settings } from '../settings.ts';
import { PA } from './PA.ts';
import { d, dueOf } from './test-calendars.ts';

describe('PA: evaluation report in 60 calendar days, summer not counted (P13)', () => {
  it('does not count from the day after the last spring day to the day before the first fall day', () => {
    // Consent 2026-05-01: May 2-31 (30), June 1-12 (42); June 13 - Aug 23 not counted; Aug 24-31 (50), Sep 1-10 (60).
    expect(dueOf(PA, 'initial-evaluation', { consentDate: d('2026-05-01') })).toBe('2026-09-10');
  });

  it('counts winter break and other school-year closures', () => {
    // Consent 2025-12-01 + 60 calendar days = 2026-01-30 (no break exclusion in Pennsylvania).
    expect(dueOf(PA, 'initial-evaluation', { consentDate: d('2025-12-01') })).toBe('2026-01-30');
  });

  it('lands on February 29 in a leap year', () => {
    // Consent 2027-12-31: Jan 1-31 (31), Feb 1-29 (60).
    expect(dueOf(PA, 'initial-evaluation', { consentDate: d('2027-12-31') })).toBe('2028-02-29');
  });

  it('needs the calendar to know when the terms end', () => {
    expect(dueOf(PA, 'initial-evaluation', { consentDate: d('2026-05-01') }, Settings.parse({}))).toMatch(/failed: .*school calendar/);
  });

  it('reevaluates every 2 years for an intellectual disability, 3 otherwise', () => {
    const last = d('2025-10-15');
    // Day-before-anniversary convention (default).
    expect(dueOf(PA, 'reevaluation', { lastEvaluationDate: last, disability: 'Intellectual Disability' })).toBe('2027-10-14');
    expect(dueOf(PA, 'reevaluation', { lastEvaluationDate: last, disability: 'ID' })).toBe('2027-10-14');
    expect(dueOf(PA, 'reevaluation', { lastEvaluationDate: last, disability: 'Specific Learning Disability' })).toBe('2028-10-14');
    expect(dueOf(PA, 'reevaluation', { lastEvaluationDate: last })).toBe('2028-10-14');
  });

  it('gives the IEP 30 days after the evaluation report', () => {
    expect(dueOf(PA, 'initial-iep', { eligibilityDate: d('2026-09-17') })).toBe('2026-10-17');
  });
});
