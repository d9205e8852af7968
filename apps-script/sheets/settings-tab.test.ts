import { describe, expect, it } from 'vitest';
import { CASELOAD_SETTINGS, type IsoDate, getRulePack, resolveRules } from '../../shared/index.ts';
import { SETTING_ROWS, allowedWords, findSettingRow, parseSettingsValues, settingRows } from './settings-tab.ts';

const toIso = (d: Date) => d.toISOString().slice(0, 10) as IsoDate;
const rows = (values: Record<string, unknown>, state?: string) => settingRows(state).map((r) => [r.label, r.id in values ? values[r.id] : r.initial, r.defaultText, r.citation, r.help]);

describe('settingRows', () => {
  it('has a row for every caseload setting that moves a date and every rule setting of the state, as `casekeeper rules` lists them', () => {
    const ids = settingRows('TX').map((r) => r.id);
    for (const s of CASELOAD_SETTINGS.filter((c) => c.changesDates)) expect(ids).toContain(s.id);
    const tx = getRulePack('TX');
    if (!tx.ok) throw new Error(tx.error.message);
    for (const s of resolveRules(tx.value).settings) expect(ids).toContain(s.id);
    // Settings that only change how things look are not here (they are not the team's to share).
    expect(ids).not.toContain('dateStyle');
  });

  it('names each row in plain words, with a default and a citation, and finds a row by its older name', () => {
    for (const r of settingRows('FL')) {
      expect(r.label).not.toMatch(/\b[A-Z]{2}\.|[a-z][A-Z]/);
      expect(r.defaultText, r.label).not.toBe('');
      if (r.kind === 'rule' || r.kind === 'date-rule') expect(r.citation, r.label).not.toBe('');
    }
    expect(findSettingRow('School days of absence allowed during the evaluation (Florida)')?.id).toBe('FL.absenceAllowance');
    expect(findSettingRow('Count the starting day')?.id).toBe('countTriggerDay');
    expect(findSettingRow('A note of our own')).toBeUndefined();
  });

  it('says what each cell takes in a teacher\'s words', () => {
    const age = settingRows().find((r) => r.id === 'US.ageOfMajority');
    expect(age && allowedWords(age)).toBe('Type a whole number from 0 to 365, or "none", or leave it blank for the default (18).');
    const convention = SETTING_ROWS.find((r) => r.id === 'annualReviewConvention');
    expect(convention && allowedWords(convention)).toBe('Choose "the day before the anniversary" or "on the anniversary".');
  });
});

describe('parseSettingsValues', () => {
  it('reads the values a new Settings tab starts with as the federal defaults', () => {
    const { settings, addOn, problems, missing } = parseSettingsValues(rows({}), [], toIso);
    expect(problems).toEqual([]);
    expect(missing).toEqual([]);
    expect(settings).toMatchObject({ urgentDays: 7, soonDays: 30, annualReviewConvention: 'day-before-anniversary', countTriggerDay: false, rollForward: false, ruleSettings: {} });
    expect(settings.state).toBeUndefined();
    expect(addOn).toEqual({ teamMode: 'solo', calendarName: 'Casekeeper deadlines', reminderDays: 7 });
  });

  it('reads state, team mode, progress report dates and a school calendar', () => {
    const { settings, addOn, problems } = parseSettingsValues(
      rows({ state: 'tx', teamMode: 'Everyone, one team calendar', progressReportDates: '11/14/2025, 2/6/2026', urgentDays: 10 }),
      [
        ['School year', '2025–2026', new Date(Date.UTC(2025, 7, 25)), new Date(Date.UTC(2026, 5, 12))],
        ['Closure', 'Winter break', '12/22/2025', '1/2/2026'],
      ],
      toIso,
    );
    expect(problems).toEqual([]);
    expect(settings.state).toBe('TX');
    expect(settings.urgentDays).toBe(10);
    expect(settings.progressReportDates).toEqual(['2025-11-14', '2026-02-06']);
    expect(settings.calendar?.schoolYears).toEqual([{ firstDay: '2025-08-25', lastDay: '2026-06-12' }]);
    expect(settings.calendar?.closures).toEqual([{ from: '2025-12-22', to: '2026-01-02', name: 'Winter break' }]);
    expect(addOn.teamMode).toBe('team-calendar');
  });

  it('applies the rule settings the team changed (yes/no, a number, none) and leaves blank ones at their defaults', () => {
    const { settings, problems } = parseSettingsValues(
      rows({ state: 'TX', 'TX.ardSummerRule': 'no', 'TX.transitionAge': 16, 'US.ageOfMajority': 'none', annualReviewConvention: 'on the anniversary', rollForward: true }, 'TX'),
      [],
      toIso,
    );
    expect(problems).toEqual([]);
    expect(settings.ruleSettings).toEqual({ 'TX.ardSummerRule': false, 'TX.transitionAge': 16, 'US.ageOfMajority': null });
    expect(settings.annualReviewConvention).toBe('anniversary');
    expect(settings.rollForward).toBe(true);
  });

  it('reads an older tab\'s words ("day before anniversary", "Count the starting day")', () => {
    const { settings, problems } = parseSettingsValues(
      [
        ['Annual review due', 'anniversary'],
        ['Count the starting day', 'yes'],
      ],
      [],
      toIso,
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ annualReviewConvention: 'anniversary', countTriggerDay: true });
  });

  it('names a bad setting with what it takes and falls back to its default instead of stopping', () => {
    const { settings, problems } = parseSettingsValues(rows({ state: 'Texas', soonDays: 'a month', 'US.ageOfMajority': 'eighteen' }), [], toIso);
    expect(settings.state).toBeUndefined();
    expect(settings.soonDays).toBe(30);
    expect(settings.ruleSettings).toEqual({});
    expect(problems.join(' ')).toMatch(/"State": .*two-letter/);
    expect(problems).toContain('Settings, "Soon within (days)": "a month" cannot be used here. Type a whole number from 0 to 730. Using the default.');
    expect(problems).toContain('Settings, "Age rights transfer to the student": "eighteen" cannot be used here. Type a whole number from 0 to 365, or "none", or leave it blank for the default (18). Using the default.');
  });

  it("gives the state's own default in the message (Alabama's age of majority is 19)", () => {
    const { problems } = parseSettingsValues(rows({ state: 'AL', 'US.ageOfMajority': 'nineteen' }, 'AL'), [], toIso);
    expect(problems).toEqual(['Settings, "Age rights transfer to the student": "nineteen" cannot be used here. Type a whole number from 0 to 365, or "none", or leave it blank for the default (19). Using the default.']);
  });

  it('lists the rows a tab lacks for its state (a state chosen after the tab was made)', () => {
    const { missing } = parseSettingsValues(rows({ state: 'FL' }), [], toIso);
    expect(missing.map((r) => r.label)).toEqual(['School days of absence allowed during the evaluation (Florida)']);
  });
});
