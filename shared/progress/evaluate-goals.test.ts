import { describe, expect, it } from 'vitest';
import { caseloadOf } from '../caseload.ts';
import type { IsoDate } from '../iso-date.ts';
import { Settings } from '../settings.ts';
import { behaviourGoalOf, goalOf, pointsOf } from '../test-fixtures-progress.ts';
import { evaluateGoals } from './evaluate-goals.ts';
import { unmatchedGoalData } from './unmatched-goal-data.ts';

const today = '2026-12-01' as IsoDate;
const settings = Settings.parse({});

describe('evaluateGoals', () => {
  const reading = goalOf();
  const behaviour = behaviourGoalOf({ rule: 'three-point' });
  const empty = goalOf({ goalId: 'G3', studentId: 'S2', area: 'Math facts' });
  const noTarget = goalOf({ goalId: 'G4', target: undefined });
  const caseload = caseloadOf({
    goals: [reading, behaviour, empty, noTarget],
    goalData: [
      ...pointsOf(reading, [22, 24, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43]), // 1 below the aim each week
      ...pointsOf(behaviour, [9.8, 9.6, 9.4, 9.2]), // aim 9.5, 9, 8.5, 8: the last 3 above
      ...pointsOf(noTarget, [21, 22]),
      ...pointsOf(reading, [99], { studentId: 'S9' }),
      { pointId: 'Z', studentId: 'S1', goalId: 'G-unknown', date: '2026-10-01' as IsoDate, value: 3 },
    ],
  });
  const results = evaluateGoals(caseload, { settings, today });

  it('returns every goal, in order, with a verdict and a reason', () => {
    expect(results.map((r) => [r.goalId, r.rule, r.verdict])).toEqual([
      ['G1', 'four-point', 'change-instruction'],
      ['G2', 'three-point', 'change-instruction'],
      ['G3', 'four-point', 'insufficient-data'],
      ['G4', 'four-point', 'insufficient-data'],
    ]);
    expect(results[2]?.reason).toBe('no data points have been recorded for this goal');
    expect(results[3]?.reason).toBe('the goal has no target value and date, so there is no aim line to judge the data against');
  });

  it('reports the slopes, the current level and the projection', () => {
    const r = results[0];
    expect(r?.points).toBe(12);
    expect(r?.aimPerWeek).toBeCloseTo(2, 9);
    expect(r?.trendPerWeek).toBeCloseTo(276 / 143, 9); // least squares over weeks 1–12 by hand: 1.93 a week
    expect(r?.currentLevel).toBe(41);
    expect(r?.changeSinceBaseline).toBe(21);
    expect(r?.willMeetGoal).toBe(false); // the trend reaches about 46.6 on week 14 (2026-12-14), short of 48
    expect(r?.projectedAtTarget).toBeCloseTo(46.642, 3);
    expect(r?.reportSentence).toMatch(/^Reading fluency: now 41 words correct per minute/);
  });

  it('does not count another student’s points on a goal, and reports them', () => {
    expect(results[0]?.problems).toEqual(['The data point of 2026-09-14 (G1-P1) is for student S9, not S1: not counted.']);
    expect(unmatchedGoalData(caseload).map((p) => p.problem)).toEqual(['The data point of 2026-10-01 for student S1 names goal G-unknown, which is not in the goals table: not counted.']);
  });

  it('chooses the rule: the override, else the goal’s, else the setting, else four-point', () => {
    const withSetting = evaluateGoals(caseload, { settings: Settings.parse({ progress: { rule: 'trend' } }), today });
    expect(withSetting.map((r) => r.rule)).toEqual(['trend', 'three-point', 'trend', 'trend']);
    const overridden = evaluateGoals(caseload, { settings, today, rule: 'trend' });
    expect(overridden.map((r) => r.rule)).toEqual(['trend', 'trend', 'trend', 'trend']);
    expect(overridden[0]?.verdict).toBe('on-track'); // 1.93 a week is within 10 % of 2
  });

  it('counts only the points up to today', () => {
    const early = evaluateGoals(caseload, { settings, today: '2026-10-12' as IsoDate });
    expect(early[0]?.points).toBe(5);
    expect(early[0]?.verdict).toBe('insufficient-data');
  });

  it('reads a goal with no direction whose target is below its baseline as a goal to decrease', () => {
    const fewer = behaviourGoalOf({ direction: undefined });
    const points = pointsOf(fewer, [9.8, 9.6, 9.4, 9.2, 9, 8.8]); // above the falling aim line: worse
    const [r] = evaluateGoals(caseloadOf({ goals: [fewer], goalData: points }), { settings, today });
    expect(r?.direction).toBe('decrease');
    expect(r?.verdict).toBe('change-instruction');
  });

  it('does not judge a goal whose direction contradicts its numbers', () => {
    const wrong = behaviourGoalOf({ direction: 'increase' });
    const [r] = evaluateGoals(caseloadOf({ goals: [wrong], goalData: pointsOf(wrong, [9, 9, 9, 9, 9, 9]) }), { settings, today });
    expect(r?.verdict).toBe('insufficient-data');
    expect(r?.reason).toBe('the goal is marked "increase" but its target (3) is below its baseline (10), so the data cannot be judged');
    expect(r?.willMeetGoal).toBeNull();
  });

  it('reads correct out of trials as a percent', () => {
    const goal = goalOf({ measure: 'percent', unit: undefined, baseline: 40, target: 80 });
    const points = pointsOf(goal, [0, 0, 0]).map((p, i) => ({ ...p, value: undefined, correct: 5 + i, trials: 10 }));
    const [r] = evaluateGoals(caseloadOf({ goals: [goal], goalData: points }), { settings, today });
    expect(r?.currentLevel).toBe(60);
    expect(r?.reportSentence).toContain('now 60%');
  });
});
