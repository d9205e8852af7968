import { describe, expect, it } from 'vitest';
import { settingChoice } from './setting-choice.ts';

describe('settingChoice', () => {
  it("reads a choice by its words or its stored value, an older tab's words too", () => {
    const on = { value: 'anniversary', label: 'on the anniversary' };
    expect(settingChoice('annualReviewConvention', 'On the anniversary')).toEqual(on);
    expect(settingChoice('annualReviewConvention', 'anniversary')).toEqual(on);
    expect(settingChoice('annualReviewConvention', 'day before anniversary')?.value).toBe('day-before-anniversary');
  });

  it('names no choice for other words or a setting without choices', () => {
    expect(settingChoice('annualReviewConvention', 'whenever')).toBeUndefined();
    expect(settingChoice('urgentDays', '7')).toBeUndefined();
  });
});
