import { describe, expect, it } from 'vitest';
import { currentLevel } from './current-level.ts';

const v = (...values: number[]) => values.map((value) => ({ value }));

describe('currentLevel', () => {
  it('is the median of the last 3 points, so one odd day does not decide it', () => {
    expect(currentLevel(v(10, 40, 20, 30))).toBe(30);
    expect(currentLevel(v(5, 50, 6, 7))).toBe(7);
  });

  it('uses what there is with fewer than 3 points', () => {
    expect(currentLevel(v(4, 8))).toBe(6);
    expect(currentLevel(v(4))).toBe(4);
    expect(currentLevel([])).toBeNull();
  });
});
