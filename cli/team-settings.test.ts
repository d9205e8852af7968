import { describe, expect, it } from 'vitest';
import { Settings, parseSettingsTab } from '../shared/index.ts';
import { teamSettings } from './team-settings.ts';

const districtCalendar = { name: 'District', schoolYears: [{ firstDay: '2026-08-24', lastDay: '2027-06-10' }], closures: [] };
const district = Settings.parse({ state: 'TX', urgentDays: 10, calendar: districtCalendar, workload: { capacityHours: 6 } });

describe('teamSettings', () => {
  it('a sheet without a Settings tab is counted with the district settings, and says so', () => {
    const r = teamSettings(undefined, district);
    expect(r.settings).toBe(district);
    expect(r).toMatchObject({ state: 'TX', stateFrom: "the district's --state (the sheet has no Settings tab)", calendarFrom: "the district's --calendar" });
  });

  it("the sheet's own values win where it has them; the district's fill only the blank rows", () => {
    const sheet = parseSettingsTab(
      [
        ['State', 'ny'],
        ['Soon within (days)', 21],
        ['Work hours a week', 9],
      ],
      [['School year', '2026-27', '9/8/2026', '6/25/2027']],
    );
    const r = teamSettings(sheet, district);
    expect(r.settings.state).toBe('NY');
    expect(r.settings.soonDays).toBe(21);
    expect(r.settings.urgentDays).toBe(10);
    expect(r.settings.workload.capacityHours).toBe(9);
    expect(r.settings.calendar?.schoolYears).toEqual([{ firstDay: '2026-09-08', lastDay: '2027-06-25' }]);
    expect(r).toMatchObject({ state: 'NY', stateFrom: "the sheet's own Settings tab", calendarFrom: "the sheet's own School Calendar tab", problems: [] });
    // The district's settings are not changed for the next sheet.
    expect(district.state).toBe('TX');
    expect(district.workload.capacityHours).toBe(6);
  });

  it('a blank or unusable State falls back to the district state, else to the federal rules, with the reason', () => {
    expect(teamSettings(parseSettingsTab([['State', '']], []), district)).toMatchObject({ state: 'TX', stateFrom: "the district's --state (the sheet's State is blank)" });
    const bad = teamSettings(parseSettingsTab([['State', 'Texas']], []), Settings.parse({}));
    expect(bad).toMatchObject({ state: 'Federal', stateFrom: "the sheet's State cannot be used, and no --state: the federal rules", calendarFrom: 'none (every weekday counts as a school day)' });
    expect(bad.settings.state).toBeUndefined();
    expect(bad.problems.join(' ')).toMatch(/"State"/);
  });
});
