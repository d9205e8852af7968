import { describe, expect, it } from 'vitest';
import { behaviourGoalOf, decisionInputOf, goalOf, pointsOf } from '../test-fixtures-progress.ts';
import { fourPointRule } from './four-point-rule.ts';

// goalOf(): the aim line is 20 + 2k on week k. Weekly points start on week 1.
const decide = (values: number[], goal = goalOf(), opts: Parameters<typeof pointsOf>[2] = {}) => fourPointRule.decide(decisionInputOf(goal, pointsOf(goal, values, opts)));

describe('fourPointRule (goal to increase)', () => {
  it('says change the instruction when the last 4 points are all below the aim line', () => {
    // aim on weeks 3–6: 26, 28, 30, 32
    expect(decide([22, 24, 25, 27, 29, 31])).toEqual({ verdict: 'change-instruction', reason: 'the last 4 points are all below the aim line' });
  });

  it('says raise the goal when the last 4 points are all above', () => {
    expect(decide([22, 24, 27, 29, 31, 33])).toEqual({ verdict: 'raise-goal', reason: 'the last 4 points are all above the aim line' });
  });

  it('says on track when the last 4 points are mixed', () => {
    expect(decide([22, 24, 25, 29, 29, 33])).toEqual({ verdict: 'on-track', reason: 'the last 4 points are not all on one side of the aim line' });
  });

  it('counts a point exactly on the line as neither above nor below (a tie breaks the run)', () => {
    expect(decide([10, 10, 25, 28, 29, 31]).verdict).toBe('on-track');
    expect(decide([22, 24, 26, 28, 30, 32])).toEqual({ verdict: 'on-track', reason: 'the last 4 points are all on the aim line' });
  });

  it('looks only at the last 4 points', () => {
    expect(decide([40, 40, 40, 40, 25, 27, 29, 31]).verdict).toBe('change-instruction'); // weeks 5–8 aim 30–36: all below
  });

  it('needs at least 6 points', () => {
    expect(decide([10, 10, 10, 10, 10])).toEqual({ verdict: 'insufficient-data', reason: 'there are 5 data points since the baseline; the four-point rule needs at least 6' });
  });

  it('needs at least 6 weeks of data', () => {
    const result = decide([10, 10, 10, 10, 10, 10], goalOf(), { every: 5, startDay: 5 }); // last point on day 30
    expect(result).toEqual({ verdict: 'insufficient-data', reason: 'the data cover 4.3 weeks since the baseline; the four-point rule needs at least 6 weeks' });
  });

  it('takes its minimums from the settings', () => {
    const goal = goalOf();
    const input = decisionInputOf(goal, pointsOf(goal, [10, 10, 10, 10]), { fourPointMinPoints: 4, fourPointMinWeeks: 4 });
    expect(fourPointRule.decide(input).verdict).toBe('change-instruction');
  });

  it('starts again after a marked instructional change', () => {
    const goal = goalOf();
    // 6 weeks below the line, a change on week 7, then 3 points: not enough since the change.
    const few = pointsOf(goal, [21, 22, 23, 24, 25, 26, 40, 42, 44], { changeAt: 6 });
    expect(fourPointRule.decide(decisionInputOf(goal, few))).toEqual({ verdict: 'insufficient-data', reason: 'there are 3 data points since the change in instruction; the four-point rule needs at least 6' });
    // six weeks after the change, all above the line (weeks 7–12 aim 34–44): raise the goal.
    const many = pointsOf(goal, [21, 22, 23, 24, 25, 26, 40, 42, 44, 46, 48, 50, 52], { changeAt: 6 });
    expect(fourPointRule.decide(decisionInputOf(goal, many)).verdict).toBe('raise-goal');
  });
});

describe('fourPointRule (goal to decrease: the mirror image)', () => {
  // behaviourGoalOf(): aim 10 − 0.5k on week k (weeks 3–6: 8.5, 8, 7.5, 7).
  it('says change the instruction when the last 4 points are all above the line (worse)', () => {
    expect(decide([9, 9, 9, 9, 8, 8], behaviourGoalOf())).toEqual({ verdict: 'change-instruction', reason: 'the last 4 points are all above the aim line' });
  });

  it('says raise the goal when they are all below (better)', () => {
    expect(decide([9, 9, 8, 7, 7, 6], behaviourGoalOf())).toEqual({ verdict: 'raise-goal', reason: 'the last 4 points are all below the aim line' });
  });
});
