import * as z from 'zod';
import { IsoDate } from './iso-date.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** How a goal is measured. */
export const GoalMeasure = z.enum(['percent', 'count', 'duration', 'rate', 'rubric']);
export type GoalMeasure = z.infer<typeof GoalMeasure>;

/** The progress-monitoring decision rule a goal is judged by (see timelines.md §4). */
export const DecisionRuleName = z.enum(['four-point', 'trend', 'three-point']);
export type DecisionRuleName = z.infer<typeof DecisionRuleName>;

/** One measurable annual goal (34 CFR 300.320(a)(2)(i)) with its baseline and target. */
export const GoalRecord = z.object({
  goalId: text(64),
  studentId: text(64),
  /** The area (Reading fluency, Behaviour, Articulation …). */
  area: text(200).optional(),
  /** The goal as written in the IEP. */
  goal: text(2000),
  measure: GoalMeasure.optional(),
  /** The unit of a value (words correct per minute, outbursts per day, …). */
  unit: text(100).optional(),
  baseline: z.number().min(-1e9).max(1e9).optional(),
  baselineDate: IsoDate.optional(),
  target: z.number().min(-1e9).max(1e9).optional(),
  targetDate: IsoDate.optional(),
  /** Whether progress means the value goes up (default) or down (fewer outbursts). */
  direction: z.enum(['increase', 'decrease']).optional(),
  /** The decision rule for this goal; absent: the caseload setting. */
  rule: DecisionRuleName.optional(),
});
export type GoalRecord = z.infer<typeof GoalRecord>;
