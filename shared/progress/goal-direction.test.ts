import { describe, expect, it } from 'vitest';
import { goalOf } from '../test-fixtures-progress.ts';
import { goalDirection } from './goal-direction.ts';

describe('goalDirection', () => {
  it('uses the goal’s direction, else reads it from baseline and target', () => {
    expect(goalDirection(goalOf({ direction: 'decrease', baseline: 10, target: 3 }))).toEqual({ ok: true, value: 'decrease' });
    expect(goalDirection(goalOf({ direction: undefined, baseline: 10, target: 3 }))).toEqual({ ok: true, value: 'decrease' });
    expect(goalDirection(goalOf({ direction: undefined, baseline: 3, target: 10 }))).toEqual({ ok: true, value: 'increase' });
    expect(goalDirection(goalOf({ direction: undefined, target: undefined }))).toEqual({ ok: true, value: 'increase' });
  });

  it('refuses a direction the numbers contradict', () => {
    const r = goalDirection(goalOf({ direction: 'increase', baseline: 10, target: 3 }));
    expect(r).toEqual({ ok: false, error: { code: 'direction-contradicts-target', message: 'the goal is marked "increase" but its target (3) is below its baseline (10)' } });
  });
});
