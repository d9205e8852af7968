import { fromDayNumber } from '../day-number.ts';
import type { GoalProgress } from '../progress/evaluate-goals.ts';
import { trendValueAt } from '../progress/ols-trend.ts';
import type { GoalChartData } from './goal-chart-svg.ts';

/**
 * The chart data of an evaluated goal: its measurements, aim line, the current phase's trend (drawn on
 * to the target date when that is later), instructional changes, target and verdict.
 *
 * @example goalChartSvg(goalChartData(evaluateGoals(caseload, options)[0])).svg
 */
export function goalChartData(progress: GoalProgress): GoalChartData {
  const { goal, aim, trend } = progress;
  const trendTo = trend ? Math.max(trend.toDay, aim && aim.toDay > trend.toDay ? aim.toDay : trend.toDay) : 0;
  return {
    title: goal.area ? `${goal.area}: ${goal.goal}` : goal.goal,
    measure: goal.measure,
    unit: goal.unit,
    points: progress.series.points.map((p) => ({ date: p.date, value: p.value })),
    aim: aim ? { from: { date: aim.fromDate, value: aim.fromValue }, to: { date: aim.toDate, value: aim.toValue } } : undefined,
    trend: trend
      ? {
          from: { date: fromDayNumber(trend.fromDay), value: trendValueAt(trend, trend.fromDay) },
          to: { date: fromDayNumber(trendTo), value: trendValueAt(trend, trendTo) },
          perWeek: trend.perWeek,
        }
      : undefined,
    phaseChanges: progress.series.phaseChanges,
    target: aim ? { date: aim.toDate, value: aim.toValue } : undefined,
    verdict: progress.verdict,
    reason: progress.reason,
  };
}
