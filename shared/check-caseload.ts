import type { Caseload, TableName } from './caseload.ts';
import type { TableProblem } from './table-problem.ts';
import { CASELOAD_TABLES } from './tables/index.ts';

/** Options for {@link checkCaseload}. */
export interface CheckCaseloadOptions {
  /** The spreadsheet row of a record (default: its position as in Casekeeper's own export, header = row 1). */
  rowOf?: (table: TableName, index: number) => number;
}

/**
 * Checks the references between tables: every child row names a student that exists, a session names a
 * service of the same student, a data point a goal of the same student, a check an accommodation of the
 * same student. Rows are never dropped: each broken reference is reported with its table, row, column and
 * reason, and the row stays in the caseload (nothing computed counts it until it is fixed).
 *
 * @example checkCaseload(caseloadOf({ sessions: [{ sessionId: 'a', studentId: 'S9', … }] }))[0]?.reason // 'No student has the Student ID S9 …'
 */
export function checkCaseload(caseload: Caseload, options: CheckCaseloadOptions = {}): TableProblem[] {
  const rowOf = options.rowOf ?? ((_table: TableName, index: number) => index + 2);
  const problems: TableProblem[] = [];
  const studentOf = new Map<TableName, Map<string, string>>();
  for (const spec of CASELOAD_TABLES) {
    const owners = new Map<string, string>();
    for (const record of caseload[spec.name] as readonly Record<string, unknown>[]) owners.set(String(record[spec.key]), String(record.studentId));
    studentOf.set(spec.name, owners);
  }
  for (const spec of CASELOAD_TABLES) {
    const rows = caseload[spec.name] as readonly Record<string, unknown>[];
    rows.forEach((record, index) => {
      for (const ref of spec.references) {
        const id = record[ref.column];
        if (id === undefined) continue;
        const owners = studentOf.get(ref.table) as Map<string, string>;
        const header = spec.columns.find((c) => c.key === ref.column)?.header ?? ref.column;
        const parent = CASELOAD_TABLES.find((t) => t.name === ref.table);
        const where = { table: spec.name, row: rowOf(spec.name, index), column: header, value: String(id).slice(0, 60) };
        if (!owners.has(String(id))) {
          problems.push({
            ...where,
            reason: ref.table === 'students'
              ? `No student has the Student ID ${String(id)}; add the student or fix the ID.`
              : `No row of ${parent?.label ?? ref.table} has the ${header} ${String(id)}; this row is not counted until it is fixed.`,
            code: 'unknown-parent',
          });
        } else if (ref.table !== 'students' && owners.get(String(id)) !== String(record.studentId)) {
          problems.push({
            ...where,
            reason: `${header} ${String(id)} belongs to student ${owners.get(String(id)) ?? ''}, not ${String(record.studentId)}; this row is not counted until it is fixed.`,
            code: 'wrong-student',
          });
        }
      }
    });
  }
  return problems;
}
