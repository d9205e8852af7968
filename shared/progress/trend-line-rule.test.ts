import { describe, expect, it } from 'vitest';
import { behaviourGoalOf, decisionInputOf, goalOf, pointsOf } from '../test-fixtures-progress.ts';
import { trendLineRule } from './trend-line-rule.ts';

const weekly = (start: number, perWeek: number, n = 8) => Array.from({ length: n }, (_, i) => start + perWeek * i);
const decide = (values: number[], goal = goalOf(), settings = {}) => trendLineRule.decide(decisionInputOf(goal, pointsOf(goal, values), settings));

describe('trendLineRule (goal to increase; aim rises 2 a week)', () => {
  it('says change the instruction when the trend is flatter than the aim line', () => {
    expect(decide(weekly(22, 1))).toEqual({ verdict: 'change-instruction', reason: 'the trend rises 1 a week, slower progress than the aim line, which rises 2 a week' });
  });

  it('says change the instruction when the trend falls', () => {
    expect(decide(weekly(22, -0.5)).verdict).toBe('change-instruction');
  });

  it('says raise the goal when the trend is steeper', () => {
    expect(decide(weekly(22, 3))).toEqual({ verdict: 'raise-goal', reason: 'the trend rises 3 a week, faster progress than the aim line, which rises 2 a week' });
  });

  it('says on track within the tolerance (default 10 % of the aim slope), whatever the level', () => {
    expect(decide(weekly(10, 2.1))).toEqual({ verdict: 'on-track', reason: 'the trend rises 2.1 a week, about the same as the aim line, which rises 2 a week' });
    expect(decide(weekly(10, 1.85)).verdict).toBe('on-track');
    expect(decide(weekly(10, 2.3)).verdict).toBe('raise-goal');
    expect(decide(weekly(10, 2.3), goalOf(), { trendTolerance: 0.2 }).verdict).toBe('on-track');
  });

  it('fits noisy data by least squares', () => {
    // weeks 1–8, x̄ = 4.5, ȳ = 29.25: Σ(x−x̄)(y−ȳ) = 80, Σ(x−x̄)² = 42 → 1.905 a week, within 10 % of 2.
    expect(decide([22, 26, 25, 29, 30, 33, 32, 37])).toEqual({ verdict: 'on-track', reason: 'the trend rises 1.9 a week, about the same as the aim line, which rises 2 a week' });
    // the same noise around a flatter line: 80 − 42 = 38 → 0.905 a week.
    expect(decide([22, 26 - 1, 25 - 2, 29 - 3, 30 - 4, 33 - 5, 32 - 6, 37 - 7]).verdict).toBe('change-instruction');
  });

  it('needs at least 8 points by default (a setting)', () => {
    expect(decide(weekly(22, 1, 7))).toEqual({ verdict: 'insufficient-data', reason: 'there are 7 data points since the baseline; the trend-line rule needs at least 8' });
    expect(decide(weekly(22, 1, 6), goalOf(), { trendMinPoints: 6 }).verdict).toBe('change-instruction');
  });
});

describe('trendLineRule (goal to decrease; aim falls 0.5 a week)', () => {
  it('says change the instruction when the trend falls slower than the aim line', () => {
    expect(decide(weekly(10, -0.1), behaviourGoalOf())).toEqual({ verdict: 'change-instruction', reason: 'the trend falls 0.1 a week, slower progress than the aim line, which falls 0.5 a week' });
  });

  it('says raise the goal when the trend falls faster', () => {
    expect(decide(weekly(10, -1), behaviourGoalOf()).verdict).toBe('raise-goal');
  });

  it('says change the instruction when the behaviour increases', () => {
    expect(decide(weekly(10, 0.5), behaviourGoalOf()).verdict).toBe('change-instruction');
  });
});
