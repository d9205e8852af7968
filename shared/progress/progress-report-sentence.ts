import type { GoalRecord } from '../goal-record.ts';
import type { IsoDate } from '../iso-date.ts';
import { presentGoalChange, presentGoalValue } from '../present-goal-value.ts';
import { presentDate } from '../present-date.ts';
import type { ProgressVerdict } from './progress-verdict.ts';

/** What a progress-report sentence says about one goal at the end of a reporting period. */
export interface ReportSentenceInput {
  goal: GoalRecord;
  /** Which way progress goes (`goalDirection`); null when the goal's direction contradicts its numbers. */
  direction: 'increase' | 'decrease' | null;
  verdict: ProgressVerdict;
  /** Median of the last 3 points; null with no data. */
  currentLevel: number | null;
  /** How many points the current level was taken from (1–3). */
  levelPoints: number;
  /** The present trend's value on the target date; null without a trend or a target date. */
  projectedAtTarget: number | null;
  /** The last day of the reporting period. */
  today: IsoDate;
}

const VERDICT_WORDS: Record<ProgressVerdict, string> = {
  'on-track': 'Progress is on track.',
  'change-instruction': 'Progress is slower than planned, so the teacher will change how this goal is taught.',
  'raise-goal': 'Progress is faster than planned, so the team may set a higher goal.',
  'insufficient-data': 'There is not yet enough data to judge progress.',
};

/**
 * Sentences for a progress report that a parent can read, with no jargon: the current level (median of
 * the last 3 measurements), the change since the starting level, what the data say, and whether the
 * goal will be met by its date at the present rate (34 CFR 300.320(a)(3)(ii): periodic reports of
 * progress toward the annual goals).
 *
 * @example progressReportSentence(input) // 'Reading fluency: now 42 words correct per minute (the middle of the last 3 measurements), up 12 words correct per minute since 30 words correct per minute on Sep 8, 2026. Progress is on track. At the present rate the goal of 70 words correct per minute by May 28, 2027 will be met (about 71 words correct per minute expected).'
 */
export function progressReportSentence(input: ReportSentenceInput): string {
  const { goal, direction, verdict, currentLevel, levelPoints, projectedAtTarget, today } = input;
  const subject = goal.area ?? 'This goal';
  const value = (n: number) => presentGoalValue(n, goal);
  if (currentLevel === null) return `${subject}: no measurements have been recorded yet, so progress cannot be judged.`;
  const which = levelPoints >= 3 ? 'the middle of the last 3 measurements' : levelPoints === 2 ? 'the average of the last 2 measurements' : 'the only measurement so far';
  const parts = [`${subject}: now ${value(currentLevel)} (${which})`];
  if (goal.baseline !== undefined) {
    const since = goal.baselineDate ? ` on ${presentDate(goal.baselineDate, 'long')}` : '';
    parts[0] += `, ${presentGoalChange(currentLevel - goal.baseline, goal)} since ${value(goal.baseline)}${since}.`;
  } else {
    parts[0] += '.';
  }
  parts.push(VERDICT_WORDS[verdict]);
  if (direction !== null && goal.target !== undefined && goal.targetDate !== undefined) {
    const aim = `the goal of ${value(goal.target)} by ${presentDate(goal.targetDate, 'long')}`;
    const target = goal.target;
    const meets = (n: number) => (direction === 'decrease' ? n <= target + 1e-9 : n >= target - 1e-9);
    if (goal.targetDate < today) {
      parts.push(`The goal date has passed: ${aim} ${meets(currentLevel) ? 'was met' : 'was not met'}.`);
    } else if (projectedAtTarget === null) {
      parts.push(`There are not enough measurements yet to tell whether ${aim} will be met.`);
    } else {
      parts.push(`At the present rate ${aim} ${meets(projectedAtTarget) ? 'will be met' : 'will not be met'} (about ${value(projectedAtTarget)} expected).`);
    }
  }
  return parts.join(' ');
}
