import type { Caseload } from './caseload.ts';
import type { SessionRecord } from './session-record.ts';

/** A logged session that no service of its student matches, so no service counts it. */
export interface UnmatchedSession {
  session: SessionRecord;
  /** `other-student-service`: the service id belongs to another student; `unknown-service`: to no service. */
  code: 'other-student-service' | 'unknown-service';
  problem: string;
}

/**
 * The sessions service minutes leave out: those naming another student's service or a service that is
 * not in the caseload. Shown beside the service minutes so no logged minute disappears silently.
 *
 * @example unmatchedSessions(caseloadOf({ sessions: [{ …, serviceId: 'GONE' }] }))[0]?.code // 'unknown-service'
 */
export function unmatchedSessions(caseload: Caseload): UnmatchedSession[] {
  // Each student's own service ids (maps of the ids themselves: no key string built per session).
  const own = new Map<string, Set<string>>();
  const owners = new Map<string, string>();
  for (const v of caseload.services) {
    let ids = own.get(v.studentId);
    if (!ids) own.set(v.studentId, (ids = new Set()));
    ids.add(v.serviceId);
    if (!owners.has(v.serviceId)) owners.set(v.serviceId, v.studentId);
  }
  const out: UnmatchedSession[] = [];
  for (const session of caseload.sessions) {
    if (own.get(session.studentId)?.has(session.serviceId)) continue;
    const owner = owners.get(session.serviceId);
    out.push(
      owner === undefined
        ? {
            session,
            code: 'unknown-service',
            problem: `The session of ${session.date} (${session.sessionId}) names service ${session.serviceId}, which is not in the caseload; it is not counted.`,
          }
        : {
            session,
            code: 'other-student-service',
            problem: `The session of ${session.date} (${session.sessionId}) for student ${session.studentId} names service ${session.serviceId} of student ${owner}; it is not counted for either.`,
          },
    );
  }
  return out;
}
