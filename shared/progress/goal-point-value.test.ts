import { describe, expect, it } from 'vitest';
import type { GoalDataPoint } from '../goal-data-point.ts';
import type { IsoDate } from '../iso-date.ts';
import { goalPointValue } from './goal-point-value.ts';

const point = (over: Partial<GoalDataPoint>): GoalDataPoint => ({ pointId: 'P1', studentId: 'S1', goalId: 'G1', date: '2026-10-01' as IsoDate, ...over });

describe('goalPointValue', () => {
  it('reads a value, or correct out of trials as a percent', () => {
    expect(goalPointValue(point({ value: 42 }))).toEqual({ ok: true, value: 42 });
    expect(goalPointValue(point({ correct: 7, trials: 10 }))).toEqual({ ok: true, value: 70 });
    expect(goalPointValue(point({ correct: 0, trials: 4 }))).toEqual({ ok: true, value: 0 });
  });

  it('refuses a point with no value, no trials, or more correct than trials', () => {
    const codes = [point({}), point({ correct: 3 }), point({ correct: 11, trials: 10 })].map((p) => {
      const r = goalPointValue(p);
      return r.ok ? 'ok' : r.error.code;
    });
    expect(codes).toEqual(['no-value', 'no-trials', 'correct-over-trials']);
  });
});
