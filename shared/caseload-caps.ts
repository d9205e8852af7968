import type { StateCode } from './us-states.ts';
import type { Verification } from './timeline-rule.ts';

/** A maximum number of students for one kind of caseload, as a state codifies it. */
export interface CaseloadCap {
  /** Stable id a case manager's caseload type names: `CA.resource-specialist`. */
  id: string;
  state: StateCode;
  /** The caseload type in the state's words. */
  title: string;
  maxStudents: number;
  citation: string;
  verification: Verification;
  /** What else the rule says (waivers, averages, group sizes). */
  note?: string;
}

/**
 * Caseload caps states codify (timelines.md §4). IDEA sets none (NASDSE Project FORUM, 2003; S). A cap is
 * applied only to a case manager whose caseload type the user names (`settings.workload.caseloadType` or
 * `caseManagers[name].caseloadType`); a cap marked S or U can be given another number in
 * `settings.workload.caps`.
 */
export const CASELOAD_CAPS: readonly CaseloadCap[] = [
  {
    id: 'CA.resource-specialist',
    state: 'CA',
    title: 'Resource specialist',
    maxStudents: 28,
    citation: 'Cal. Educ. Code 56362(c); 5 CCR 3100',
    verification: 'V',
    note: 'A State Board of Education waiver allows up to 32 students for at most two years.',
  },
  {
    id: 'CA.language-speech-hearing',
    state: 'CA',
    title: 'Language, speech and hearing specialist (district average)',
    maxStudents: 55,
    citation: 'Cal. Educ. Code 56363.3',
    verification: 'S',
    note: 'The law caps the district average, not each specialist.',
  },
  {
    id: 'NY.resource-room',
    state: 'NY',
    title: 'Resource room teacher',
    maxStudents: 20,
    citation: '8 NYCRR 200.6(f)',
    verification: 'S',
    note: 'Instructional groups of at most 5.',
  },
  {
    id: 'NY.resource-room-secondary',
    state: 'NY',
    title: 'Resource room teacher, grades 7–12 or a period-based middle school',
    maxStudents: 25,
    citation: '8 NYCRR 200.6(f)',
    verification: 'S',
    note: 'Instructional groups of at most 5.',
  },
  {
    id: 'NY.consultant-teacher',
    state: 'NY',
    title: 'Consultant teacher',
    maxStudents: 20,
    citation: '8 NYCRR 200.6(d)(3)',
    verification: 'S',
  },
];
