import { describe, expect, it } from 'vitest';
import { presentRuleSetting } from './present-rule-setting.ts';
import { listRulePacks, resolveRules } from './rule-packs.ts';

describe('presentRuleSetting', () => {
  it('names every setting any state declares in words, never by its id, each name told apart from the others', () => {
    const byId = new Map(listRulePacks().flatMap((p) => resolveRules(p).settings.map((s) => [s.id, s] as const)));
    const names = [...byId.values()].map((s) => presentRuleSetting(s).name);
    for (const name of names) {
      expect(name).not.toMatch(/\b[A-Z]{2}\.|[a-z][A-Z]/);
      expect(name.length).toBeGreaterThan(5);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it("adds the state's name to a state's own setting, and says the default in words", () => {
    expect(presentRuleSetting({ id: 'TX.transitionAge', default: 14 })).toEqual({ name: 'Age transition planning starts (Texas)', defaultText: '14' });
    expect(presentRuleSetting({ id: 'TX.ardSummerRule', default: true })).toEqual({ name: 'ARD may wait until fall when day 30 falls in the summer (Texas)', defaultText: 'yes' });
    expect(presentRuleSetting({ id: 'US.ageOfMajority', default: null })).toEqual({ name: 'Age rights transfer to the student', defaultText: 'none' });
  });

  it('falls back to the words of a setting it has no name for', () => {
    expect(presentRuleSetting({ id: 'CA.someNewWindow30Days', default: false }).name).toBe('Some new window 30 days (California)');
  });
});
