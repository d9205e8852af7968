import { formatNumber } from '../present-goal-value.ts';
import { sideOfAim } from './aim-line.ts';
import type { DecisionRule } from './decision-rule.ts';

const RUN = 4;

/**
 * The four-point rule: after enough data (default ≥ 6 points over ≥ 6 weeks since the baseline or the
 * last instructional change), the last 4 consecutive points all below the aim line mean change the
 * instruction, all above mean raise the goal, anything else means continue. A goal to decrease is the
 * mirror image (all above → change the instruction).
 * Source: district handout "Decision Making Rules" and NextPath summary (S), attributed to NCII / Fuchs
 * curriculum-based measurement practice (U); timelines.md §4.
 *
 * @example fourPointRule.decide(input) // { verdict: 'change-instruction', reason: 'the last 4 points are all below the aim line' }
 */
export const fourPointRule: DecisionRule = {
  name: 'four-point',
  label: 'Four-point rule',
  summary: 'Looks at the last 4 data points: all below the aim line means change the instruction, all above means raise the goal.',
  citation: 'District "Decision Making Rules" handout; NextPath summary (NCII / Fuchs CBM practice)',
  verification: 'S',
  decide({ aim, points, direction, phaseStartDay, since, settings }) {
    const need = Math.max(RUN, settings.fourPointMinPoints);
    if (points.length < need) {
      return { verdict: 'insufficient-data', reason: `there ${points.length === 1 ? 'is 1 data point' : `are ${points.length} data points`} ${since}; the four-point rule needs at least ${need}` };
    }
    const last = points[points.length - 1] as (typeof points)[number];
    const weeks = (last.day - phaseStartDay) / 7;
    if (weeks < settings.fourPointMinWeeks) {
      return { verdict: 'insufficient-data', reason: `the data cover ${formatNumber(weeks, 1)} weeks ${since}; the four-point rule needs at least ${formatNumber(settings.fourPointMinWeeks, 1)} weeks` };
    }
    const sides = points.slice(-RUN).map((p) => sideOfAim(aim, p.day, p.value));
    const increase = direction === 'increase';
    if (sides.every((s) => s === 'below')) {
      return { verdict: increase ? 'change-instruction' : 'raise-goal', reason: `the last ${RUN} points are all below the aim line` };
    }
    if (sides.every((s) => s === 'above')) {
      return { verdict: increase ? 'raise-goal' : 'change-instruction', reason: `the last ${RUN} points are all above the aim line` };
    }
    const onLine = sides.filter((s) => s === 'on').length;
    return {
      verdict: 'on-track',
      reason: onLine === RUN ? `the last ${RUN} points are all on the aim line` : `the last ${RUN} points are not all on one side of the aim line`,
    };
  },
};
