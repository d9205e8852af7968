import { describe, expect, it } from 'vitest';
import { gradeNumber } from './grade-number.ts';

describe('gradeNumber', () => {
  it('reads the ways trackers write a grade', () => {
    expect(gradeNumber('8')).toBe(8);
    expect(gradeNumber('08')).toBe(8);
    expect(gradeNumber('Grade 9')).toBe(9);
    expect(gradeNumber('9th')).toBe(9);
    expect(gradeNumber('9th grade')).toBe(9);
    expect(gradeNumber('K')).toBe(0);
    expect(gradeNumber('Pre-K')).toBe(-1);
  });

  it('gives nothing for cells that name no grade', () => {
    expect(gradeNumber(undefined)).toBeUndefined();
    expect(gradeNumber('Ungraded')).toBeUndefined();
    expect(gradeNumber('13')).toBeUndefined();
    expect(gradeNumber('')).toBeUndefined();
  });
});
