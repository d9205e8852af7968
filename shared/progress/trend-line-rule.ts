import { formatSlope } from '../present-goal-value.ts';
import type { DecisionRule } from './decision-rule.ts';
import { olsTrend } from './ols-trend.ts';

const move = (perWeek: number) => (formatSlope(perWeek) === '0' ? 'stays level' : `${perWeek > 0 ? 'rises' : 'falls'} ${formatSlope(Math.abs(perWeek))} a week`);

/**
 * The trend-line rule: fit the ordinary-least-squares trend to the points since the baseline or the last
 * instructional change (default ≥ 8 points). A trend flatter than the aim line (slower progress) means
 * change the instruction, steeper (faster progress) means raise the goal, about parallel (within the
 * tolerance setting, default 10 % of the aim line's slope) means continue. For a goal to decrease,
 * progress is a falling trend: the comparison is mirrored.
 * Source: district handout "Decision Making Rules" and NextPath summary (S); ≥ 6–8 points before a trend
 * decision: Van Norman & Christ; Hixson, Christ & Bruni, Best Practices in School Psychology VI ch. 29 (S);
 * timelines.md §4.
 *
 * @example trendLineRule.decide(input).reason // 'the trend rises 0.5 a week, slower progress than the aim line, which rises 1.5 a week'
 */
export const trendLineRule: DecisionRule = {
  name: 'trend',
  label: 'Trend-line rule',
  summary: 'Fits a trend line to the data: flatter than the aim line means change the instruction, steeper means raise the goal.',
  citation: 'District "Decision Making Rules" handout; NextPath summary; Van Norman & Christ; Hixson, Christ & Bruni (2014)',
  verification: 'S',
  decide({ aim, points, direction, since, settings }) {
    const need = settings.trendMinPoints;
    if (points.length < need) {
      return { verdict: 'insufficient-data', reason: `there ${points.length === 1 ? 'is 1 data point' : `are ${points.length} data points`} ${since}; the trend-line rule needs at least ${need}` };
    }
    const trend = olsTrend(points);
    if (!trend) return { verdict: 'insufficient-data', reason: `every data point ${since} is on the same day, so no trend can be drawn` };
    const sign = direction === 'increase' ? 1 : -1;
    const difference = sign * (trend.perWeek - aim.perWeek);
    const tolerance = settings.trendTolerance * Math.abs(aim.perWeek) + 1e-9 * Math.max(1, Math.abs(aim.perWeek), Math.abs(trend.perWeek));
    const trendWords = `the trend ${move(trend.perWeek)}`;
    if (difference < -tolerance) {
      return { verdict: 'change-instruction', reason: `${trendWords}, slower progress than the aim line, which ${move(aim.perWeek)}` };
    }
    if (difference > tolerance) {
      return { verdict: 'raise-goal', reason: `${trendWords}, faster progress than the aim line, which ${move(aim.perWeek)}` };
    }
    return { verdict: 'on-track', reason: `${trendWords}, about the same as the aim line, which ${move(aim.perWeek)}` };
  },
};
