import { describe, expect, it } from 'vitest';
import { applySetting } from './apply-setting.ts';
import { computeDeadlines } from './compute-deadlines.ts';
import { listDateSettings } from './list-date-settings.ts';
import { defaultSettings } from './settings.ts';

describe('listDateSettings', () => {
  it('lists the caseload settings that move dates, with plain names, citations and defaults in words', () => {
    const list = listDateSettings(defaultSettings);
    const annual = list.find((s) => s.id === 'annualReviewConvention');
    expect(annual).toMatchObject({ label: 'Annual review due', citation: '34 CFR 300.324(b)(1)(i)', defaultText: 'the day before the anniversary', currentText: 'the day before the anniversary', isDefault: true });
    expect(list.map((s) => s.id)).not.toContain('dateStyle');
    for (const s of list) expect(s.citation, s.id).not.toBe('');
  });

  it("adds the state's own rule settings, as the rules command lists them, and shows what was chosen", () => {
    const tx = { ...defaultSettings, state: 'TX' as const };
    const summer = listDateSettings(tx).find((s) => s.id === 'TX.ardSummerRule');
    expect(summer).toMatchObject({ label: 'ARD may wait until fall when day 30 falls in the summer (Texas)', citation: '19 TAC 89.1011(d)', defaultText: 'yes', currentText: 'yes', isDefault: true });
    const changed = applySetting(tx, 'TX.ardSummerRule', 'no');
    if (!changed.ok) throw new Error(changed.error.message);
    expect(listDateSettings(changed.value).find((s) => s.id === 'TX.ardSummerRule')).toMatchObject({ currentText: 'no', currentInput: 'no', isDefault: false });
    expect(listDateSettings(defaultSettings).some((s) => s.id.startsWith('TX.'))).toBe(false);
    expect(listDateSettings(defaultSettings).find((s) => s.id === 'US.ageOfMajority')).toMatchObject({ defaultText: '18', citation: '34 CFR 300.520(a)' });
  });

  it('says "none" where the rule text says null, and a changed setting moves the date it names', () => {
    const fl = { ...defaultSettings, state: 'FL' as const };
    const absence = listDateSettings(fl).find((s) => s.id === 'FL.absenceAllowance');
    expect(absence).toMatchObject({ defaultText: '8', kind: { type: 'whole-number' } });
    for (const s of listDateSettings({ ...defaultSettings, state: 'GA' })) expect(s.description).not.toMatch(/\bnull\b/);
    const student = { studentId: 'S1', lastIepDate: '2026-01-15' as never };
    const before = computeDeadlines(student, defaultSettings, '2026-11-23' as never).deadlines.find((d) => d.kind === 'annual-review')?.dueDate;
    const changed = applySetting(defaultSettings, 'annualReviewConvention', 'anniversary');
    if (!changed.ok) throw new Error(changed.error.message);
    expect(listDateSettings(changed.value).find((s) => s.id === 'annualReviewConvention')).toMatchObject({ currentText: 'on the anniversary', isDefault: false });
    const after = computeDeadlines(student, changed.value, '2026-11-23' as never).deadlines.find((d) => d.kind === 'annual-review')?.dueDate;
    expect([before, after]).toEqual(['2027-01-14', '2027-01-15']);
  });
});
