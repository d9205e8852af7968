import { describe, expect, it } from 'vitest';
import { caseloadOf, computeServiceCompliance, defaultSettings, type IsoDate } from '../../shared/index.ts';
import { caseloadCompliance } from './caseload-compliance.ts';

const d = (text: string) => text as IsoDate;
const caseload = caseloadOf({
  students: [{ studentId: 'S1', firstName: 'Ana', lastName: 'Rivera' }],
  services: [{ serviceId: 'svc-1', studentId: 'S1', service: 'Speech-language therapy', mandate: '30 min 1x/week', startDate: d('2026-11-02') }],
  sessions: [{ sessionId: 'ses-1', studentId: 'S1', serviceId: 'svc-1', date: d('2026-11-02'), minutes: 30, outcome: 'delivered' }],
});

describe('caseloadCompliance', () => {
  it('gives the service minutes computeServiceCompliance gives, worked out once for the same tables, settings and day', () => {
    const first = caseloadCompliance(caseload, defaultSettings, d('2026-11-20'));
    expect(first).toEqual(computeServiceCompliance(caseload, { settings: defaultSettings, today: d('2026-11-20') }));
    // A new caseload object over the same tables (the panel builds one each time it draws): the same answer, not worked out again.
    expect(caseloadCompliance({ ...caseload }, defaultSettings, d('2026-11-20'))).toBe(first);
  });

  it('works the minutes out again when a session is logged, the settings change or the day turns', () => {
    const before = caseloadCompliance(caseload, defaultSettings, d('2026-11-20'));
    expect(before[0]?.deliveredMinutes).toBe(30);
    const logged = { ...caseload, sessions: [...caseload.sessions, { sessionId: 'ses-2', studentId: 'S1', serviceId: 'svc-1', date: d('2026-11-09'), minutes: 30, outcome: 'delivered' as const }] };
    expect(caseloadCompliance(logged, defaultSettings, d('2026-11-20'))[0]?.deliveredMinutes).toBe(60);
    const nextWeek = caseloadCompliance(logged, defaultSettings, d('2026-11-27'));
    expect(nextWeek[0]?.requiredMinutes).toBeGreaterThan(before[0]?.requiredMinutes ?? 0);
    const everyMissOwed = { ...defaultSettings, notOwedOutcomes: [] };
    const absent = { ...logged, sessions: [...logged.sessions, { sessionId: 'ses-3', studentId: 'S1', serviceId: 'svc-1', date: d('2026-11-16'), minutes: 30, outcome: 'student-absent' as const }] };
    expect(caseloadCompliance(absent, defaultSettings, d('2026-11-27'))[0]?.notOwedMinutes).toBe(30);
    expect(caseloadCompliance(absent, everyMissOwed, d('2026-11-27'))[0]?.notOwedMinutes).toBe(0);
  });
});
