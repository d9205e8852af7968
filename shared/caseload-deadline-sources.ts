import { contactFollowUpSource } from './contact-follow-up-source.ts';
import type { Deadline } from './deadline.ts';
import { meetingMaterialsSource } from './meeting-materials-source.ts';
import type { IsoDate } from './iso-date.ts';
import { missedServiceNotice } from './missed-service-notice.ts';
import type { Settings } from './settings.ts';
import type { StudentRecord } from './student-record.ts';
import type { StudentTables } from './student-tables.ts';

/**
 * Deadlines that come from a student's other tables (services, contacts, meetings) rather than from a
 * timeline rule: each source is one small function in its own file, listed below in order. Adding one
 * is one file plus one line here. `computeDeadlines` runs every source for every student; a source that
 * throws is reported as a problem for that student, never hides the others.
 */
export interface CaseloadDeadlineSource {
  /** Stable id, e.g. `missed-service-notice`. */
  id: string;
  /** A teacher's name for it, used when it fails ("Missed-service notice could not be computed"). */
  title: string;
  compute(student: StudentRecord, tables: StudentTables, settings: Settings, today: IsoDate): { deadlines: Deadline[]; problems: string[] };
}

/** Every caseload deadline source, in order. */
export const CASELOAD_DEADLINE_SOURCES: readonly CaseloadDeadlineSource[] = [
  missedServiceNotice,
  contactFollowUpSource,
  meetingMaterialsSource,
];
