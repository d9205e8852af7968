import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../compute-deadlines.ts';
import { getRulePack } from '../rule-packs.ts';
import { d, settingsWith } from './test-calendars.ts';

/** The meeting-notice lead time: a state's unverified number is a setting a district can correct. */
describe('meeting notice: "send the notice by" dates', () => {
  const student = { studentId: 'N1', lastIepDate: d('2025-12-10') };
  const annual = (overrides: Parameters<typeof settingsWith>[0]) =>
    computeDeadlines(student, settingsWith(overrides), d('2026-11-23')).deadlines.find((x) => x.kind === 'annual-review');

  it('NY: 5 calendar days before the annual review by default (8 NYCRR 200.5(c), unverified)', () => {
    // due the day before the anniversary: 2026-12-09; 5 days earlier: 2026-12-04
    expect(annual({ state: 'NY' })?.scheduleBy).toBe('2026-12-04');
  });

  it('NY: the district can correct the unverified number, or turn it off', () => {
    expect(annual({ state: 'NY', ruleSettings: { 'NY.meetingNoticeDays': 10 } })?.scheduleBy).toBe('2026-11-29');
    expect(annual({ state: 'NY', ruleSettings: { 'NY.meetingNoticeDays': null } })?.scheduleBy).toBeUndefined();
  });

  it('TX: 5 school days before the ARD, on the district calendar', () => {
    // due Wed 2026-12-09; school days before it: Tue 12-08 (1), Mon 12-07 (2), Fri 12-04 (3), Thu 12-03 (4), Wed 12-02 (5)
    expect(annual({ state: 'TX' })?.scheduleBy).toBe('2026-12-02');
  });

  it('the caseload-wide meetingNoticeDays wins over the state setting', () => {
    // 3 calendar days before Wed 2026-12-09, instead of TX's 5 school days
    expect(annual({ state: 'TX', meetingNoticeDays: 3 })?.scheduleBy).toBe('2026-12-06');
  });

  it('IL: the meeting notice cites 23 IAC 226.530 (notice of meetings), not 226.520 (prior written notice)', () => {
    const deadline = annual({ state: 'IL' });
    // due 2026-12-09; 10 calendar days earlier
    expect(deadline?.scheduleBy).toBe('2026-11-29');
    const il = getRulePack('IL');
    expect(il.ok && il.value.meetingNotice?.citation).toMatch(/^23 IAC 226\.530/);
    expect(annual({ state: 'IL', ruleSettings: { 'IL.meetingNoticeDays': 5 } })?.scheduleBy).toBe('2026-12-04');
  });

  it('federal rules set no lead time: no "schedule by" date', () => {
    expect(annual({})?.scheduleBy).toBeUndefined();
  });
});
