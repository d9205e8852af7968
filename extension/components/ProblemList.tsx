import { tableSpec, type TableName } from '../../shared/index.ts';
import type { StoredProblem } from '../storage/db.ts';

/** Problems drawn at most (a file with more is listed up to here, with the count of the rest). */
const SHOWN = 1_000;

/** One problem in a teacher's words: table, row, column, the value, and the reason. */
export function problemText(p: StoredProblem): string {
  const where = [tableSpec(p.table as TableName)?.label ?? p.table, p.row > 0 ? `row ${p.row}` : '', p.column].filter(Boolean).join(', ');
  return `${where}${p.value ? ` “${p.value.slice(0, 40)}”` : ''}: ${p.reason}`;
}

/** A list of import problems (table, row, column, value, reason), each in plain words. */
export function ProblemList({ problems, label = 'Problems in the file' }: { problems: readonly StoredProblem[]; label?: string }) {
  return (
    <>
      <ul className="problems" aria-label={label}>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={`${p.table}-${p.row}-${p.column}-${i}`}>{problemText(p)}</li>
        ))}
      </ul>
      {problems.length > SHOWN ? <p className="muted">…and {problems.length - SHOWN} more like these.</p> : null}
    </>
  );
}

/** A student's own problems from the last import, with their count, where the student's details are shown. */
export function StudentImportProblems({ problems }: { problems: readonly StoredProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice">
      <p>
        The last import found {problems.length} {problems.length === 1 ? 'problem' : 'problems'} in this student's rows:
      </p>
      <ProblemList problems={problems} label="Problems from the last import" />
    </div>
  );
}
