import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/index.ts';
import { SETTING_ROWS, parseSettingsValues } from './settings-tab.ts';

const toIso = (d: Date) => d.toISOString().slice(0, 10) as IsoDate;
const rows = (values: Record<string, unknown>) => SETTING_ROWS.map((r) => [r.label, r.id in values ? values[r.id] : r.initial, r.help]);

describe('parseSettingsValues', () => {
  it('reads the defaults a new Settings tab shows as the federal defaults', () => {
    const { settings, addOn, problems } = parseSettingsValues(rows({}), [], toIso);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ urgentDays: 7, soonDays: 30, annualReviewConvention: 'day-before-anniversary' });
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

  it('names a bad setting and falls back to its default instead of stopping', () => {
    const { settings, problems } = parseSettingsValues(rows({ state: 'Texas', soonDays: 'a month' }), [], toIso);
    expect(settings.state).toBeUndefined();
    expect(settings.soonDays).toBe(30);
    expect(problems.join(' ')).toMatch(/"State": .*two-letter/);
    expect(problems.join(' ')).toMatch(/"Soon within \(days\)": "a month" is not a whole number/);
  });
});
