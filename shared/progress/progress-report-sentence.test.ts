import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../iso-date.ts';
import { behaviourGoalOf, goalOf } from '../test-fixtures-progress.ts';
import { progressReportSentence } from './progress-report-sentence.ts';

const today = '2026-11-20' as IsoDate;

describe('progressReportSentence', () => {
  it('tells a parent the level, the change, the verdict and whether the goal will be met', () => {
    expect(progressReportSentence({ goal: goalOf(), direction: 'increase', verdict: 'change-instruction', currentLevel: 31, levelPoints: 3, projectedAtTarget: 38.5, today })).toBe(
      'Reading fluency: now 31 words correct per minute (the middle of the last 3 measurements), up 11 words correct per minute since 20 words correct per minute on Sep 7, 2026. ' +
        'Progress is slower than planned, so the teacher will change how this goal is taught. ' +
        'At the present rate the goal of 48 words correct per minute by Dec 14, 2026 will not be met (about 38.5 words correct per minute expected).',
    );
  });

  it('reads a goal to decrease the right way round', () => {
    const text = progressReportSentence({ goal: behaviourGoalOf(), direction: 'decrease', verdict: 'on-track', currentLevel: 6, levelPoints: 3, projectedAtTarget: 2.5, today });
    expect(text).toContain('down 4 outbursts a day since 10 outbursts a day');
    expect(text).toContain('Progress is on track.');
    expect(text).toContain('will be met (about 2.5 outbursts a day expected)');
  });

  it('speaks of percentage points for a percent goal', () => {
    const goal = goalOf({ area: undefined, measure: 'percent', unit: undefined, baseline: 40, target: 80 });
    const text = progressReportSentence({ goal, direction: 'increase', verdict: 'insufficient-data', currentLevel: 55, levelPoints: 2, projectedAtTarget: null, today });
    expect(text).toBe(
      'This goal: now 55% (the average of the last 2 measurements), up 15 percentage points since 40% on Sep 7, 2026. There is not yet enough data to judge progress. There are not enough measurements yet to tell whether the goal of 80% by Dec 14, 2026 will be met.',
    );
  });

  it('says so when nothing has been measured, and when the goal date has passed', () => {
    expect(progressReportSentence({ goal: goalOf(), direction: 'increase', verdict: 'insufficient-data', currentLevel: null, levelPoints: 0, projectedAtTarget: null, today })).toBe(
      'Reading fluency: no measurements have been recorded yet, so progress cannot be judged.',
    );
    const late = progressReportSentence({ goal: goalOf(), direction: 'increase', verdict: 'on-track', currentLevel: 50, levelPoints: 3, projectedAtTarget: 52, today: '2027-01-10' as IsoDate });
    expect(late).toContain('The goal date has passed: the goal of 48 words correct per minute by Dec 14, 2026 was met.');
  });
});
