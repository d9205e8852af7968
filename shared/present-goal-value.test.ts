import { describe, expect, it } from 'vitest';
import { formatNumber, presentGoalChange, presentGoalValue } from './present-goal-value.ts';

describe('presentGoalValue', () => {
  it('writes each measure with its unit', () => {
    expect(presentGoalValue(72.456, { measure: 'percent' })).toBe('72.5%');
    expect(presentGoalValue(3, { measure: 'count', unit: 'outbursts a day' })).toBe('3 outbursts a day');
    expect(presentGoalValue(12, { measure: 'duration' })).toBe('12 minutes');
    expect(presentGoalValue(45, { measure: 'rate', unit: 'words correct per minute' })).toBe('45 words correct per minute');
    expect(presentGoalValue(45, { measure: 'rate' })).toBe('45 per minute');
    expect(presentGoalValue(3, { measure: 'rubric' })).toBe('level 3');
    expect(presentGoalValue(2 / 3, {})).toBe('0.67');
  });

  it('writes changes as up or down, in percentage points for percents', () => {
    expect(presentGoalChange(15, { measure: 'percent' })).toBe('up 15 percentage points');
    expect(presentGoalChange(-2, { measure: 'count', unit: 'outbursts a day' })).toBe('down 2 outbursts a day');
    expect(presentGoalChange(0.0001, { measure: 'count' })).toBe('no change');
  });

  it('never writes -0', () => {
    expect(formatNumber(-0.0001)).toBe('0');
  });
});
