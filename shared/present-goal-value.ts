import type { GoalMeasure } from './goal-record.ts';

/**
 * A number as people write it: at most `digits` decimals, no trailing zeros, no "-0".
 *
 * @example formatNumber(1.5) // '1.5'
 * @example formatNumber(2 / 3) // '0.67'
 */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * A goal value with its unit, in plain words: a percent as "72%", a rubric level as "level 3", anything
 * else as the number and the goal's unit ("45 words correct per minute"; "12 minutes" for a duration with
 * no unit given).
 *
 * @example presentGoalValue(72.456, { measure: 'percent' }) // '72.5%'
 * @example presentGoalValue(3, { measure: 'count', unit: 'outbursts a day' }) // '3 outbursts a day'
 */
export function presentGoalValue(value: number, goal: { measure?: GoalMeasure | undefined; unit?: string | undefined }): string {
  const n = formatNumber(value, goal.measure === 'percent' ? 1 : 2);
  if (goal.measure === 'percent' && (!goal.unit || /^(%|percent)$/i.test(goal.unit.trim()))) return `${n}%`;
  if (goal.measure === 'rubric' && !goal.unit) return `level ${n}`;
  const unit = goal.unit ?? (goal.measure === 'duration' ? 'minutes' : goal.measure === 'rate' ? 'per minute' : '');
  return unit ? `${n} ${unit}` : n;
}

/**
 * A change of a goal value in plain words ("up 12 words correct per minute", "down 3.5%", "no change"),
 * in percentage points for a percent goal.
 *
 * @example presentGoalChange(-2, { measure: 'count', unit: 'outbursts a day' }) // 'down 2 outbursts a day'
 */
export function presentGoalChange(change: number, goal: { measure?: GoalMeasure | undefined; unit?: string | undefined }): string {
  if (formatNumber(change) === '0') return 'no change';
  const amount = presentGoalValue(Math.abs(change), goal);
  const points = goal.measure === 'percent' && amount.endsWith('%') ? `${amount.slice(0, -1)} percentage points` : amount;
  return `${change > 0 ? 'up' : 'down'} ${points}`;
}
