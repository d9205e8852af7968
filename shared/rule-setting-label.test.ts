import { describe, expect, it } from 'vitest';
import { listRulePacks, resolveRules } from './rule-packs.ts';
import { ruleSettingLabel } from './rule-setting-label.ts';

describe('ruleSettingLabel', () => {
  it('names every rule setting of every state in words, never by its id', () => {
    for (const pack of listRulePacks()) {
      for (const setting of resolveRules(pack).settings) {
        const label = ruleSettingLabel(setting);
        expect(label, setting.id).not.toContain(setting.id);
        expect(label, setting.id).not.toMatch(/^[A-Z]{2}\.|[a-z][A-Z]/);
        expect(label.length, setting.id).toBeGreaterThan(8);
      }
    }
  });

  it('gives the settings the rules command tells teachers to change their plain names', () => {
    const named = (id: string) => ruleSettingLabel({ id, description: '' });
    expect(named('TX.ardSummerRule')).toBe('ARD after a summer report: by the first day of fall classes');
    expect(named('FL.absenceAllowance')).toBe('Absences allowed during the evaluation (school days)');
    expect(named('US.ageOfMajority')).toBe('Age of majority (rights move to the student)');
  });

  it('falls back on the first clause of the description for a setting it has no name for', () => {
    expect(ruleSettingLabel({ id: 'ZZ.someNewRule', description: 'Days a district may add (not verified).' })).toBe('Days a district may add');
  });
});
