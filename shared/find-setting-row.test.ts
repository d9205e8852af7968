import { describe, expect, it } from 'vitest';
import { findSettingRow } from './find-setting-row.ts';

describe('findSettingRow', () => {
  it('finds a row by its name in any case and spacing, by an older name, and any state\'s rule setting', () => {
    expect(findSettingRow('  work HOURS a week ')?.id).toBe('capacityHours');
    expect(findSettingRow('Count the starting day')?.id).toBe('countTriggerDay');
    expect(findSettingRow('Move due dates off closed days')?.id).toBe('rollForward');
    expect(findSettingRow('ARD may wait until fall when day 30 falls in the summer (Texas)')).toMatchObject({ id: 'TX.ardSummerRule', kind: 'rule', citation: '19 TAC 89.1011(d)' });
  });

  it("leaves the team's own rows and blank cells alone", () => {
    expect(findSettingRow('A note of our own')).toBeUndefined();
    expect(findSettingRow('')).toBeUndefined();
    expect(findSettingRow(null)).toBeUndefined();
  });
});
