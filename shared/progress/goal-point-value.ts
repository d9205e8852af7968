import type { GoalDataPoint } from '../goal-data-point.ts';
import { fail, ok, type Result } from '../result.ts';

/**
 * The number a data point records: its value, or correct ÷ trials × 100 (a percent) when it was taken as
 * correct out of trials. A point with neither, or with more correct than trials, fails with the reason.
 *
 * @example goalPointValue({ ...point, correct: 7, trials: 10 }) // { ok: true, value: 70 }
 */
export function goalPointValue(point: GoalDataPoint): Result<number> {
  if (point.value !== undefined && Number.isFinite(point.value)) return ok(point.value);
  if (point.correct !== undefined && point.trials !== undefined) {
    if (point.trials <= 0) return fail('no-trials', `The data point of ${point.date} has no trials.`);
    if (point.correct > point.trials) return fail('correct-over-trials', `The data point of ${point.date} has more correct (${point.correct}) than trials (${point.trials}).`);
    return ok((point.correct / point.trials) * 100);
  }
  if (point.correct !== undefined) return fail('no-trials', `The data point of ${point.date} has a number correct but no number of trials.`);
  return fail('no-value', `The data point of ${point.date} has no value.`);
}
