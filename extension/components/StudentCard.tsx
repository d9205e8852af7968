import { useMemo, useState } from 'react';
import {
  computeDeadlines,
  presentStudentName,
  TRACKER_COLUMNS,
  validateStudentRow,
  type IsoDate,
  type Settings,
  type StudentRecord,
  type TrackerKey,
} from '../../shared/index.ts';
import type { StoredProblem } from '../storage/db.ts';
import { DeadlineList } from './DeadlineList.tsx';
import { ProblemList } from './ProblemList.tsx';

export interface StudentCardProps {
  /** Fields read from the page (cleaned text). */
  pageFields: Partial<Record<string, string>>;
  /** For each field read, the label it was read beside on the page ("Annual ARD Date"). */
  pageSources?: Partial<Record<string, string>>;
  /** Who read the page (`seis`, `generic`, `taught`). */
  system: string;
  issues: readonly string[];
  caseload: readonly StudentRecord[];
  settings: Settings;
  today: IsoDate;
  /** The last import's problems (those of this student are listed on the card). */
  importProblems?: readonly StoredProblem[];
  onSave(record: StudentRecord): Promise<void>;
  /** Opens teach mode for one field, so a wrong read is one click from being taught. */
  onTeach?(field: TrackerKey): void;
}

function shown(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/**
 * The student on screen: each field read from the page beside the saved one (differences marked), the
 * button to add or update, then every deadline computed from the page's dates (saved ones fill gaps).
 */
export function StudentCard({ pageFields, pageSources = {}, system, issues, caseload, settings, today, importProblems = [], onSave, onTeach }: StudentCardProps) {
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { record, problems } = useMemo(() => validateStudentRow(pageFields as Partial<Record<TrackerKey, unknown>>), [pageFields]);
  const stored = record ? caseload.find((s) => s.studentId === record.studentId) : undefined;
  const merged: StudentRecord | undefined = record ? { ...stored, ...record } : undefined;
  const result = useMemo(() => (merged ? computeDeadlines(merged, settings, today) : null), [merged, settings, today]);

  const rows = TRACKER_COLUMNS.filter((c) => shown(pageFields[c.key]) || shown(stored?.[c.key])).map((c) => {
    const page = record ? shown(record[c.key]) : shown(pageFields[c.key]);
    const saved = shown(stored?.[c.key]);
    return { key: c.key, header: c.header, page: page || shown(pageFields[c.key]), source: pageSources[c.key], saved, differs: Boolean(stored) && page !== '' && page !== saved };
  });
  const differences = rows.filter((r) => r.differs).length;

  const save = async () => {
    if (!merged) return;
    setSaving(true);
    setMessage(null);
    try {
      await onSave(merged);
      setMessage(stored ? 'Saved record updated.' : 'Added to your caseload.');
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const named = pageFields.firstName || pageFields.lastName;
  const heading = record || named ? presentStudentName({ studentId: record?.studentId ?? '', firstName: pageFields.firstName, lastName: pageFields.lastName }) : 'Student on this page';
  const ownProblems = record ? importProblems.filter((p) => p.studentId === record.studentId) : [];
  return (
    <section aria-labelledby="student-heading" className="card">
      <h2 id="student-heading">{heading}</h2>
      <p className="muted">Read by: {system === 'taught' ? 'what you taught Casekeeper' : system}</p>
      {issues.map((i) => (
        <p key={i} className="notice" role="status">
          {i}
        </p>
      ))}
      {rows.length > 0 ? (
        <table className="fields">
          <caption className="visually-hidden">Fields on the page and in your caseload</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">On page</th>
              <th scope="col">Saved</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.differs ? 'differs' : undefined}>
                <th scope="row">{r.header}</th>
                <td>
                  {r.page}
                  {r.differs ? <span className="visually-hidden"> (differs from saved)</span> : null}
                  {r.source && r.page ? <small className="muted source"> read from “{r.source}”</small> : null}
                  {onTeach && r.page ? (
                    <button type="button" className="link" aria-label={`Wrong? Teach where the ${r.header} is on this page`} onClick={() => onTeach(r.key as TrackerKey)}>
                      Wrong? Teach
                    </button>
                  ) : null}
                </td>
                <td>{r.saved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {problems.length > 0 ? (
        <ul className="problems" aria-label="Values Casekeeper could not use">
          {problems.map((p) => (
            <li key={`${p.column}-${p.reason}`}>
              {p.column}: {p.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {record ? (
        <div className="actions">
          {!stored ? (
            <button type="button" onClick={save} disabled={saving}>
              Add to caseload
            </button>
          ) : differences > 0 ? (
            <button type="button" onClick={save} disabled={saving}>
              Update saved record ({differences} {differences === 1 ? 'change' : 'changes'})
            </button>
          ) : (
            <span className="muted">In your caseload, up to date.</span>
          )}
        </div>
      ) : (
        <p className="notice">No student ID found on this page, so it cannot be saved. Use "Teach this page" to point at it.</p>
      )}
      {ownProblems.length > 0 ? (
        <div className="notice">
          <p>
            The last import found {ownProblems.length} {ownProblems.length === 1 ? 'problem' : 'problems'} in this student's rows:
          </p>
          <ProblemList problems={ownProblems} label="Problems from the last import" />
        </div>
      ) : null}
      {message ? (
        <p role="status" className="message">
          {message}
        </p>
      ) : null}
      {result ? (
        <>
          <h3>Deadlines</h3>
          {result.problems.map((p) => (
            <p key={p} className="notice">
              {p}
            </p>
          ))}
          <DeadlineList deadlines={result.deadlines} />
        </>
      ) : null}
    </section>
  );
}
