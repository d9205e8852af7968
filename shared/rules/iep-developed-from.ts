import type { IsoDate } from '../iso-date.ts';
import type { Settings } from '../settings.ts';
import type { StudentRecord } from '../student-record.ts';
import { anniversaryDue } from './anniversary-due.ts';
import { confirmCurrent } from './confirm-current.ts';
import type { IepRequirementOptions, IepRequirementOutcome } from './iep-requirement-options.ts';

/**
 * A requirement on the first IEP developed on or after a date (CO: the first IEP developed when the
 * student is 15): the current IEP when it was held on or after the date, else the next annual review when
 * that falls on or after it; one further off is not shown yet, nor is one without a last IEP date.
 *
 * @example iepDevelopedFrom('2027-03-01', 'transition services', { studentId: 'S1', lastIepDate: '2026-10-01' }, settings)?.dueDate // '2027-09-30'
 */
export function iepDevelopedFrom(
  point: IsoDate,
  what: string,
  student: StudentRecord,
  settings: Settings,
  options: IepRequirementOptions = {},
): IepRequirementOutcome | undefined {
  const last = student.lastIepDate;
  if (!last) {
    const first = options.firstIep;
    if (!first || first < point) return undefined;
    return { dueDate: first, notes: [`The first IEP (due ${first}) is developed on or after ${point}: it must include ${what}.`] };
  }
  if (last >= point) return confirmCurrent(point, last, what, options);
  const next = anniversaryDue(last, 1, settings);
  if (next < point) return undefined;
  return { dueDate: next, notes: [`The IEP written at the annual review due ${next} is the first developed on or after ${point}: it must include ${what}.`] };
}
