import { progressSide } from './aim-line.ts';
import type { DecisionRule } from './decision-rule.ts';

/**
 * The behaviour (three-point) rule: change the program after 3 consecutive sessions below the aim line
 * for a behaviour to increase, or above it for a behaviour to decrease (the count is the
 * `behaviourConsecutive` setting). Otherwise continue. This rule never says raise the goal.
 * Source: ed.gov teacher-tools slide on applied-behaviour-analysis data decisions (V); timelines.md §4.
 *
 * @example threePointRule.decide(input) // { verdict: 'change-instruction', reason: 'the last 3 points are all above the aim line' }
 */
export const threePointRule: DecisionRule = {
  name: 'three-point',
  label: 'Three-point rule (behaviour)',
  summary: 'Three sessions in a row on the wrong side of the aim line mean change the instruction.',
  citation: 'ed.gov teacher-tools slide (applied behaviour analysis data decisions)',
  verification: 'V',
  decide({ aim, points, direction, since, settings }) {
    const run = settings.behaviourConsecutive;
    if (points.length < run) {
      return { verdict: 'insufficient-data', reason: `there ${points.length === 1 ? 'is 1 data point' : `are ${points.length} data points`} ${since}; the three-point rule needs at least ${run}` };
    }
    const wrongSide = direction === 'increase' ? 'below' : 'above';
    const behind = points.slice(-run).every((p) => progressSide(aim, p.day, p.value, direction) === 'behind');
    if (behind) return { verdict: 'change-instruction', reason: `the last ${run} points are all ${wrongSide} the aim line` };
    return { verdict: 'on-track', reason: `the last ${run} points are not all ${wrongSide} the aim line` };
  },
};
