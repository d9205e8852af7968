import {
  CASELOAD_SETTINGS,
  presentDate as presentIsoDate,
  presentDatesInText,
  presentDaysLeft,
  presentSchoolDaysLeft,
  presentVerification,
  presentRuleSetting,
  TRACKER_COLUMNS,
  type DateStyle,
  type Deadline,
  type SchoolCalendar,
} from '../../shared/index.ts';
import { StatusBadge } from './StatusBadge.tsx';

const ANNUAL_REVIEW = CASELOAD_SETTINGS.find((s) => s.id === 'annualReviewConvention');

/** The name people read for one of the dates or settings a deadline was counted from (never its key). */
function inputName(key: string): string {
  const column = TRACKER_COLUMNS.find((c) => c.key === key);
  if (column) return column.header;
  if (key === 'convention' && ANNUAL_REVIEW) return ANNUAL_REVIEW.label;
  const setting = CASELOAD_SETTINGS.find((s) => s.id === key);
  if (setting) return setting.label;
  return presentRuleSetting({ id: `US.${key}`, default: null }).name;
}

/** One input's value as people read it: dates in the date style, a convention by its words. */
function inputValue(value: unknown, dateStyle: DateStyle | undefined): string {
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return presentIsoDate(text, dateStyle);
  const choice = ANNUAL_REVIEW?.value.type === 'choice' ? ANNUAL_REVIEW.value.choices.find((c) => c.value === text) : undefined;
  return choice ? choice.label : text;
}

/** Every deadline of one student: status, due date, days and school days left, and why the date is what it is. */
export function DeadlineList({ deadlines, dateStyle, calendar }: { deadlines: readonly Deadline[]; dateStyle?: DateStyle; calendar?: SchoolCalendar }) {
  const presentDate = (d: string) => presentIsoDate(d, dateStyle);
  const schoolDays = (d: Deadline) => {
    const look = presentSchoolDaysLeft(d, { calendar, ...(dateStyle ? { dateStyle } : {}) });
    return look.reason ? `school days: ${look.reason}` : look.text;
  };
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
                <span>{schoolDays(d)}</span>
              </>
            )}
            {d.scheduleBy && d.status !== 'done' ? <span>send notice by {presentDate(d.scheduleBy)}</span> : null}
          </div>
          {d.warnings.map((w) => (
            <p key={w} className="warning" role="note">
              ⚠ {presentDatesInText(w, dateStyle)}
            </p>
          ))}
          <details>
            <summary>Why this date</summary>
            <p>{presentDatesInText(d.basis.explanation, dateStyle)}</p>
            <p>
              Rule: {d.basis.citation}
              {d.basis.verification !== 'V' ? ` (${presentVerification(d.basis.verification)})` : ''}
            </p>
            {Object.keys(d.basis.inputs).length > 0 ? (
              <dl className="inputs">
                {Object.entries(d.basis.inputs).map(([k, v]) => (
                  <div key={k}>
                    <dt>{inputName(k)}</dt>
                    <dd>{inputValue(v, dateStyle)}</dd>
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
