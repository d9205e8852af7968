import type { Caseload } from '../caseload.ts';
import { toDayNumber } from '../day-number.ts';
import type { GoalDataPoint } from '../goal-data-point.ts';
import type { DecisionRuleName, GoalRecord } from '../goal-record.ts';
import type { IsoDate } from '../iso-date.ts';
import { presentDate } from '../present-date.ts';
import type { Settings } from '../settings.ts';
import { type AimLine, aimLine } from './aim-line.ts';
import { currentLevel as levelOf } from './current-level.ts';
import { decisionRule } from './decision-rules.ts';
import { goalDirection } from './goal-direction.ts';
import { type GoalSeries, goalSeries } from './goal-series.ts';
import { olsTrend, type TrendLine, trendValueAt } from './ols-trend.ts';
import { progressReportSentence } from './progress-report-sentence.ts';
import type { ProgressVerdict } from './progress-verdict.ts';

/** One goal's progress: the rule applied, its verdict and reason, the lines, and the report sentence. */
export interface GoalProgress {
  studentId: string;
  goalId: string;
  goal: GoalRecord;
  /** The rule applied: `--rule`/`options.rule`, else the goal's own, else the caseload setting, else four-point. */
  rule: DecisionRuleName;
  ruleLabel: string;
  citation: string;
  /** Which way progress goes (`goalDirection`); null when the goal's direction contradicts its numbers. */
  direction: 'increase' | 'decrease' | null;
  verdict: ProgressVerdict;
  /** Why, in one sentence ("the last 4 points are all below the aim line"). */
  reason: string;
  /** Usable data points of the goal, every phase. */
  points: number;
  /** Points the rule judged: since the baseline, or since the last instructional change. */
  phasePoints: number;
  series: GoalSeries;
  aim: AimLine | null;
  /** The least-squares trend of the current phase (null with fewer than 2 points on different days). */
  trend: TrendLine | null;
  trendPerWeek: number | null;
  aimPerWeek: number | null;
  /** Median of the last 3 points. */
  currentLevel: number | null;
  changeSinceBaseline: number | null;
  /** The trend's value on the target date. */
  projectedAtTarget: number | null;
  /** Whether the goal will be met by its date at the present trend (or was, once the date has passed). */
  willMeetGoal: boolean | null;
  reportSentence: string;
  /** Data points of this goal that were not counted, each with the reason. */
  problems: string[];
}

/** Options of `evaluateGoals`. */
export interface EvaluateGoalsOptions {
  settings: Settings;
  /** The end of the reporting period; points after it are not counted. */
  today: IsoDate;
  /** Judge every goal by this rule, whatever its own rule or the setting says. */
  rule?: DecisionRuleName | undefined;
}

const sinceWords = (series: GoalSeries) =>
  series.phaseStart?.kind === 'change' ? `since the change in instruction on ${presentDate(series.phaseStart.date, 'long')}` : 'since the baseline';

/** A projection kept within what the measure allows (no negative counts, no percent above 100). */
function bounded(value: number, goal: GoalRecord): number {
  const nonNegative = (goal.baseline ?? 0) >= 0 && (goal.target ?? 0) >= 0;
  let v = nonNegative ? Math.max(0, value) : value;
  if (goal.measure === 'percent') v = Math.min(100, v);
  return v;
}

/**
 * Judges every goal of a caseload by its decision rule: one `GoalProgress` per goal, in the goals
 * table's order; every goal appears (one with no data or no aim line says so, as `insufficient-data` with
 * the reason). Data points that name another student than their goal's, or that have no usable value,
 * are listed in the goal's `problems` and not counted; points of unknown goals: `unmatchedGoalData`.
 *
 * @example evaluateGoals(caseload, { settings: defaultSettings, today: '2026-12-01' })[0].verdict // 'on-track'
 */
export function evaluateGoals(caseload: Caseload, options: EvaluateGoalsOptions): GoalProgress[] {
  const byGoal = new Map<string, GoalDataPoint[]>();
  for (const p of caseload.goalData) {
    const list = byGoal.get(p.goalId);
    if (list) list.push(p);
    else byGoal.set(p.goalId, [p]);
  }
  return caseload.goals.map((goal) => evaluateGoal(goal, byGoal.get(goal.goalId) ?? [], options));
}

/**
 * Judges one goal on its data points (points of other goals are ignored).
 *
 * @example evaluateGoal(goal, points, { settings: defaultSettings, today: '2026-12-01' }).reason
 */
export function evaluateGoal(goal: GoalRecord, points: readonly GoalDataPoint[], options: EvaluateGoalsOptions): GoalProgress {
  const { settings, today } = options;
  const ruleName = options.rule ?? goal.rule ?? settings.progress.rule ?? 'four-point';
  const rule = decisionRule(ruleName);
  const series = goalSeries(goal, points, { today });
  const aim = aimLine(goal);
  const resolved = goalDirection(goal);
  const direction = resolved.ok ? resolved.value : 'increase';
  let decision: { verdict: ProgressVerdict; reason: string };
  if (series.points.length === 0) {
    decision = { verdict: 'insufficient-data', reason: 'no data points have been recorded for this goal' };
  } else if (!resolved.ok) {
    decision = { verdict: 'insufficient-data', reason: `${resolved.error.message}, so the data cannot be judged` };
  } else if (!aim.ok) {
    decision = { verdict: 'insufficient-data', reason: `${aim.error.message}, so there is no aim line to judge the data against` };
  } else {
    decision = rule.decide({
      aim: aim.value,
      points: series.phase,
      direction,
      phaseStartDay: series.phaseStart?.day ?? aim.value.fromDay,
      since: sinceWords(series),
      settings: settings.progress,
    });
  }
  const trend = olsTrend(series.phase);
  const level = levelOf(series.points);
  const projectedAtTarget = trend && goal.targetDate ? bounded(trendValueAt(trend, toDayNumber(goal.targetDate)), goal) : null;
  let willMeetGoal: boolean | null = null;
  if (resolved.ok && goal.target !== undefined && goal.targetDate !== undefined) {
    const target = goal.target;
    const meets = (n: number) => (direction === 'decrease' ? n <= target + 1e-9 : n >= target - 1e-9);
    if (goal.targetDate < today) willMeetGoal = level === null ? null : meets(level);
    else willMeetGoal = projectedAtTarget === null ? null : meets(projectedAtTarget);
  }
  return {
    studentId: goal.studentId,
    goalId: goal.goalId,
    goal,
    rule: rule.name,
    ruleLabel: rule.label,
    citation: rule.citation,
    direction: resolved.ok ? resolved.value : null,
    verdict: decision.verdict,
    reason: decision.reason,
    points: series.points.length,
    phasePoints: series.phase.length,
    series,
    aim: aim.ok ? aim.value : null,
    trend,
    trendPerWeek: trend ? trend.perWeek : null,
    aimPerWeek: aim.ok ? aim.value.perWeek : null,
    currentLevel: level,
    changeSinceBaseline: level !== null && goal.baseline !== undefined ? level - goal.baseline : null,
    projectedAtTarget,
    willMeetGoal,
    reportSentence: progressReportSentence({
      goal,
      direction: resolved.ok ? resolved.value : null,
      verdict: decision.verdict,
      currentLevel: level,
      levelPoints: Math.min(3, series.points.length),
      projectedAtTarget,
      today,
    }),
    problems: series.problems,
  };
}
