import { describe, expect, it } from 'vitest';
import { behaviourGoalOf, decisionInputOf, goalOf, pointsOf } from '../test-fixtures-progress.ts';
import { threePointRule } from './three-point-rule.ts';

const decide = (values: number[], goal = goalOf(), settings = {}) => threePointRule.decide(decisionInputOf(goal, pointsOf(goal, values), settings));

describe('threePointRule', () => {
  it('says change the instruction after 3 points in a row below the line (behaviour to increase)', () => {
    // aim on weeks 1–4: 22, 24, 26, 28
    expect(decide([22, 23, 25, 27])).toEqual({ verdict: 'change-instruction', reason: 'the last 3 points are all below the aim line' });
  });

  it('says on track when one of the last 3 is on or above the line', () => {
    expect(decide([10, 23, 26, 27])).toEqual({ verdict: 'on-track', reason: 'the last 3 points are not all below the aim line' });
    expect(decide([10, 23, 30, 27]).verdict).toBe('on-track');
  });

  it('mirrors for a behaviour to decrease: 3 above the line means change', () => {
    // aim on weeks 1–3: 9.5, 9, 8.5
    expect(decide([10, 9.5, 9], behaviourGoalOf())).toEqual({ verdict: 'change-instruction', reason: 'the last 3 points are all above the aim line' });
    expect(decide([9, 8, 8], behaviourGoalOf()).verdict).toBe('on-track');
  });

  it('never says raise the goal', () => {
    expect(decide([40, 40, 40, 40]).verdict).toBe('on-track');
  });

  it('needs 3 points (the count is a setting)', () => {
    expect(decide([10, 10])).toEqual({ verdict: 'insufficient-data', reason: 'there are 2 data points since the baseline; the three-point rule needs at least 3' });
    expect(decide([30, 23, 25], goalOf(), { behaviourConsecutive: 2 }).verdict).toBe('change-instruction');
  });
});
