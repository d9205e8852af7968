import { describe, expect, it } from 'vitest';
import { ruleSettingRow } from './rule-setting-row.ts';

describe('ruleSettingRow', () => {
  it('names a rule setting in words with its default, citation and what the cell takes', () => {
    const row = ruleSettingRow({ id: 'TX.ardSummerRule', description: 'If day 30 falls in the summer, the ARD may wait.', default: true, citation: '19 TAC 89.1011(d)', verification: 'U' });
    expect(row).toMatchObject({ kind: 'rule', label: 'ARD may wait until fall when day 30 falls in the summer (Texas)', initial: '', defaultText: 'yes', citation: '19 TAC 89.1011(d)', choices: ['yes', 'no'] });
    expect(row.help).toMatch(/Leave blank for the default\.$/);
    const age = ruleSettingRow({ id: 'US.ageOfMajority', description: 'Age of majority.', default: 18, citation: '34 CFR 300.520(a)', verification: 'V' });
    expect(age).toMatchObject({ label: 'Age rights transfer to the student', defaultText: '18', range: { min: 0, max: 365, noneAllowed: true } });
  });
});
