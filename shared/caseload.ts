import type { AccommodationCheck } from './accommodation-check.ts';
import type { AccommodationRecord } from './accommodation-record.ts';
import type { ContactRecord } from './contact-record.ts';
import type { GoalDataPoint } from './goal-data-point.ts';
import type { GoalRecord } from './goal-record.ts';
import type { ServiceRecord } from './service-record.ts';
import type { SessionRecord } from './session-record.ts';
import type { StudentRecord } from './student-record.ts';

/**
 * A whole caseload: one array per table (see `CASELOAD_TABLES` for each table's file, tab and columns).
 * Every part of Casekeeper holds exactly these tables, so a caseload moves between them without loss.
 */
export interface Caseload {
  students: StudentRecord[];
  services: ServiceRecord[];
  sessions: SessionRecord[];
  goals: GoalRecord[];
  goalData: GoalDataPoint[];
  accommodations: AccommodationRecord[];
  checks: AccommodationCheck[];
  contacts: ContactRecord[];
}

/** The name of a table of the caseload. */
export type TableName = keyof Caseload;

/** One row of a table. */
export type TableRecord<T extends TableName> = Caseload[T][number];

/**
 * A caseload with every table empty, or holding the tables given.
 *
 * @example caseloadOf({ students: [{ studentId: 'S1' }] }).sessions // []
 */
export function caseloadOf(tables: Partial<Caseload> = {}): Caseload {
  return {
    students: tables.students ?? [],
    services: tables.services ?? [],
    sessions: tables.sessions ?? [],
    goals: tables.goals ?? [],
    goalData: tables.goalData ?? [],
    accommodations: tables.accommodations ?? [],
    checks: tables.checks ?? [],
    contacts: tables.contacts ?? [],
  };
}
