/**
 * A small hand-computed caseload for the workload tests (not used by the product). Today is Wednesday
 * 2026-12-02 on the district calendar of `test-fixtures.ts`; the forecast's weeks are
 * W0 Nov 30 (3 school days left), W1 Dec 7, W2 Dec 14, W3 Dec 21 and W4 Dec 28 (winter break), W5 Jan 4.
 *
 * - S1 (no goals): annual review due 2027-01-07 (last IEP 2026-01-08), 3 h over W1, W2, W5; its notice a
 *   week before (Dec 31, a closed week) lands in W2, 0.5 h; a follow-up due Nov 20 (overdue) 0.25 h in
 *   W0; a progress report on Dec 18 counted as one goal, 0.5 h over W1, W2.
 * - S2 (3 goals): a progress report on Dec 18, 1.5 h over W1, W2; 30 min twice a week of service from
 *   Nov 30 (nothing owed yet), so 0.1 h a week (W0: 3 of 5 school days, 0.06 h).
 *
 * Hours: W0 0.31 · W1 2.1 · W2 2.6 · W3 0 · W4 0 · W5 1.1.
 */
import { caseloadOf } from './caseload.ts';
import type { Caseload } from './caseload.ts';
import type { Settings } from './settings.ts';
import { d, DISTRICT_CALENDAR_JSON, settingsWith } from './test-fixtures.ts';

export const WORKLOAD_TODAY = d('2026-12-02');

export const WORKLOAD_CASELOAD: Caseload = caseloadOf({
  students: [
    { studentId: 'S1', lastIepDate: d('2026-01-08'), caseManager: 'Ms. Reyes' },
    { studentId: 'S2', lastIepDate: d('2026-03-01'), caseManager: 'Ms. Reyes' },
  ],
  contacts: [{ contactId: 'C1', studentId: 'S1', date: d('2026-11-13'), followUpDue: d('2026-11-20') }],
  goals: ['G1', 'G2', 'G3'].map((goalId) => ({ goalId, studentId: 'S2', goal: 'A goal' })),
  services: [{ serviceId: 'V1', studentId: 'S2', service: 'Reading', minutes: 30, sessions: 2, per: 'week', startDate: d('2026-11-30') }],
});

/** The settings of the hand-computed caseload: the district calendar and a reporting date on Dec 18. */
export function workloadSettings(workload: Record<string, unknown> = {}): Settings {
  return settingsWith({ calendar: DISTRICT_CALENDAR_JSON, progressReportDates: ['2026-12-18'], workload: { weeks: 6, ...workload } });
}
