import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './compute-deadlines.ts';
import { missedServiceNotice } from './missed-service-notice.ts';
import { NO_CALENDAR_NOTE } from './school-day-counter.ts';
import { ServiceRecord } from './service-record.ts';
import { SessionRecord } from './session-record.ts';
import { Settings } from './settings.ts';
import { NO_STUDENT_TABLES, type StudentTables } from './student-tables.ts';
import { d, DISTRICT_CALENDAR_JSON, student } from './test-fixtures.ts';

const IL = Settings.parse({ state: 'IL', calendar: DISTRICT_CALENDAR_JSON });
const S1 = student({});
const speech = (fields: Record<string, unknown> = {}) =>
  ServiceRecord.parse({ serviceId: 'V1', studentId: 'S1', service: 'Speech-language therapy', mandate: '30 min weekly', startDate: '2025-09-08', ...fields });
let n = 0;
const session = (date: string, outcome: string, serviceId = 'V1') => SessionRecord.parse({ sessionId: `X${++n}`, studentId: 'S1', serviceId, date, minutes: 30, outcome });
const tables = (services: ServiceRecord[], sessions: SessionRecord[] = []): StudentTables => ({ ...NO_STUDENT_TABLES, services, sessions });

function notices(t: StudentTables, today: string, settings: Settings = IL) {
  return missedServiceNotice.compute(S1, t, settings, d(today));
}

describe('missedServiceNotice (23 IAC 226.220(b))', () => {
  it('is due 3 school days after the 10th school day after the start, with its citation', () => {
    const { deadlines, problems } = notices(tables([speech()]), '2025-09-15');
    expect(problems).toEqual([]);
    expect(deadlines).toHaveLength(1);
    const notice = deadlines[0];
    expect(notice).toMatchObject({ kind: 'missed-service-notice', dueDate: '2025-09-25', title: 'Missed-service notice: Speech-language therapy' });
    expect(notice?.basis.citation).toContain('23 IAC 226.220(b)');
    expect(notice?.basis.inputs.tenthSchoolDay).toBe('2025-09-22');
    expect(notice?.basis.notes.join(' ')).toContain('deliver one by 2025-09-22');
  });

  it('needs no notice when a session is delivered by the 10th school day', () => {
    expect(notices(tables([speech()], [session('2025-09-22', 'delivered')]), '2025-10-01').deadlines).toEqual([]);
    expect(notices(tables([speech()], [session('2025-09-09', 'makeup')]), '2025-10-01').deadlines).toEqual([]);
  });

  it('keeps the notice, with a warning, when the service began after the 10th school day', () => {
    const [notice] = notices(tables([speech()], [session('2025-09-23', 'delivered')]), '2025-10-01').deadlines;
    expect(notice?.dueDate).toBe('2025-09-25');
    expect(notice?.status).toBe('overdue');
    expect(notice?.warnings.join(' ')).toContain('began on 2025-09-23');
  });

  it('does not count school days the student was absent or unavailable (any service’s session)', () => {
    const sessions = [session('2025-09-10', 'student-absent', 'OTHER'), session('2025-09-11', 'student-unavailable'), session('2025-09-12', 'provider-absent')];
    const [notice] = notices(tables([speech()], sessions), '2025-09-15').deadlines;
    expect(notice?.basis.inputs.tenthSchoolDay).toBe('2025-09-24');
    expect(notice?.dueDate).toBe('2025-09-29');
    expect(notice?.basis.notes.join(' ')).toContain('2 school days the student was absent or unavailable did not count');
  });

  it('skips the Thanksgiving and winter breaks', () => {
    expect(notices(tables([speech({ startDate: '2025-11-17' })]), '2025-11-20').deadlines[0]?.dueDate).toBe('2025-12-11');
    expect(notices(tables([speech({ startDate: '2025-12-15' })]), '2025-12-16').deadlines[0]?.dueDate).toBe('2026-01-15');
  });

  it('without a calendar counts weekdays less federal holidays, and says so', () => {
    const [notice] = notices(tables([speech({ startDate: '2026-11-16' })]), '2026-11-16', Settings.parse({ state: 'IL' })).deadlines;
    expect(notice?.basis.inputs.tenthSchoolDay).toBe('2026-12-01');
    expect(notice?.dueDate).toBe('2026-12-04');
    expect(notice?.basis.notes).toContain(NO_CALENDAR_NOTE);
  });

  it('adds a caution for a service given less often than weekly', () => {
    const [notice] = notices(tables([speech({ mandate: '15 minutes per month consult' })]), '2025-09-15').deadlines;
    expect(notice?.basis.notes.join(' ')).toContain('given per month');
    expect(notices(tables([speech()]), '2025-09-15').deadlines[0]?.basis.notes.join(' ')).not.toContain('given per');
  });

  it('applies in Illinois, and elsewhere only when the setting turns it on', () => {
    const t = tables([speech()]);
    expect(notices(t, '2025-09-15', Settings.parse({ state: 'TX', calendar: DISTRICT_CALENDAR_JSON })).deadlines).toEqual([]);
    expect(notices(t, '2025-09-15', Settings.parse({ calendar: DISTRICT_CALENDAR_JSON })).deadlines).toEqual([]);
    const on = notices(t, '2025-09-15', Settings.parse({ state: 'TX', calendar: DISTRICT_CALENDAR_JSON, missedServiceNotice: true })).deadlines;
    expect(on[0]?.basis.notes.join(' ')).toContain('Turned on in the settings');
    expect(notices(t, '2025-09-15', Settings.parse({ state: 'IL', calendar: DISTRICT_CALENDAR_JSON, missedServiceNotice: false })).deadlines).toEqual([]);
  });

  it('ignores services not started yet, and says when a start date is missing', () => {
    expect(notices(tables([speech({ startDate: '2025-10-01' })]), '2025-09-15').deadlines).toEqual([]);
    const { problems } = notices(tables([speech({ startDate: undefined })]), '2025-09-15');
    expect(problems[0]).toContain('no start date');
  });

  it('says when the calendar ends before the count does', () => {
    // start Mon 2028-06-05: only June 6–9 (4 school days) are left before the calendar's last day
    const { problems } = notices(tables([speech({ startDate: '2028-06-05' })]), '2028-06-06');
    expect(problems[0]).toContain('add the next school year');
  });

  it('appears in computeDeadlines with the other deadlines', () => {
    const result = computeDeadlines(student({ lastIepDate: '2025-09-01' }), IL, d('2025-09-15'), tables([speech()]));
    expect(result.deadlines.map((x) => x.kind)).toContain('missed-service-notice');
    expect(result.deadlines.map((x) => x.kind)).toContain('annual-review');
  });
});
