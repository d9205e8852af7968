import * as z from 'zod';
import { IsoDate } from './iso-date.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * One progress-monitoring data point for a goal: a value, or correct out of trials (a percent is then
 * correct ÷ trials × 100). `phaseChange` marks an instructional change made on this date: trends restart
 * from it.
 */
export const GoalDataPoint = z.object({
  pointId: text(64),
  studentId: text(64),
  goalId: text(64),
  date: IsoDate,
  value: z.number().min(-1e9).max(1e9).optional(),
  correct: z.number().int().min(0).max(100_000).optional(),
  trials: z.number().int().min(1).max(100_000).optional(),
  note: z.string().trim().max(2000).optional(),
  phaseChange: z.boolean().optional(),
});
export type GoalDataPoint = z.infer<typeof GoalDataPoint>;
