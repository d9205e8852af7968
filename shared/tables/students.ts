import { StudentRecord } from '../student-record.ts';
import type { TableSpec } from '../table-spec.ts';
import { TRACKER_COLUMNS } from '../tracker-columns.ts';

/** Students: the tracker columns, one row per student (the Caseload tab). */
export const STUDENTS_TABLE: TableSpec<'students'> = {
  name: 'students',
  label: 'Students',
  file: 'students.csv',
  tab: 'Caseload',
  key: 'studentId',
  columns: TRACKER_COLUMNS,
  schema: StudentRecord,
  references: [],
};
