import type { Caseload } from './caseload.ts';

/** One student's rows of every table other than students. */
export type StudentTables = Omit<Caseload, 'students'>;

/** A student with nothing in any other table. */
export const NO_STUDENT_TABLES: StudentTables = Object.freeze({
  services: [],
  sessions: [],
  goals: [],
  goalData: [],
  accommodations: [],
  checks: [],
  contacts: [],
}) as StudentTables;

/**
 * Groups the rows of every child table by student id, in one pass over each table, so per-student work
 * over a large caseload never rescans the tables. A student id with no rows is absent from the map (use
 * `NO_STUDENT_TABLES`). Row order within a table is kept.
 *
 * @example tablesByStudent(caseloadOf({ sessions: [s1] })).get(s1.studentId)?.sessions // [s1]
 */
export function tablesByStudent(caseload: Caseload): Map<string, StudentTables> {
  const out = new Map<string, StudentTables>();
  const slot = (id: string): StudentTables => {
    let tables = out.get(id);
    if (!tables) {
      tables = { services: [], sessions: [], goals: [], goalData: [], accommodations: [], checks: [], contacts: [] };
      out.set(id, tables);
    }
    return tables;
  };
  for (const r of caseload.services) slot(r.studentId).services.push(r);
  for (const r of caseload.sessions) slot(r.studentId).sessions.push(r);
  for (const r of caseload.goals) slot(r.studentId).goals.push(r);
  for (const r of caseload.goalData) slot(r.studentId).goalData.push(r);
  for (const r of caseload.accommodations) slot(r.studentId).accommodations.push(r);
  for (const r of caseload.checks) slot(r.studentId).checks.push(r);
  for (const r of caseload.contacts) slot(r.studentId).contacts.push(r);
  return out;
}
