import { computeServiceCompliance, type Caseload, type IsoDate, type ServiceCompliance, type Settings } from '../../shared/index.ts';

/** A local performance measure (read by bench/extension.ts): working out the caseload's service minutes in the panel. */
export const COMPLIANCE_MEASURE = 'casekeeper:compliance-computed';

let last: { services: Caseload['services']; sessions: Caseload['sessions']; settings: Settings; today: IsoDate; value: ServiceCompliance[] } | undefined;

/**
 * The caseload's service minutes (`computeServiceCompliance` over the default window), worked out once per
 * services table, service log, settings and day, and shared by every view that shows them (Today,
 * Services): the panel starts it when the tables are read, and a view drawn later finds it done. The
 * tables are never changed in place (a change is a new array), so the same arrays mean the same minutes.
 *
 * @example caseloadCompliance(caseload, settings, '2026-12-01') === caseloadCompliance({ ...caseload }, settings, '2026-12-01') // true
 */
export function caseloadCompliance(caseload: Caseload, settings: Settings, today: IsoDate): ServiceCompliance[] {
  if (last && last.services === caseload.services && last.sessions === caseload.sessions && last.settings === settings && last.today === today) return last.value;
  const start = performance.now();
  const value = computeServiceCompliance(caseload, { settings, today });
  if (caseload.sessions.length > 0 && performance.getEntriesByName(COMPLIANCE_MEASURE).length === 0) performance.measure(COMPLIANCE_MEASURE, { start, end: performance.now() });
  last = { services: caseload.services, sessions: caseload.sessions, settings, today, value };
  return value;
}
