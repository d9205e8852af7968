import { describe, expect, it } from 'vitest';
import { caseloadOf } from './caseload.ts';
import { d } from './test-fixtures.ts';
import { WORKLOAD_CASELOAD, WORKLOAD_TODAY, workloadSettings } from './test-workload-caseload.ts';
import { workItems } from './work-items.ts';

const until = d('2027-02-10');

describe('workItems', () => {
  it('derives every kind of work with its hours and basis', () => {
    const { items } = workItems(WORKLOAD_CASELOAD, { settings: workloadSettings(), today: WORKLOAD_TODAY, until });
    const summary = items.filter((i) => i.kind !== 'service-minutes').map((i) => [i.studentId, i.kind, i.date, i.hours, i.movable]);
    expect(summary).toEqual([
      ['S1', 'contact-follow-up', '2026-11-20', 0.25, false],
      ['S1', 'progress-report', '2026-12-18', 0.5, true],
      ['S2', 'progress-report', '2026-12-18', 1.5, true],
      ['S1', 'meeting-notice', '2026-12-31', 0.5, false],
      ['S1', 'annual-review', '2027-01-07', 3, true],
    ]);
    const review = items.find((i) => i.kind === 'annual-review');
    expect(review?.basis).toBe('3 h: 3 h per meeting (practitioner estimate, S)');
    expect(items.find((i) => i.kind === 'meeting-notice')?.noticeFor).toBe(review?.id);
    expect(items.find((i) => i.studentId === 'S2' && i.kind === 'progress-report')?.basis).toMatch(/0.5 h per goal, each reporting date × 3 goals/);
    expect(items.find((i) => i.studentId === 'S1' && i.kind === 'progress-report')?.notes).toEqual(['No goals are recorded: counted as one goal.']);
  });

  it('counts scheduled service minutes per student and week, none in closed weeks', () => {
    const { items } = workItems(WORKLOAD_CASELOAD, { settings: workloadSettings(), today: WORKLOAD_TODAY, until });
    const services = items.filter((i) => i.kind === 'service-minutes').slice(0, 4);
    expect(services.map((i) => [i.date, i.serviceMinutes])).toEqual([
      ['2026-12-02', 36],
      ['2026-12-07', 60],
      ['2026-12-14', 60],
      ['2027-01-04', 60],
    ]);
  });

  it('counts the minutes owed up to last week as make-up work, spread over the next four open weeks', () => {
    // From Nov 16 with nothing logged: the week of Nov 16 owes 60 min; Thanksgiving week owes none.
    const caseload = caseloadOf({
      students: [{ studentId: 'S2' }],
      services: [{ serviceId: 'V1', studentId: 'S2', service: 'Reading', minutes: 30, sessions: 2, per: 'week', startDate: d('2026-11-16') }],
    });
    const makeUp = workItems(caseload, { settings: workloadSettings(), today: WORKLOAD_TODAY, until }).items.filter((i) => i.kind === 'make-up-minutes');
    expect(makeUp.map((i) => [i.title, i.hours, i.spread, i.spreadWeeks])).toEqual([['Make-up minutes: Reading (60 min owed)', 1, 'after', 4]]);
  });

  it('holds a scheduled meeting fixed and gives it no notice to send', () => {
    const caseload = caseloadOf({ students: [{ studentId: 'S1', lastIepDate: d('2026-01-08'), nextIepMeetingDate: d('2026-12-16') }] });
    const { items } = workItems(caseload, { settings: workloadSettings(), today: WORKLOAD_TODAY, until });
    const meetingWork = items.filter((i) => i.kind !== 'progress-report');
    expect(meetingWork.map((i) => [i.kind, i.date, i.movable])).toEqual([['annual-review', '2026-12-16', false]]);
  });

  it('keeps a movable meeting the gap after the last IEP and counts overdue work', () => {
    const caseload = caseloadOf({ students: [{ studentId: 'S1', lastIepDate: d('2025-11-20') }] });
    const { items } = workItems(caseload, { settings: workloadSettings(), today: WORKLOAD_TODAY, until });
    const review = items.find((i) => i.kind === 'annual-review');
    expect(review).toMatchObject({ dueDate: '2026-11-19', movable: false });
    expect(review?.notes).toContain('Overdue since 2026-11-19: counted this week.');
  });

  it('gives no work to a student who has left, and reports a service it cannot read', () => {
    const caseload = caseloadOf({
      students: [{ studentId: 'S1', lastIepDate: d('2026-01-08'), exitDate: d('2026-11-01') }, { studentId: 'S2' }],
      services: [{ serviceId: 'V1', studentId: 'S2', service: 'Speech', mandate: 'as needed' }],
    });
    const { items, problems } = workItems(caseload, { settings: workloadSettings(), today: WORKLOAD_TODAY, until });
    expect(items).toEqual([]);
    expect(problems.map((p) => p.studentId)).toEqual(['S2']);
  });
});
