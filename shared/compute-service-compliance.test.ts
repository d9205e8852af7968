import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseloadOf } from './caseload.ts';
import { computeServiceCompliance, type ServiceCompliance } from './compute-service-compliance.ts';
import { NO_CALENDAR_NOTE } from './school-day-counter.ts';
import { ServiceRecord } from './service-record.ts';
import { SessionRecord } from './session-record.ts';
import { Settings } from './settings.ts';
import { SessionOutcome } from './session-record.ts';
import { d, DISTRICT_CALENDAR_JSON, isoDateBetween } from './test-fixtures.ts';

const settings = Settings.parse({ calendar: DISTRICT_CALENDAR_JSON });
const speech = (fields: Record<string, unknown> = {}) =>
  ServiceRecord.parse({ serviceId: 'V1', studentId: 'S1', service: 'Speech-language therapy', mandate: '30 min 2x/week', startDate: '2025-09-08', ...fields });
let n = 0;
const session = (date: string, outcome: string, minutes = 30, fields: Record<string, unknown> = {}) =>
  SessionRecord.parse({ sessionId: `X${++n}`, studentId: 'S1', serviceId: 'V1', date, minutes, outcome, ...fields });

function one(services: ServiceRecord[], sessions: SessionRecord[], today: string, s: Settings = settings, window: { from?: string; to?: string } = {}): ServiceCompliance {
  const rows = computeServiceCompliance(caseloadOf({ services, sessions }), {
    settings: s,
    today: d(today),
    ...(window.from ? { from: d(window.from) } : {}),
    ...(window.to ? { to: d(window.to) } : {}),
  });
  return rows[0] as ServiceCompliance;
}

const TWO_WEEKS = [session('2025-09-09', 'delivered'), session('2025-09-11', 'delivered'), session('2025-09-16', 'student-absent'), session('2025-09-18', 'provider-absent')];

describe('computeServiceCompliance', () => {
  it('counts delivered minutes, misses by outcome, what is not owed and what is owed', () => {
    const r = one([speech()], TWO_WEEKS, '2025-09-21');
    expect(r).toMatchObject({
      from: '2025-09-08',
      to: '2025-09-21',
      per: 'week',
      requiredMinutes: 120,
      deliveredMinutes: 60,
      missedByOutcome: { 'student-absent': 30, 'student-unavailable': 0, 'provider-absent': 30, 'school-closed': 0, other: 0 },
      notOwedMinutes: 30,
      owedMinutes: 30,
      sessionsCounted: 4,
      status: 'behind',
      shortfallSince: '2025-09-15',
    });
  });

  it('follows the setting for which outcomes are not owed', () => {
    expect(one([speech()], TWO_WEEKS, '2025-09-21', Settings.parse({ calendar: DISTRICT_CALENDAR_JSON, notOwedOutcomes: [] })).owedMinutes).toBe(60);
    const lenient = Settings.parse({ calendar: DISTRICT_CALENDAR_JSON, notOwedOutcomes: ['student-absent', 'provider-absent'] });
    expect(one([speech()], TWO_WEEKS, '2025-09-21', lenient)).toMatchObject({ owedMinutes: 0, status: 'on-track', shortfallSince: null });
  });

  it('treats every outcome as the defaults say: make-up given; student absent or unavailable not owed; provider absent, school closed and other owed', () => {
    const sessions = [
      session('2025-09-08', 'makeup', 20),
      session('2025-09-09', 'student-absent', 10),
      session('2025-09-10', 'student-unavailable', 15),
      session('2025-09-11', 'provider-absent', 5),
      session('2025-09-12', 'school-closed', 7),
      session('2025-09-12', 'other', 3),
      session('2025-09-12', 'delivered', 1),
    ];
    const r = one([speech()], sessions, '2025-09-14');
    expect(r.deliveredMinutes).toBe(21);
    expect(r.notOwedMinutes).toBe(25);
    expect(r.missedByOutcome).toEqual({ 'student-absent': 10, 'student-unavailable': 15, 'provider-absent': 5, 'school-closed': 7, other: 3 });
    expect(r.owedMinutes).toBe(60 - 21 - 25);
  });

  it('is behind with everything owed when a service that should have started has no session', () => {
    expect(one([speech()], [], '2025-09-21')).toMatchObject({ requiredMinutes: 120, owedMinutes: 120, status: 'behind', shortfallSince: '2025-09-08' });
  });

  it('is ahead when more was delivered than required, on track when exactly', () => {
    const five = ['2025-09-08', '2025-09-09', '2025-09-10', '2025-09-11', '2025-09-12'].map((date) => session(date, 'delivered'));
    expect(one([speech()], five, '2025-09-14')).toMatchObject({ status: 'ahead', owedMinutes: 0, deliveredMinutes: 150 });
    expect(one([speech()], five.slice(0, 2), '2025-09-14').status).toBe('on-track');
  });

  it('a shortfall made up later ends; the date is where the current run of shortage began', () => {
    const sessions = [session('2025-09-09', 'delivered', 60), session('2025-09-22', 'delivered', 60), session('2025-09-23', 'delivered', 60)];
    // Week 1 met; week 2 nothing (short 60); week 3 given 120 (back to even); week 4 nothing.
    expect(one([speech()], sessions, '2025-10-05')).toMatchObject({ owedMinutes: 60, shortfallSince: '2025-09-29' });
  });

  it('is not-started before the start date, ended after the end date (with minutes owed as a problem)', () => {
    expect(one([speech({ startDate: '2025-10-01' })], [], '2025-09-21')).toMatchObject({ status: 'not-started', requiredMinutes: 0, owedMinutes: 0 });
    const ended = one([speech({ endDate: '2025-09-14' })], TWO_WEEKS, '2025-09-21');
    expect(ended).toMatchObject({ status: 'ended', to: '2025-09-14', requiredMinutes: 60, owedMinutes: 0 });
    const short = one([speech({ endDate: '2025-09-14' })], [session('2025-09-09', 'delivered')], '2025-09-21');
    expect(short).toMatchObject({ status: 'ended', owedMinutes: 30 });
    expect(short.problems.join(' ')).toContain('compensatory services');
  });

  it('prorates a mid-week start and counts nothing over a closed week', () => {
    expect(one([speech({ startDate: '2025-09-10' })], [], '2025-09-14').requiredMinutes).toBe(36);
    expect(one([speech({ startDate: '2025-11-24' })], [], '2025-11-30').requiredMinutes).toBe(0);
    expect(one([speech({ startDate: '2025-11-24' })], [], '2025-11-30').status).toBe('on-track');
  });

  it('by default counts from the first day of the current school year when the service started earlier', () => {
    const r = one([speech({ startDate: '2025-01-06' })], [], '2025-09-07');
    expect(r).toMatchObject({ from: '2025-08-25', requiredMinutes: 120 });
  });

  it('honours a window given with from and to, never before the service start', () => {
    expect(one([speech()], TWO_WEEKS, '2025-09-21', settings, { from: '2025-09-15', to: '2025-09-21' })).toMatchObject({ from: '2025-09-15', requiredMinutes: 60, deliveredMinutes: 0, owedMinutes: 30 });
    expect(one([speech()], TWO_WEEKS, '2025-09-21', settings, { from: '2025-08-01' }).from).toBe('2025-09-08');
  });

  it('without a calendar counts from July 1 on weekdays less federal holidays, and says so', () => {
    const r = one([speech({ startDate: undefined })], [], '2025-07-15', Settings.parse({}));
    // Tue–Thu of the July 4 week (3 of 4), the next week, Mon–Tue of the third (2 of 5).
    expect(r).toMatchObject({ from: '2025-07-01', requiredMinutes: 45 + 60 + 24 });
    expect(r.notes).toContain(NO_CALENDAR_NOTE);
  });

  it('projects the current week at the pace of its school days so far', () => {
    const r = one([speech()], [session('2025-09-16', 'delivered')], '2025-09-17');
    expect(r.projection).toEqual({
      periodFrom: '2025-09-15',
      periodTo: '2025-09-21',
      requiredMinutes: 60,
      deliveredMinutes: 30,
      notOwedMinutes: 0,
      projectedMinutes: 50,
      projectedOwedMinutes: 10,
    });
  });

  it('lists every service, unreadable ones as unknown with their reason, behind first', () => {
    const services = [
      speech({ serviceId: 'V2', service: 'Counseling', mandate: '30 min per semester' }),
      speech({ serviceId: 'V3', service: 'OT', mandate: '450 min per grading period' }),
      speech(),
      speech({ serviceId: 'V4', service: 'PT', mandate: undefined }),
    ];
    const rows = computeServiceCompliance(caseloadOf({ services, sessions: [] }), { settings, today: d('2025-09-21') });
    expect(rows.map((r) => [r.serviceId, r.status])).toEqual([
      ['V1', 'behind'],
      ['V2', 'unknown'],
      ['V3', 'unknown'],
      ['V4', 'unknown'],
    ]);
    expect(rows[1]?.reason).toContain('semester');
    expect(rows[2]?.reason).toContain('no grading periods are set');
    expect(rows[3]?.reason).toContain('no frequency');
  });

  it('still totals the sessions of a service whose frequency cannot be read, owing nothing it cannot know', () => {
    const r = one([speech({ mandate: '30 min' })], TWO_WEEKS, '2025-09-21');
    expect(r).toMatchObject({ status: 'unknown', deliveredMinutes: 60, notOwedMinutes: 30, requiredMinutes: 0, owedMinutes: 0, per: null });
    expect(r.reason).toContain('No period found');
  });

  it('counts a grading-period service over the grading periods, and says when days fall outside them', () => {
    const s = Settings.parse({ calendar: DISTRICT_CALENDAR_JSON, gradingPeriods: [{ name: 'Quarter 1', from: '2025-08-25', to: '2025-10-31' }] });
    const r = one([speech({ mandate: '450 min per grading period', startDate: '2025-08-25' })], [], '2025-11-07', s);
    expect(r.requiredMinutes).toBe(450);
    expect(r.notes.join(' ')).toContain('5 school days in this window fall in no grading period');
  });

  it('does not count sessions naming another student’s service or another service', () => {
    const sessions = [session('2025-09-09', 'delivered', 60, { studentId: 'S2' }), session('2025-09-10', 'delivered', 60, { serviceId: 'V9' })];
    expect(one([speech()], sessions, '2025-09-14').deliveredMinutes).toBe(0);
  });

  it('does not change its input', () => {
    const caseload = caseloadOf({ services: [speech()], sessions: TWO_WEEKS });
    const copy = structuredClone(caseload);
    computeServiceCompliance(caseload, { settings, today: d('2025-09-21') });
    expect(caseload).toEqual(copy);
  });

  it('always owes max(0, required − delivered − not owed), with the status to match (any sessions)', () => {
    const log = fc.array(fc.record({ date: isoDateBetween('2025-09-01', '2025-12-31'), minutes: fc.integer({ min: 0, max: 90 }), outcome: fc.constantFrom(...SessionOutcome.options) }), { maxLength: 40 });
    fc.assert(
      fc.property(log, isoDateBetween('2025-09-08', '2025-12-31'), (entries, today) => {
        const r = one([speech()], entries.map((e) => session(e.date, e.outcome, e.minutes)), today);
        const inWindow = entries.filter((e) => e.date <= today && e.date >= '2025-09-08');
        const given = inWindow.filter((e) => e.outcome === 'delivered' || e.outcome === 'makeup').reduce((a, e) => a + e.minutes, 0);
        const excused = inWindow.filter((e) => e.outcome === 'student-absent' || e.outcome === 'student-unavailable').reduce((a, e) => a + e.minutes, 0);
        expect(r.deliveredMinutes).toBe(given);
        expect(r.notOwedMinutes).toBe(excused);
        expect(r.owedMinutes).toBe(Math.max(0, r.requiredMinutes - given - excused));
        expect(r.status).toBe(r.owedMinutes > 0 ? 'behind' : given > r.requiredMinutes ? 'ahead' : 'on-track');
        expect(r.shortfallSince === null).toBe(r.status !== 'behind');
        if (r.shortfallSince) expect(r.shortfallSince >= r.from && r.shortfallSince <= r.to).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
