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
 * A slope or other small quantity: 2 decimals from 1 up, else 2 significant digits, so a rubric goal's
 * 0.036 a week does not read as 0.04.
 *
 * @example formatSlope(0.0362) // '0.036'
 * @example formatSlope(1.936) // '1.94'
 */
export function formatSlope(value: number): string {
  return Math.abs(value) >= 1 || value === 0 ? formatNumber(value) : formatNumber(Number(value.toPrecision(2)), 8);
}

const PERCENT_UNIT = /^\s*(%|percent)\s*(.*)$/i;

/**
 * A goal value with its unit, in plain words: a percent as "72%" (or "72% correct" for the unit
 * "% correct"), a rubric level as "level 3", anything else as the number and the goal's unit ("45 words
 * correct per minute"; "12 minutes" for a duration with no unit given).
 *
 * @example presentGoalValue(72.456, { measure: 'percent' }) // '72.5%'
 * @example presentGoalValue(3, { measure: 'count', unit: 'outbursts a day' }) // '3 outbursts a day'
 */
export function presentGoalValue(value: number, goal: { measure?: GoalMeasure | undefined; unit?: string | undefined }): string {
  const n = formatNumber(value, goal.measure === 'percent' ? 1 : 2);
  if (goal.measure === 'percent') {
    const rest = goal.unit ? (PERCENT_UNIT.exec(goal.unit)?.[2] ?? goal.unit) : '';
    return rest ? `${n}% ${rest}` : `${n}%`;
  }
  if (goal.measure === 'rubric') return `level ${n}`;
  const unit = goal.unit ?? (goal.measure === 'duration' ? 'minutes' : goal.measure === 'rate' ? 'per minute' : '');
  return unit ? `${n} ${unit}` : n;
}

/**
 * A change of a goal value in plain words ("up 12 words correct per minute", "down 2 outbursts a day",
 * "no change"): percentage points for a percent goal, levels for a rubric.
 *
 * @example presentGoalChange(-2, { measure: 'count', unit: 'outbursts a day' }) // 'down 2 outbursts a day'
 * @example presentGoalChange(15, { measure: 'percent' }) // 'up 15 percentage points'
 */
export function presentGoalChange(change: number, goal: { measure?: GoalMeasure | undefined; unit?: string | undefined }): string {
  if (formatNumber(change) === '0') return 'no change';
  const size = Math.abs(change);
  const amount =
    goal.measure === 'percent'
      ? `${formatNumber(size, 1)} percentage point${formatNumber(size, 1) === '1' ? '' : 's'}`
      : goal.measure === 'rubric'
        ? `${formatNumber(size)} level${formatNumber(size) === '1' ? '' : 's'}`
        : presentGoalValue(size, goal);
  return `${change > 0 ? 'up' : 'down'} ${amount}`;
}
