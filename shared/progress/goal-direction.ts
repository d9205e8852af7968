import type { GoalRecord } from '../goal-record.ts';
import { fail, ok, type Result } from '../result.ts';

/**
 * Which way progress goes for a goal: its `direction`, else read from its numbers (a target below the
 * baseline is a goal to decrease), else increase. A direction that contradicts the numbers fails, so a
 * goal to reduce outbursts is never judged as if more were better.
 *
 * @example goalDirection({ ...goal, direction: undefined, baseline: 10, target: 3 }) // { ok: true, value: 'decrease' }
 */
export function goalDirection(goal: GoalRecord): Result<'increase' | 'decrease'> {
  const { baseline, target, direction } = goal;
  const fromNumbers = baseline === undefined || target === undefined || target === baseline ? undefined : target > baseline ? 'increase' : 'decrease';
  if (direction && fromNumbers && direction !== fromNumbers) {
    return fail(
      'direction-contradicts-target',
      `the goal is marked "${direction}" but its target (${target}) is ${fromNumbers === 'increase' ? 'above' : 'below'} its baseline (${baseline})`,
    );
  }
  return ok(direction ?? fromNumbers ?? 'increase');
}
