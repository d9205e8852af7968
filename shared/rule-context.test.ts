import { describe, expect, it } from 'vitest';
import { ruleContext } from './rule-context.ts';
import { settingsWith, student } from './test-fixtures.ts';

const federal = settingsWith();

describe('ruleContext', () => {
  it('reads rule settings from the caseload, else the pack default, and refuses unknown ids', () => {
    const ctx = ruleContext(student({}), federal);
    expect(ctx.ok && ctx.value.setting('US.ageOfMajority')).toBe(18);
    const custom = ruleContext(student({}), settingsWith({ ruleSettings: { 'US.ageOfMajority': 21 } }));
    expect(custom.ok && custom.value.setting('US.ageOfMajority')).toBe(21);
    expect(() => ctx.ok && ctx.value.setting('US.nonsense')).toThrow(/Unknown rule setting US\.nonsense/);
    expect(ctx.ok && ctx.value.pack.code).toBe('US');
  });
});
