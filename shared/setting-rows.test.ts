import { describe, expect, it } from 'vitest';
import { getRulePack, resolveRules } from './rule-packs.ts';
import { settingRows } from './setting-rows.ts';

describe('settingRows', () => {
  it("puts the state's rule settings after the dates and before the calendar and workload rows", () => {
    const rows = settingRows('TX');
    const tx = getRulePack('TX');
    if (!tx.ok) throw new Error(tx.error.message);
    const ruleIds = resolveRules(tx.value).settings.map((s) => s.id);
    expect(rows.filter((r) => r.kind === 'rule').map((r) => r.id)).toEqual(ruleIds);
    const at = (id: string) => rows.findIndex((r) => r.id === id);
    expect(at('progressReportDates')).toBeLessThan(at('TX.ardSummerRule'));
    expect(at('TX.ardSummerRule')).toBeLessThan(at('teamMode'));
    expect(rows.slice(-3).map((r) => r.label)).toEqual(['Work hours a week', 'Work hours a week, by case manager', 'Caseload type']);
  });

  it('gives the federal rule settings for a blank or unknown state', () => {
    const federal = settingRows().filter((r) => r.kind === 'rule').map((r) => r.label);
    expect(federal).toContain('Age rights transfer to the student');
    expect(settingRows('ZZ').filter((r) => r.kind === 'rule').map((r) => r.label)).toEqual(federal);
  });
});
