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
  const referenced = new Set(CASELOAD_TABLES.flatMap((spec) => spec.references.map((ref) => ref.table)));
  for (const spec of CASELOAD_TABLES) {
    // Only tables some row refers to (a year of sessions is referred to by nothing).
    if (!referenced.has(spec.name)) continue;
    const owners = new Map<string, string>();
    for (const record of caseload[spec.name] as readonly Record<string, unknown>[]) owners.set(String(record[spec.key]), String(record.studentId));
    studentOf.set(spec.name, owners);
  }
  for (const spec of CASELOAD_TABLES) {
    const rows = caseload[spec.name] as readonly Record<string, unknown>[];
    const refs = spec.references.map((ref) => ({
      ...ref,
      owners: studentOf.get(ref.table) as Map<string, string>,
      header: spec.columns.find((c) => c.key === ref.column)?.header ?? ref.column,
      parent: CASELOAD_TABLES.find((t) => t.name === ref.table),
    }));
    for (let index = 0; index < rows.length; index++) {
      const record = rows[index] as Record<string, unknown>;
      for (const { column, table, owners, header, parent } of refs) {
        const id = record[column];
        if (id === undefined) continue;
        const owner = owners.get(String(id));
        if (owner === undefined) {
          problems.push({
            table: spec.name,
            row: rowOf(spec.name, index),
            column: header,
            value: String(id).slice(0, 60),
            reason: table === 'students'
              ? `No student has the Student ID ${String(id)}; add the student or fix the ID.`
              : `No row of ${parent?.label ?? table} has the ${header} ${String(id)}; this row is not counted until it is fixed.`,
            code: 'unknown-parent',
          });
        } else if (table !== 'students' && owner !== String(record.studentId)) {
          problems.push({
            table: spec.name,
            row: rowOf(spec.name, index),
            column: header,
            value: String(id).slice(0, 60),
            reason: `${header} ${String(id)} belongs to student ${owner}, not ${String(record.studentId)}; this row is not counted until it is fixed.`,
            code: 'wrong-student',
          });
        }
      }
    }
  }
  return problems;
}
