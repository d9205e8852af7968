import type { Caseload } from './caseload.ts';
import type { ServiceCompliance } from './compute-service-compliance.ts';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import { type UnmatchedSession, unmatchedSessions } from './unmatched-sessions.ts';

/** Service minutes totalled for one student or one provider. */
export interface ServiceTotals {
  services: number;
  owedMinutes: number;
  servicesBehind: number;
  /** Services whose frequency could not be read (nothing is known about them). */
  servicesUnknown: number;
  /** Sessions logged (any outcome) dated this Monday–Sunday week. */
  sessionsThisWeek: number;
}

/** The caseload's service minutes at a glance. */
export interface ServiceSummary {
  weekFrom: IsoDate;
  weekTo: IsoDate;
  /** Every student of the caseload (and any student a service names), in caseload order. */
  students: (ServiceTotals & { studentId: string })[];
  /** Every provider named on a service; services without one under "No provider named". */
  providers: (ServiceTotals & { provider: string })[];
  /** Sessions no service counts (another student's service, an unknown service). */
  unmatched: UnmatchedSession[];
}

/** The provider heading of services that name none. */
export const NO_PROVIDER = 'No provider named';

const empty = (): ServiceTotals => ({ services: 0, owedMinutes: 0, servicesBehind: 0, servicesUnknown: 0, sessionsThisWeek: 0 });

/**
 * Totals of `computeServiceCompliance` per student and per provider: minutes owed, services behind,
 * services that cannot be computed, and sessions logged this week (Monday to Sunday around `today`).
 *
 * @example summariseServices(caseload, computeServiceCompliance(caseload, { settings, today }), { today }).students[0]?.owedMinutes
 */
export function summariseServices(caseload: Caseload, compliance: readonly ServiceCompliance[], options: { today: IsoDate }): ServiceSummary {
  const day = toDayNumber(options.today);
  const monday = day - ((weekdayOf(day) + 6) % 7);
  const weekFrom = fromDayNumber(monday);
  const weekTo = fromDayNumber(monday + 6);
  const students = new Map<string, ServiceTotals & { studentId: string }>();
  const providers = new Map<string, ServiceTotals & { provider: string }>();
  const student = (id: string) => {
    let row = students.get(id);
    if (!row) students.set(id, (row = { studentId: id, ...empty() }));
    return row;
  };
  for (const s of caseload.students) student(s.studentId);
  const providerOf = new Map<string, string>();
  for (const v of caseload.services) providerOf.set(`${v.studentId}\u0000${v.serviceId}`, v.provider ?? NO_PROVIDER);
  const provider = (name: string) => {
    let row = providers.get(name);
    if (!row) providers.set(name, (row = { provider: name, ...empty() }));
    return row;
  };
  for (const c of compliance) {
    for (const row of [student(c.studentId), provider(c.provider ?? NO_PROVIDER)]) {
      row.services++;
      row.owedMinutes += c.status === 'unknown' ? 0 : c.owedMinutes;
      if (c.status === 'behind') row.servicesBehind++;
      if (c.status === 'unknown') row.servicesUnknown++;
    }
  }
  for (const s of caseload.sessions) {
    if (s.date < weekFrom || s.date > weekTo) continue;
    student(s.studentId).sessionsThisWeek++;
    const name = providerOf.get(`${s.studentId}\u0000${s.serviceId}`);
    if (name !== undefined) provider(name).sessionsThisWeek++;
  }
  return {
    weekFrom,
    weekTo,
    students: [...students.values()],
    providers: [...providers.values()].sort((a, b) => b.owedMinutes - a.owedMinutes || a.provider.localeCompare(b.provider)),
    unmatched: unmatchedSessions(caseload),
  };
}
