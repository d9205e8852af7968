import { useMemo } from 'react';
import {
  computeCaseloadDeadlines,
  openFollowUps,
  presentDate,
  presentDaysLeft,
  presentServiceStatus,
  presentStudentName,
  toDayNumber,
  type Caseload,
  type Deadline,
  type IsoDate,
  type OpenFollowUp,
  type ServiceCompliance,
  type Settings,
  type StudentRecord,
} from '../../shared/index.ts';
import { caseloadCompliance } from './caseload-compliance.ts';
import { requestStudent } from './open-student.ts';
import { useStableCaseload } from './use-stable-caseload.ts';
import type { PanelViewProps } from './panel-view.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** Days ahead that count as "this week" on the Today view: today and the six days after it. */
export const TODAY_WEEK_DAYS = 7;

/** What the Today view lists, each part in the order it is shown. */
export interface TodayLists {
  /** Open deadlines overdue or due within {@link TODAY_WEEK_DAYS} days, most urgent first. */
  due: Deadline[];
  /** Students whose deadlines cannot all be computed, with why. */
  problems: { studentId: string; problem: string }[];
  /** Services counted per day or per week that are behind, then every service whose minutes cannot be computed. */
  sessions: ServiceCompliance[];
  /** Open follow-ups, oldest due first. */
  followUps: OpenFollowUp[];
}

/**
 * What needs doing today: overdue deadlines and those due this week (from every table, so follow-ups and
 * missed-service notices are included), services to log a session for (per day or per week and behind;
 * a service that cannot be computed is listed too, never taken as safe), and the follow-ups owed.
 *
 * @example todayLists(caseload, settings, '2026-11-23').due[0]?.status // 'overdue'
 */
export function todayLists(caseload: Caseload, settings: Settings, today: IsoDate): TodayLists {
  const { deadlines, problems } = computeCaseloadDeadlines(caseload, settings, today);
  const due = deadlines.filter((d) => d.daysLeft < TODAY_WEEK_DAYS);
  const compliance = caseloadCompliance(caseload, settings, today);
  const sessions = [
    ...compliance.filter((c) => c.status === 'behind' && (c.per === 'day' || c.per === 'week')),
    ...compliance.filter((c) => c.status === 'unknown'),
  ];
  return { due, problems, sessions, followUps: openFollowUps(caseload.contacts) };
}

function StudentLink({ id, students, onOpen }: { id: string; students: ReadonlyMap<string, StudentRecord>; onOpen(id: string): void }) {
  const student = students.get(id);
  return (
    <button type="button" className="link today-student" onClick={() => onOpen(id)}>
      {student ? presentStudentName(student) : `Student ${id} (not in the caseload)`}
    </button>
  );
}

/** The "Today" view: what is overdue or due this week, sessions to log, follow-ups owed; each student one tap away. */
export function TodayView({ caseload: given, tablesLoaded, settings, today, openView }: Pick<PanelViewProps, 'caseload' | 'tablesLoaded' | 'settings' | 'today' | 'openView'>) {
  const caseload = useStableCaseload(given);
  const lists = useMemo(() => todayLists(caseload, settings, today), [caseload, settings, today]);
  const students = useMemo(() => new Map(caseload.students.map((s) => [s.studentId, s])), [caseload.students]);
  const open = (id: string) => {
    requestStudent(id);
    openView('caseload');
  };
  const date = (d: IsoDate) => presentDate(d, settings.dateStyle);
  const waiting = tablesLoaded ? null : <p className="muted">Reading services and contacts…</p>;

  if (caseload.students.length === 0) {
    return <p className="card">Your caseload is empty. Add students from their page in your IEP system, or import a caseload under Data.</p>;
  }
  return (
    <section aria-labelledby="today-heading" className="today">
      <h2 id="today-heading">Today, {presentDate(today, 'long')}</h2>

      <h3 id="today-due">Overdue and due this week ({lists.due.length})</h3>
      {waiting}
      {lists.due.length === 0 ? (
        <p className="muted">Nothing is overdue or due in the next {TODAY_WEEK_DAYS} days.</p>
      ) : (
        <ul className="deadlines" aria-labelledby="today-due">
          {lists.due.map((d) => (
            <li key={`${d.studentId}:${d.kind}:${d.dueDate}`} className={`deadline status-${d.status}`}>
              <div className="deadline-head">
                <StatusBadge status={d.status} />
                <StudentLink id={d.studentId} students={students} onOpen={open} />
              </div>
              <div>{d.title}</div>
              <div className="deadline-when">
                <span>Due {date(d.dueDate)}</span>
                <span>{presentDaysLeft(d.daysLeft)}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {lists.problems.length > 0 ? (
        <>
          <h3 id="today-problems">Dates that cannot be read ({lists.problems.length})</h3>
          <ul className="today-list" aria-labelledby="today-problems">
            {lists.problems.map((p, i) => (
              <li key={`${p.studentId}:${i}`} className="card">
                <StudentLink id={p.studentId} students={students} onOpen={open} />
                <div className="warning">⚠ {p.problem}</div>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 id="today-sessions">Sessions to log today ({lists.sessions.length})</h3>
      {waiting}
      {lists.sessions.length === 0 ? (
        <p className="muted">No daily or weekly service is behind.</p>
      ) : (
        <ul className="today-list" aria-labelledby="today-sessions">
          {lists.sessions.map((c) => {
            const look = presentServiceStatus(c.status);
            return (
              <li key={`${c.studentId}:${c.serviceId}`} className="card">
                <div className="deadline-head">
                  <span className="badge" style={{ background: look.background, color: look.text }}>
                    {look.label}
                  </span>
                  <StudentLink id={c.studentId} students={students} onOpen={open} />
                </div>
                <div>
                  {c.service}
                  {c.provider ? ` · ${c.provider}` : ''}
                </div>
                <div className="muted">
                  {c.status === 'unknown'
                    ? (c.reason ?? 'Its minutes cannot be computed.')
                    : `${c.owedMinutes} minutes owed (${c.deliveredMinutes} of ${c.requiredMinutes} given${c.shortfallSince ? `, short since ${date(c.shortfallSince)}` : ''})`}
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <h3 id="today-follow-ups">Follow-ups owed ({lists.followUps.length})</h3>
      {waiting}
      {lists.followUps.length === 0 ? (
        <p className="muted">No follow-up is owed.</p>
      ) : (
        <ul className="today-list" aria-labelledby="today-follow-ups">
          {lists.followUps.map((f) => (
            <li key={f.contact.contactId} className="card">
              <StudentLink id={f.contact.studentId} students={students} onOpen={open} />
              <div className="deadline-when">
                <span>Due {date(f.dueDate)}</span>
                <span>{presentDaysLeft(toDayNumber(f.dueDate) - toDayNumber(today))}</span>
              </div>
              {f.unscheduledConcern ? <div className="warning">⚠ A concern was raised on {date(f.contact.date)} and no follow-up date was set.</div> : null}
              {f.contact.topic ? <div className="muted">{f.contact.topic}</div> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The Today view as a panel view. */
export function TodayPanelView(p: PanelViewProps) {
  return <TodayView caseload={p.caseload} tablesLoaded={p.tablesLoaded} settings={p.settings} today={p.today} openView={p.openView} />;
}
