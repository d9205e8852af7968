import { describe, expect, it } from 'vitest';
import { formatNumber, formatSlope, presentGoalChange, presentGoalValue } from './present-goal-value.ts';

describe('presentGoalValue', () => {
  it('writes each measure with its unit', () => {
    expect(presentGoalValue(72.456, { measure: 'percent' })).toBe('72.5%');
    expect(presentGoalValue(51.8, { measure: 'percent', unit: '% correct' })).toBe('51.8% correct');
    expect(presentGoalValue(51.8, { measure: 'percent', unit: 'percent of opportunities' })).toBe('51.8% of opportunities');
    expect(presentGoalValue(3, { measure: 'count', unit: 'outbursts a day' })).toBe('3 outbursts a day');
    expect(presentGoalValue(12, { measure: 'duration' })).toBe('12 minutes');
    expect(presentGoalValue(45, { measure: 'rate', unit: 'words correct per minute' })).toBe('45 words correct per minute');
    expect(presentGoalValue(45, { measure: 'rate' })).toBe('45 per minute');
    expect(presentGoalValue(3, { measure: 'rubric' })).toBe('level 3');
    expect(presentGoalValue(2, { measure: 'rubric', unit: 'rubric level' })).toBe('level 2');
    expect(presentGoalValue(2 / 3, {})).toBe('0.67');
  });

  it('writes changes as up or down, in percentage points for percents', () => {
    expect(presentGoalChange(15, { measure: 'percent' })).toBe('up 15 percentage points');
    expect(presentGoalChange(16.8, { measure: 'percent', unit: '% correct' })).toBe('up 16.8 percentage points');
    expect(presentGoalChange(1, { measure: 'rubric' })).toBe('up 1 level');
    expect(presentGoalChange(0.5, { measure: 'rubric' })).toBe('up 0.5 levels');
    expect(presentGoalChange(-2, { measure: 'count', unit: 'outbursts a day' })).toBe('down 2 outbursts a day');
    expect(presentGoalChange(0.0001, { measure: 'count' })).toBe('no change');
  });

  it('never writes -0', () => {
    expect(formatNumber(-0.0001)).toBe('0');
  });

  it('keeps 2 significant digits for small slopes', () => {
    expect(formatSlope(0.0362)).toBe('0.036');
    expect(formatSlope(-0.000123)).toBe('-0.00012');
    expect(formatSlope(1.936)).toBe('1.94');
    expect(formatSlope(0)).toBe('0');
  });
});
