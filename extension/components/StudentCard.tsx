import { useMemo, useState } from 'react';
import {
  computeDeadlines,
  NO_STUDENT_TABLES,
  presentStudentName,
  tablesByStudent,
  TRACKER_COLUMNS,
  validateStudentRow,
  type Caseload,
  type IsoDate,
  type Settings,
  type StudentRecord,
  type TrackerKey,
} from '../../shared/index.ts';
import type { StoredProblem } from '../storage/db.ts';
import { DeadlineList } from './DeadlineList.tsx';
import { StudentImportProblems } from './ProblemList.tsx';

export interface StudentCardProps {
  /** Fields read from the page (cleaned text). */
  pageFields: Partial<Record<string, string>>;
  /** For each field read, the label it was read beside on the page ("Annual ARD Date"). */
  pageSources?: Partial<Record<string, string>>;
  /** Who read the page (`seis`, `generic`, `taught`). */
  system: string;
  /** The IEP system's name, as people know it ("SEIS (California)"), when a known system's reader read the page. */
  systemName?: string;
  issues: readonly string[];
  caseload: readonly StudentRecord[];
  settings: Settings;
  today: IsoDate;
  /** The last import's problems (those of this student are listed on the card). */
  importProblems?: readonly StoredProblem[];
  onSave(record: StudentRecord): Promise<void>;
  /** Opens teach mode for one field, so a wrong read is one click from being taught. */
  onTeach?(field: TrackerKey): void;
  /** The caseload's other tables, for the deadlines that come from them (follow-ups, missed-service notices). */
  tables?: Caseload;
}

/** How the page was read, in words (never the reader's id). */
function howRead(system: string, systemName: string | undefined): string {
  if (system === 'taught') return 'with what you taught Casekeeper on this site.';
  if (system === 'generic' || !systemName) return 'by the labels beside each value (Casekeeper has no reader made for this site).';
  return `as a ${systemName} page.`;
}

function shown(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/**
 * The student on screen: first every deadline computed from the page's dates (saved ones fill gaps, the
 * caseload's other tables add follow-ups and notices), then the button to add or update, then, folded
 * under a count of differences, each field read from the page beside the saved one (differences marked)
 * and how the page was read.
 */
export function StudentCard({ pageFields, pageSources = {}, system, systemName, issues, caseload, settings, today, importProblems = [], onSave, onTeach, tables }: StudentCardProps) {
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { record, problems } = useMemo(() => validateStudentRow(pageFields as Partial<Record<TrackerKey, unknown>>), [pageFields]);
  const stored = record ? caseload.find((s) => s.studentId === record.studentId) : undefined;
  const merged: StudentRecord | undefined = record ? { ...stored, ...record } : undefined;
  const studentId = record?.studentId;
  const own = useMemo(() => (tables && studentId ? tablesByStudent(tables).get(studentId) : undefined) ?? NO_STUDENT_TABLES, [tables, studentId]);
  const result = useMemo(() => (merged ? computeDeadlines(merged, settings, today, own) : null), [merged, settings, today, own]);

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
  const compared = stored
    ? `Page and saved record: ${differences === 0 ? 'no differences' : `${differences} ${differences === 1 ? 'difference' : 'differences'}`}`
    : `Read from the page: ${rows.length} ${rows.length === 1 ? 'field' : 'fields'}`;
  return (
    <section aria-labelledby="student-heading" className="card">
      <h2 id="student-heading">{heading}</h2>
      {issues.map((i) => (
        <p key={i} className="notice" role="status">
          {i}
        </p>
      ))}
      {result ? (
        <>
          <h3>Deadlines</h3>
          {result.problems.map((p) => (
            <p key={p} className="notice">
              {p}
            </p>
          ))}
          <DeadlineList deadlines={result.deadlines} dateStyle={settings.dateStyle} calendar={settings.calendar} />
        </>
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
      {message ? (
        <p role="status" className="message">
          {message}
        </p>
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
      <StudentImportProblems problems={ownProblems} />
      {rows.length > 0 ? (
        <details className="compare">
          <summary>{compared}</summary>
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
          <p className="muted">How this page was read: {howRead(system, systemName)}</p>
        </details>
      ) : null}
    </section>
  );
}
