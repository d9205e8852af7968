import { addCalendarDays } from './add-calendar-days.ts';
import type { GoalDataPoint } from './goal-data-point.ts';
import type { GoalRecord } from './goal-record.ts';
import type { IsoDate } from './iso-date.ts';
import { aimLine } from './progress/aim-line.ts';
import type { DecisionInput } from './progress/decision-rule.ts';
import { goalSeries } from './progress/goal-series.ts';
import { ProgressSettings } from './progress-settings.ts';

/**
 * A synthetic reading-fluency goal: 20 → 48 words correct per minute from 2026-09-07 to 2026-12-14
 * (14 weeks, so the aim line rises exactly 2 a week: week k's aim is 20 + 2k).
 */
export function goalOf(over: Partial<GoalRecord> = {}): GoalRecord {
  return {
    goalId: 'G1',
    studentId: 'S1',
    area: 'Reading fluency',
    goal: 'Reads a grade-level passage aloud at 48 words correct per minute.',
    measure: 'rate',
    unit: 'words correct per minute',
    baseline: 20,
    baselineDate: '2026-09-07' as IsoDate,
    target: 48,
    targetDate: '2026-12-14' as IsoDate,
    direction: 'increase',
    ...over,
  };
}

/** A behaviour goal to decrease: 10 → 3 outbursts a day over the same 14 weeks (aim falls 0.5 a week). */
export function behaviourGoalOf(over: Partial<GoalRecord> = {}): GoalRecord {
  return goalOf({ goalId: 'G2', area: 'Behaviour', goal: 'Fewer outbursts in class.', measure: 'count', unit: 'outbursts a day', baseline: 10, target: 3, direction: 'decrease', ...over });
}

/**
 * Weekly data points for a goal: value i on week (i + 1) after the goal's baseline date (or `every` days
 * apart, from `startDay`). `changeAt` marks an instructional change on that index.
 */
export function pointsOf(goal: GoalRecord, values: readonly number[], options: { every?: number; startDay?: number; changeAt?: number; studentId?: string } = {}): GoalDataPoint[] {
  const every = options.every ?? 7;
  const start = options.startDay ?? every;
  return values.map((value, i) => ({
    pointId: `${goal.goalId}-P${i + 1}`,
    studentId: options.studentId ?? goal.studentId,
    goalId: goal.goalId,
    date: addCalendarDays(goal.baselineDate ?? ('2026-09-07' as IsoDate), start + i * every),
    value,
    ...(options.changeAt === i ? { phaseChange: true } : {}),
  }));
}

/** The decision-rule input for a goal and its points, as `evaluateGoal` builds it. */
export function decisionInputOf(goal: GoalRecord, points: readonly GoalDataPoint[], settings: Partial<ProgressSettings> = {}): DecisionInput {
  const aim = aimLine(goal);
  if (!aim.ok) throw new Error(aim.error.message);
  const series = goalSeries(goal, points);
  return {
    aim: aim.value,
    points: series.phase,
    direction: goal.direction ?? 'increase',
    phaseStartDay: series.phaseStart?.day ?? aim.value.fromDay,
    since: series.phaseStart?.kind === 'change' ? 'since the change in instruction' : 'since the baseline',
    settings: ProgressSettings.parse(settings),
  };
}
