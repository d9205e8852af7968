import { describe, expect, it } from 'vitest';
import { caseloadOf } from './caseload.ts';
import { computeServiceCompliance } from './compute-service-compliance.ts';
import { ServiceRecord } from './service-record.ts';
import { SessionRecord } from './session-record.ts';
import { Settings } from './settings.ts';
import { NO_PROVIDER, summariseServices } from './summarise-services.ts';
import { d, DISTRICT_CALENDAR_JSON, student } from './test-fixtures.ts';

const settings = Settings.parse({ calendar: DISTRICT_CALENDAR_JSON });
const service = (studentId: string, serviceId: string, fields: Record<string, unknown> = {}) =>
  ServiceRecord.parse({ studentId, serviceId, service: 'Speech', mandate: '30 min 2x/week', startDate: '2025-09-08', provider: 'Ms. Rivera', ...fields });
let n = 0;
const session = (studentId: string, serviceId: string, date: string, outcome = 'delivered') => SessionRecord.parse({ sessionId: `X${++n}`, studentId, serviceId, date, minutes: 60, outcome });

describe('summariseServices', () => {
  const caseload = caseloadOf({
    students: [student({ studentId: 'S1' }), student({ studentId: 'S2' }), student({ studentId: 'S3' })],
    services: [service('S1', 'V1'), service('S2', 'V2'), service('S2', 'V3', { provider: undefined, mandate: '30 min' })],
    sessions: [session('S1', 'V1', '2025-09-09'), session('S2', 'V2', '2025-09-15'), session('S2', 'V2', '2025-09-16', 'student-absent'), session('S2', 'V9', '2025-09-16')],
  });
  const today = d('2025-09-17');
  const summary = summariseServices(caseload, computeServiceCompliance(caseload, { settings, today }), { today });

  it('totals each student, every student included (even with no services)', () => {
    expect(summary.weekFrom).toBe('2025-09-15');
    expect(summary.students).toEqual([
      { studentId: 'S1', services: 1, owedMinutes: 36, servicesBehind: 1, servicesUnknown: 0, sessionsThisWeek: 0 }, // 60 + 36 required, 60 given
      { studentId: 'S2', services: 2, owedMinutes: 0, servicesBehind: 0, servicesUnknown: 1, sessionsThisWeek: 3 },
      { studentId: 'S3', services: 0, owedMinutes: 0, servicesBehind: 0, servicesUnknown: 0, sessionsThisWeek: 0 },
    ]);
  });

  it('totals each provider, unnamed ones together, most owed first', () => {
    expect(summary.providers).toEqual([
      { provider: 'Ms. Rivera', services: 2, owedMinutes: 36, servicesBehind: 1, servicesUnknown: 0, sessionsThisWeek: 2 },
      { provider: NO_PROVIDER, services: 1, owedMinutes: 0, servicesBehind: 0, servicesUnknown: 1, sessionsThisWeek: 0 },
    ]);
  });

  it('reports the sessions no service counts', () => {
    expect(summary.unmatched.map((u) => u.session.serviceId)).toEqual(['V9']);
  });
});
