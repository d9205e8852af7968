import type { IsoDate } from '../iso-date.ts';
import type { Settings } from '../settings.ts';
import type { StudentRecord } from '../student-record.ts';
import { anniversaryDue } from './anniversary-due.ts';
import { confirmCurrent } from './confirm-current.ts';
import type { IepRequirementOptions, IepRequirementOutcome } from './iep-requirement-options.ts';

/**
 * A requirement on the IEP in effect on a given date (transition services by an age, the
 * transfer-of-rights statement a year before majority) falls on the IEP meeting whose IEP will be in
 * effect then. When that is the current IEP (held on `lastIepDate`), Casekeeper cannot see whether the IEP
 * holds it: it asks the case manager to confirm (a "Confirm …" deadline, due when the requirement starts,
 * or on the IEP date if it started before), and it is done once the confirmation column holds that IEP's
 * date or a later one. When it is the next annual review, that review is the due date. A requirement two
 * or more annual reviews away is not shown yet (undefined). Without a last IEP date, a student whose first
 * IEP is due on `firstIep` gets the reminder on that IEP when the requirement applies during its first year.
 *
 * @example iepInEffectOn('2027-03-01', 'transition services', { studentId: 'S1', lastIepDate: '2026-10-01' }, settings)?.title // 'Confirm the current IEP includes transition services'
 */
export function iepInEffectOn(
  point: IsoDate,
  what: string,
  student: StudentRecord,
  settings: Settings,
  options: IepRequirementOptions = {},
): IepRequirementOutcome | undefined {
  const last = student.lastIepDate;
  if (!last) {
    const first = options.firstIep;
    if (!first || point >= anniversaryDue(first, 1, settings)) return undefined;
    return { dueDate: first, notes: [`The first IEP (due ${first}) must include ${what}.`] };
  }
  const next = anniversaryDue(last, 1, settings);
  if (point < next) return confirmCurrent(point, last, what, options);
  if (point >= anniversaryDue(next, 1, settings)) return undefined;
  return { dueDate: next, notes: [`The IEP written at the annual review due ${next} will be in effect on ${point}: it must include ${what}.`] };
}
