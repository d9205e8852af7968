import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSettingsTab } from './parse-settings-tab.ts';
import { SETTINGS_TAB_ROWS } from './settings-tab-rows.ts';
import { settingRows } from './setting-rows.ts';
import { parseDate } from './parse-date.ts';

const rows = (values: Record<string, unknown>) => SETTINGS_TAB_ROWS.map((r) => [r.label, r.id in values ? values[r.id] : r.initial, r.help]);

describe('parseSettingsTab', () => {
  it('reads a new tab (every row at its initial value) as the federal defaults and 10 work hours a week', () => {
    const { settings, problems, filled, hasCalendar } = parseSettingsTab(rows({}), []);
    expect(problems).toEqual([]);
    expect(settings.state).toBeUndefined();
    expect(settings.workload.capacityHours).toBe(10);
    expect(settings.workload.caseManagers).toEqual({});
    expect(filled).not.toContain('State');
    expect(hasCalendar).toBe(false);
  });

  it('reads dates as the Sheets API gives them unformatted (serial numbers), e.g. for the district roll-up', () => {
    // 46006 is 2025-12-15 and 46258 is 2026-08-24 in the spreadsheet epoch (1899-12-30).
    const { settings, problems, hasCalendar } = parseSettingsTab(
      rows({ state: 'ny', progressReportDates: 46006 }),
      [
        ['School year', '2026–2027', 46258, 46548],
        ['Closure', 'Winter break', 46377, 46388],
        ['Closure', 'Thanksgiving', '11/26/2026', ''],
      ],
    );
    expect(problems).toEqual([]);
    expect(settings.state).toBe('NY');
    expect(settings.progressReportDates).toEqual(['2025-12-15']);
    expect(hasCalendar).toBe(true);
    expect(settings.calendar?.schoolYears).toEqual([{ firstDay: '2026-08-24', lastDay: '2027-06-10' }]);
    expect(settings.calendar?.closures).toEqual([
      { from: '2026-12-21', to: '2027-01-01', name: 'Winter break' },
      { date: '2026-11-26', name: 'Thanksgiving' },
    ]);
  });

  it('reads the work hours for everyone and for named case managers, and a caseload type with a cap in law', () => {
    const { settings, problems } = parseSettingsTab(
      rows({ capacityHours: '8 h', caseManagerHours: 'a.patel@school.example: 6; b.ng@school.example = 12.5 hours\nc.diaz: lots', caseloadType: 'ca.resource-specialist' }),
      [],
    );
    expect(settings.workload.capacityHours).toBe(8);
    expect(settings.workload.caseManagers).toEqual({ 'a.patel@school.example': { capacityHours: 6 }, 'b.ng@school.example': { capacityHours: 12.5 } });
    expect(settings.workload.caseloadType).toBe('CA.resource-specialist');
    // The entry that cannot be read is named; that person keeps the usual hours.
    expect(problems).toEqual([expect.stringMatching(/"Work hours a week, by case manager": "c\.diaz: lots" should be a name and hours/)]);
  });

  it('names bad values by their label and uses the defaults instead of stopping', () => {
    const { settings, problems } = parseSettingsTab(rows({ state: 'Texas', capacityHours: 'a lot', caseloadType: 'TX.resource' }), [['School year', '', 'soon', '']]);
    expect(settings.state).toBeUndefined();
    expect(settings.workload.capacityHours).toBe(10);
    expect(settings.workload.caseloadType).toBeUndefined();
    const all = problems.join('\n');
    expect(all).toMatch(/"State": .*two-letter/);
    expect(all).toMatch(/"Work hours a week": "a lot" is not a number of hours/);
    expect(all).toMatch(/"Caseload type": "TX\.resource" is not a caseload type Casekeeper knows/);
    expect(all).toMatch(/School Calendar, row 2: the start date is missing or not a date/);
  });

  it("reads a state's rule settings and the settings that move dates as the CLI's --setting does, by any of their names", () => {
    const { settings, problems, filled } = parseSettingsTab(
      [
        ['State', 'TX'],
        ['ARD may wait until fall when day 30 falls in the summer (Texas)', 'no'],
        ['Annual review due', 'on the anniversary'],
        ['Count the starting day', true],
        ['Our own note', 'kept out'],
      ],
      [],
    );
    expect(problems).toEqual([]);
    expect(settings.ruleSettings).toEqual({ 'TX.ardSummerRule': false });
    expect(settings).toMatchObject({ annualReviewConvention: 'anniversary', countTriggerDay: true });
    // The rows set, by their current names (the old "Count the starting day" included).
    expect(filled).toEqual(['State', 'ARD may wait until fall when day 30 falls in the summer (Texas)', 'Annual review due', 'Count the starting day as day 1']);
  });

  it("lists the rows the tab lacks for its state (Florida's own setting, the work-hours rows of a tab made before them)", () => {
    // A tab made for the federal rules before the work-hours rows, then set to Florida.
    const old = settingRows()
      .filter((r) => r.kind !== 'workload')
      .map((r) => [r.label, r.id === 'state' ? 'FL' : r.initial]);
    const { missing } = parseSettingsTab(old, []);
    expect(missing.map((r) => r.label)).toEqual(['School days of absence allowed during the evaluation (Florida)', 'Work hours a week', 'Work hours a week, by case manager', 'Caseload type']);
  });

  it('never throws and always gives valid settings, whatever is typed in the cells', () => {
    const cell = fc.oneof(fc.string(), fc.integer({ min: -1e6, max: 1e6 }), fc.double(), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...SETTINGS_TAB_ROWS.map((r) => r.label), 'Other'), cell)), fc.array(fc.tuple(fc.constantFrom('School year', 'Closure', 'x'), cell, cell, cell)), (s, c) => {
        const { settings } = parseSettingsTab(s, c);
        expect(settings.workload.capacityHours).toBeGreaterThanOrEqual(0);
        expect(settings.workload.capacityHours).toBeLessThanOrEqual(80);
        for (const d of settings.progressReportDates) expect(parseDate(d).ok).toBe(true);
      }),
    );
  });
});
