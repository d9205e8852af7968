import { describe, expect, it } from 'vitest';
import { ruleContext } from './compute-due.ts';
import { earliestMeetingDate, meetingNoticeLead, noticeSendBy } from './meeting-notice-lead.ts';
import { d, DISTRICT_CALENDAR_JSON, settingsWith } from './test-fixtures.ts';

describe('meeting notice lead time', () => {
  const settings = settingsWith({ calendar: DISTRICT_CALENDAR_JSON });
  const leadOf = (state: string, extra: Record<string, unknown> = {}) => {
    const ctx = ruleContext({ studentId: 'S1', state: state as never }, settingsWith(extra));
    return ctx.ok ? meetingNoticeLead(ctx.value) : undefined;
  };

  it('comes from the state pack, the caseload setting, or nowhere', () => {
    expect(leadOf('IL')).toMatchObject({ days: 10, unit: 'calendar' });
    expect(leadOf('IL', { meetingNoticeDays: 3 })).toMatchObject({ days: 3, citation: 'caseload setting' });
    expect(leadOf('CA')).toBeUndefined();
    expect(leadOf('NY', { ruleSettings: { 'NY.meetingNoticeDays': null } })).toBeUndefined();
  });

  it('the earliest meeting leaves the whole lead time from today', () => {
    expect(earliestMeetingDate(d('2026-12-02'), { days: 10, unit: 'calendar' }, settings)).toBe('2026-12-12');
    expect(earliestMeetingDate(d('2026-12-02'), undefined, settings)).toBe('2026-12-02');
    // 5 school days: Dec 3, 4, 7, 8, 9 lie between; the meeting on Dec 9 has its notice due Dec 2.
    const school = { days: 5, unit: 'school' as const };
    const earliest = earliestMeetingDate(d('2026-12-02'), school, settings);
    expect(earliest).toBe('2026-12-09');
    expect(noticeSendBy(earliest as never, school, settings)).toBe('2026-12-02');
    expect(noticeSendBy(d('2026-12-08'), school, settings)! < '2026-12-02').toBe(true);
  });
});
