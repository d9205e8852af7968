import { toDayNumber } from '../day-number.ts';
import type { GoalRecord } from '../goal-record.ts';
import type { IsoDate } from '../iso-date.ts';
import { fail, ok, type Result } from '../result.ts';

/**
 * The aim line (goal line) of a goal: the straight line from (baseline date, baseline) to (target date,
 * target), as in case-management.md §2. Days are day numbers (`toDayNumber`); slopes are per day and per
 * week.
 */
export interface AimLine {
  fromDate: IsoDate;
  fromDay: number;
  fromValue: number;
  toDate: IsoDate;
  toDay: number;
  toValue: number;
  perDay: number;
  perWeek: number;
}

/** Which side of a line a value lies on; a value on the line (within floating error) is neither. */
export type LineSide = 'above' | 'below' | 'on';

/**
 * The aim line of a goal, or why it has none (no baseline, no target, a target date not after the
 * baseline date).
 *
 * @example aimLine({ ...goal, baseline: 20, baselineDate: '2026-09-01', target: 48, targetDate: '2026-12-08' }) // perWeek 2
 */
export function aimLine(goal: GoalRecord): Result<AimLine> {
  const { baseline, baselineDate, target, targetDate } = goal;
  if (baseline === undefined || baselineDate === undefined) return fail('no-baseline', 'the goal has no baseline value and date');
  if (target === undefined || targetDate === undefined) return fail('no-target', 'the goal has no target value and date');
  const fromDay = toDayNumber(baselineDate);
  const toDay = toDayNumber(targetDate);
  if (toDay <= fromDay) return fail('target-before-baseline', `the target date ${targetDate} is not after the baseline date ${baselineDate}`);
  const perDay = (target - baseline) / (toDay - fromDay);
  return ok({ fromDate: baselineDate, fromDay, fromValue: baseline, toDate: targetDate, toDay, toValue: target, perDay, perWeek: perDay * 7 });
}

/**
 * The aim line's value on a day (extended straight past the target date).
 *
 * @example aimValueAt(aim, aim.toDay) // aim.toValue
 */
export function aimValueAt(aim: AimLine, day: number): number {
  if (day === aim.toDay) return aim.toValue;
  return aim.fromValue + (day - aim.fromDay) * aim.perDay;
}

/**
 * Whether a value on a day lies above, below or on the aim line. "On" allows for floating-point error
 * (a relative 1e-9), so a value computed from the line itself is never above or below it.
 *
 * @example sideOfAim(aim, aim.fromDay, aim.fromValue) // 'on'
 */
export function sideOfAim(aim: AimLine, day: number, value: number): LineSide {
  const line = aimValueAt(aim, day);
  const epsilon = 1e-9 * Math.max(1, Math.abs(line), Math.abs(value), Math.abs(aim.fromValue), Math.abs(aim.toValue));
  const diff = value - line;
  return diff > epsilon ? 'above' : diff < -epsilon ? 'below' : 'on';
}

/**
 * Whether a value is behind the aim line (below it for a goal to increase, above it for a goal to
 * decrease), ahead of it, or on it: the mirror image every decision rule uses for decreasing goals.
 *
 * @example progressSide(aim, day, value, 'decrease') // 'behind' when the value is above the line
 */
export function progressSide(aim: AimLine, day: number, value: number, direction: 'increase' | 'decrease'): 'behind' | 'ahead' | 'on' {
  const side = sideOfAim(aim, day, value);
  if (side === 'on') return 'on';
  return (side === 'below') === (direction === 'increase') ? 'behind' : 'ahead';
}
