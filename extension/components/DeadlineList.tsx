import { presentDate as presentIsoDate, presentDaysLeft, presentVerification, type DateStyle, type Deadline } from '../../shared/index.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** Every deadline of one student: status, due date, days and school days left, and why the date is what it is. */
export function DeadlineList({ deadlines, dateStyle }: { deadlines: readonly Deadline[]; dateStyle?: DateStyle }) {
  const presentDate = (d: string) => presentIsoDate(d, dateStyle);
  if (deadlines.length === 0) return <p className="muted">No deadlines can be computed from these dates yet.</p>;
  return (
    <ul className="deadlines" aria-label="Deadlines">
      {deadlines.map((d) => (
        <li key={d.kind} className={`deadline status-${d.status}`}>
          <div className="deadline-head">
            <StatusBadge status={d.status} />
            <strong>{d.title}</strong>
          </div>
          <div className="deadline-when">
            <span>Due {presentDate(d.dueDate)}</span>
            {d.status === 'done' ? (
              <span>{d.completedOn ? `done ${presentDate(d.completedOn)}` : 'done'}</span>
            ) : (
              <>
                <span>{presentDaysLeft(d.daysLeft)}</span>
                <span>{d.schoolDaysLeft === null ? 'school days: add a school calendar' : presentDaysLeft(d.schoolDaysLeft, 'school day')}</span>
              </>
            )}
            {d.scheduleBy && d.status !== 'done' ? <span>send notice by {presentDate(d.scheduleBy)}</span> : null}
          </div>
          {d.warnings.map((w) => (
            <p key={w} className="warning" role="note">
              ⚠ {w}
            </p>
          ))}
          <details>
            <summary>Why this date</summary>
            <p>{d.basis.explanation}</p>
            <p>
              Rule: <code>{d.basis.ruleId}</code> · {d.basis.citation}
              {d.basis.verification !== 'V' ? ` (${presentVerification(d.basis.verification)})` : ''}
            </p>
            {Object.keys(d.basis.inputs).length > 0 ? (
              <dl className="inputs">
                {Object.entries(d.basis.inputs).map(([k, v]) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd>{String(v)}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {d.basis.notes.map((n) => (
              <p key={n} className="muted">
                {n}
              </p>
            ))}
          </details>
        </li>
      ))}
    </ul>
  );
}
