import type { TableName } from '../caseload.ts';
import type { AnyTableSpec, TableSpec } from '../table-spec.ts';
import { ACCOMMODATIONS_TABLE } from './accommodations.ts';
import { CHECKS_TABLE } from './checks.ts';
import { CONTACTS_TABLE } from './contacts.ts';
import { GOAL_DATA_TABLE } from './goal-data.ts';
import { GOALS_TABLE } from './goals.ts';
import { SERVICES_TABLE } from './services.ts';
import { SESSIONS_TABLE } from './sessions.ts';
import { STUDENTS_TABLE } from './students.ts';

/**
 * Every table of a caseload, parents before children: the order files are read and checked in, and the
 * order of the sheet's tabs. Adding a table is one file in this folder plus one line here (and its array
 * in `Caseload`).
 */
export const CASELOAD_TABLES = [
  STUDENTS_TABLE,
  SERVICES_TABLE,
  SESSIONS_TABLE,
  GOALS_TABLE,
  GOAL_DATA_TABLE,
  ACCOMMODATIONS_TABLE,
  CHECKS_TABLE,
  CONTACTS_TABLE,
] as const satisfies readonly AnyTableSpec[];

/**
 * The spec of one table.
 *
 * @example tableSpec('sessions').file // 'sessions.csv'
 */
export function tableSpec<T extends TableName>(name: T): TableSpec<T> {
  return CASELOAD_TABLES.find((t) => t.name === name) as unknown as TableSpec<T>;
}
