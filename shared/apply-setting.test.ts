import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySetting } from './apply-setting.ts';
import { CASELOAD_SETTINGS } from './caseload-settings.ts';
import { computeDue } from './compute-due.ts';
import { Settings, defaultSettings } from './settings.ts';
import { d } from './test-fixtures.ts';

describe('applySetting', () => {
  it('sets a caseload number, yes/no and choice from text, and leaves the input alone', () => {
    const before = structuredClone(defaultSettings);
    const a = applySetting(defaultSettings, 'urgentDays', '10');
    const b = applySetting(defaultSettings, 'rollForward', 'yes');
    const c = applySetting(defaultSettings, 'annualreviewconvention', 'anniversary');
    const e = applySetting(defaultSettings, 'dateStyle', 'ISO');
    expect(a.ok && a.value.urgentDays).toBe(10);
    expect(b.ok && b.value.rollForward).toBe(true);
    expect(c.ok && c.value.annualReviewConvention).toBe('anniversary');
    expect(e.ok && e.value.dateStyle).toBe('iso');
    expect(defaultSettings).toEqual(before);
  });

  it('moves the annual review date when the convention changes', () => {
    const student = { studentId: '1', lastIepDate: d('2025-12-20') };
    const set = applySetting(defaultSettings, 'annualReviewConvention', 'anniversary');
    if (!set.ok) throw new Error(set.error.message);
    const before = computeDue('annual-review', student, defaultSettings);
    const after = computeDue('annual-review', student, set.value);
    expect(before.ok && before.value.outcome.dueDate).toBe('2026-12-19');
    expect(after.ok && after.value.outcome.dueDate).toBe('2026-12-20');
  });

  it("sets a state pack's rule setting, yes/no or a number or none, and the result still parses as Settings", () => {
    const tx = applySetting({ ...defaultSettings, state: 'TX' }, 'TX.ardSummerRule', 'no');
    const age = applySetting(defaultSettings, 'us.ageofmajority', 'none');
    const fl = applySetting(defaultSettings, 'US.ageOfMajority', '19');
    expect(tx.ok && tx.value.ruleSettings['TX.ardSummerRule']).toBe(false);
    expect(age.ok && age.value.ruleSettings['US.ageOfMajority']).toBeNull();
    expect(fl.ok && fl.value.ruleSettings['US.ageOfMajority']).toBe(19);
    for (const r of [tx, age, fl]) expect(r.ok && Settings.safeParse(r.value).success).toBe(true);
  });

  it('names the known settings when the name is unknown', () => {
    const r = applySetting({ ...defaultSettings, state: 'TX' }, 'urgentDay', '3');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('unknown-setting');
    expect(r.error.message).toContain('urgentDays');
    expect(r.error.message).toContain('TX.ardSummerRule');
  });

  it('says what is allowed when the value is bad', () => {
    const cases: [string, string, string][] = [
      ['urgentDays', 'ten', 'a whole number from 0 to 365'],
      ['urgentDays', '400', 'a whole number from 0 to 365'],
      ['rollForward', 'maybe', 'yes or no'],
      ['dateStyle', 'european', 'us (12/19/2026) or iso (2026-12-19)'],
      ['TX.ardSummerRule', '3', 'yes or no'],
    ];
    for (const [id, value, allowed] of cases) {
      const r = applySetting(defaultSettings, id, value);
      expect(r.ok, `${id}=${value}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('bad-setting-value');
        expect(r.error.message).toContain(allowed);
      }
    }
  });

  it('every whole-number setting takes exactly the numbers in its range (property)', () => {
    const numeric = CASELOAD_SETTINGS.filter((s) => s.value.type === 'whole-number');
    fc.assert(
      fc.property(fc.constantFrom(...numeric), fc.integer({ min: -5, max: 800 }), (setting, n) => {
        const kind = setting.value as { min: number; max: number };
        const r = applySetting(defaultSettings, setting.id, String(n));
        expect(r.ok).toBe(n >= kind.min && n <= kind.max);
        if (r.ok) expect(Settings.parse(r.value)).toMatchObject({ [setting.id]: n });
      }),
    );
  });

  it("takes Illinois' transition age in halves, as its default 14½ is written (105 ILCS 5/14-8.03)", () => {
    const il = { ...defaultSettings, state: 'IL' as const };
    const r = applySetting(il, 'IL.transitionAge', '15.5');
    expect(r.ok && r.value.ruleSettings['IL.transitionAge']).toBe(15.5);
    const whole = applySetting(il, 'IL.transitionAge', 'fifteen');
    expect(!whole.ok && whole.error.message).toContain('like 14.5');
    // A setting whose default is whole still takes whole numbers only.
    expect(applySetting({ ...defaultSettings, state: 'AL' as const }, 'US.ageOfMajority', '19.5').ok).toBe(false);
  });

  it("explains a shared setting with the caseload state's own words (Alabama's age of majority is 19, not Wyoming's)", () => {
    const r = applySetting({ ...defaultSettings, state: 'AL' as const }, 'US.ageOfMajority', 'abc');
    expect(!r.ok && r.error.message).toContain('Alabama');
    const ny = applySetting({ ...defaultSettings, state: 'NY' as const }, 'US.ageOfMajority', 'abc');
    expect(!ny.ok && ny.error.message).not.toContain('Wyoming');
  });

  it('"default" puts a state rule back to its own default, while "none" means none (no rights transfer)', () => {
    const al = { ...defaultSettings, state: 'AL' as const };
    const none = applySetting(al, 'US.ageOfMajority', 'none');
    expect(none.ok && none.value.ruleSettings['US.ageOfMajority']).toBeNull();
    const back = none.ok ? applySetting(none.value, 'US.ageOfMajority', 'default') : none;
    expect(back.ok && 'US.ageOfMajority' in back.value.ruleSettings).toBe(false);
    const blank = applySetting({ ...al, ruleSettings: { 'US.ageOfMajority': 21 } }, 'US.ageOfMajority', '');
    expect(blank.ok && blank.value.ruleSettings).toEqual({});
  });
});
