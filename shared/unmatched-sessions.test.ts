import { describe, expect, it } from 'vitest';
import { caseloadOf } from './caseload.ts';
import { ServiceRecord } from './service-record.ts';
import { SessionRecord } from './session-record.ts';
import { unmatchedSessions } from './unmatched-sessions.ts';

const service = ServiceRecord.parse({ serviceId: 'V1', studentId: 'S1', service: 'Speech', mandate: '30 min weekly' });
const session = (fields: Record<string, unknown>) => SessionRecord.parse({ sessionId: 'X1', studentId: 'S1', serviceId: 'V1', date: '2025-09-08', minutes: 30, outcome: 'delivered', ...fields });

describe('unmatchedSessions', () => {
  it('leaves out nothing that matches its student’s service', () => {
    expect(unmatchedSessions(caseloadOf({ services: [service], sessions: [session({})] }))).toEqual([]);
  });

  it('reports a session naming another student’s service, and one naming no service', () => {
    const found = unmatchedSessions(caseloadOf({ services: [service], sessions: [session({ sessionId: 'X2', studentId: 'S2' }), session({ sessionId: 'X3', serviceId: 'V9' })] }));
    expect(found.map((f) => [f.session.sessionId, f.code])).toEqual([
      ['X2', 'other-student-service'],
      ['X3', 'unknown-service'],
    ]);
    expect(found[0]?.problem).toContain('student S1');
  });
});
