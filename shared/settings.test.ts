import { describe, expect, it } from 'vitest';
import { Settings, defaultSettings } from './settings.ts';
import { WorkloadSettings } from './workload-settings.ts';
import { DISTRICT_CALENDAR_JSON } from './test-fixtures.ts';

describe('Settings', () => {
  it('defaults to the federal reading: urgent ≤ 7 days, soon ≤ 30, day-before-anniversary, exclusive counting', () => {
    expect(defaultSettings).toEqual({
      urgentDays: 7,
      soonDays: 30,
      annualReviewConvention: 'day-before-anniversary',
      countTriggerDay: false,
      rollForward: false,
      progressReportDates: [],
      holidays: [],
      ruleSettings: {},
      gradingPeriods: [],
      notOwedOutcomes: ['student-absent', 'student-unavailable'],
      dateStyle: 'us',
      progress: { fourPointMinPoints: 6, fourPointMinWeeks: 6, trendMinPoints: 8, trendTolerance: 0.1, behaviourConsecutive: 3 },
      workload: WorkloadSettings.parse(undefined),
    });
  });

  it('has the workload defaults: 10 h a week, 12 weeks, effort per kind, no caseload type (no cap applied)', () => {
    const { workload } = defaultSettings;
    expect(workload.capacityHours).toBe(10);
    expect(workload.weeks).toBe(12);
    expect(workload.effort['annual-review']).toEqual({ hours: 3, spreadWeeks: 3 });
    expect(workload.caseloadType).toBeUndefined();
    const edited = Settings.parse({ workload: { effort: { 'annual-review': { hours: 4 } } } }).workload.effort;
    expect(edited['annual-review']).toEqual({ hours: 4, spreadWeeks: 3 });
    expect(edited.reevaluation).toEqual({ hours: 6, spreadWeeks: 4 });
  });

  it('shows dates US-style by default, and names students per output unless studentNames is set', () => {
    expect(defaultSettings.dateStyle).toBe('us');
    expect(defaultSettings.studentNames).toBeUndefined();
    expect(Settings.parse({ dateStyle: 'iso', studentNames: 'initials' })).toMatchObject({ dateStyle: 'iso', studentNames: 'initials' });
    expect(Settings.safeParse({ dateStyle: 'dd/mm' }).success).toBe(false);
  });

  it('accepts a full caseload setup', () => {
    const s = Settings.parse({
      state: 'ca',
      urgentDays: 3,
      soonDays: 14,
      annualReviewConvention: 'anniversary',
      meetingNoticeDays: 10,
      progressReportDates: ['2026-01-30'],
      calendar: DISTRICT_CALENDAR_JSON,
      holidays: ['2025-11-28'],
      ruleSettings: { 'US.ageOfMajority': 19 },
    });
    expect(s.state).toBe('CA');
    expect(s.calendar?.schoolYears).toHaveLength(3);
  });

  it('rejects impossible values', () => {
    for (const bad of [
      { urgentDays: -1 },
      { soonDays: 1.5 },
      { annualReviewConvention: 'whenever' },
      { progressReportDates: ['1/30/2026'] },
      { state: 'ZZ' },
      { meetingNoticeDays: 61 },
      { calendar: { name: 'x', schoolYears: [] } },
    ]) {
      expect(Settings.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('takes grading periods and the not-owed outcomes, and rejects a grading period that ends before it starts', () => {
    const s = Settings.parse({ gradingPeriods: [{ name: 'Quarter 1', from: '2025-08-25', to: '2025-10-31' }], notOwedOutcomes: ['student-absent'], missedServiceNotice: true });
    expect(s.gradingPeriods).toHaveLength(1);
    expect(s.notOwedOutcomes).toEqual(['student-absent']);
    expect(Settings.safeParse({ gradingPeriods: [{ name: 'Q', from: '2025-10-31', to: '2025-08-25' }] }).success).toBe(false);
    expect(Settings.safeParse({ notOwedOutcomes: ['sick'] }).success).toBe(false);
  });
});
