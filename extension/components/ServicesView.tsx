import { useEffect, useMemo, useRef, useState } from 'react';
import {
  barChartSvg,
  formatNumber,
  newRowId,
  presentDate,
  presentServiceStatus,
  presentStudentName,
  unmatchedSessions,
  type BarDatum,
  type Caseload,
  type IsoDate,
  type ServiceCompliance,
  type SessionOutcome,
  type SessionRecord,
  type Settings,
  type StudentRecord,
  type UnmatchedSession,
} from '../../shared/index.ts';
import { readTab, readTabServices } from '../lib/panel-client.ts';
import type { TaughtSites } from '../storage/db.ts';
import { caseloadCompliance } from './caseload-compliance.ts';
import type { PanelViewProps } from './panel-view.ts';
import { useStableCaseload } from './use-stable-caseload.ts';
import { PageServices, type PageServicesRead } from './PageServices.tsx';
import { useReadableTab } from './use-readable-tab.ts';

/** The outcomes a session can have, in the order the form offers them (delivered first: the default). */
const OUTCOMES: readonly { value: SessionOutcome; label: string }[] = [
  { value: 'delivered', label: 'Delivered' },
  { value: 'student-absent', label: 'Student absent' },
  { value: 'student-unavailable', label: 'Student unavailable' },
  { value: 'provider-absent', label: 'Provider absent' },
  { value: 'school-closed', label: 'School closed' },
  { value: 'makeup', label: 'Make-up session' },
  { value: 'other', label: 'Other reason missed' },
];
const outcomeLabel = (o: SessionOutcome) => OUTCOMES.find((x) => x.value === o)?.label ?? o;
/** The one-tap durations after the mandate's own minutes. */
const DURATIONS = [15, 20, 30, 45, 60];
/** Where the "Logged by" name is remembered on this computer (a provider's name, never a student's). */
const LOGGED_BY_KEY = 'casekeeper:logged-by';
/** Rows drawn at first in the caseload chart and lists (the rest one click away). */
const FIRST_ROWS = 20;
const CHART_WIDTH = 340;
/** A local performance measure (read by bench/extension.ts): the first render with the tables read, to the frame that shows it. */
export const SERVICES_RENDERED_MEASURE = 'casekeeper:services-rendered';

export interface ServicesViewProps {
  caseload: Caseload;
  tablesLoaded: boolean;
  settings: Settings;
  today: IsoDate;
  writeRows: PanelViewProps['writeRows'];
  deleteRows: PanelViewProps['deleteRows'];
  /** The student of the IEP page on screen, when the page could be read: shown first. */
  onScreenStudentId?: string | null;
  /** The services that page shows, offered for the teacher to add or update (never saved silently). */
  pageServices?: PageServicesRead | null;
}

/** One student's services, worst first, with their totals. */
interface StudentServices {
  student: Pick<StudentRecord, 'studentId' | 'firstName' | 'lastName'>;
  rows: ServiceCompliance[];
  required: number;
  delivered: number;
  owed: number;
}

/** A chart from the shared chart module, shown as an image (its SVG escapes all text) with its words beside it. */
function Chart({ bars, title }: { bars: BarDatum[]; title: string }) {
  const chart = barChartSvg({ title, orientation: 'horizontal', unit: 'minutes', bars }, { width: CHART_WIDTH, id: 'services' });
  return (
    <figure className="services-chart">
      <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`} alt={chart.title} width={chart.width} height={chart.height} />
      <figcaption className="visually-hidden">{chart.summary}</figcaption>
    </figure>
  );
}

function StatusWord({ status }: { status: ServiceCompliance['status'] }) {
  const look = presentServiceStatus(status);
  return (
    <span className="badge" style={{ background: look.background, color: look.text }}>
      {look.label}
    </span>
  );
}

/** Logged sessions no service counts (another student's service, a service not in the caseload), never hidden. */
function Unmatched({ items }: { items: readonly UnmatchedSession[] }) {
  if (items.length === 0) return null;
  return (
    <div className="warning" role="note">
      {items.length} logged session{items.length === 1 ? ' is' : 's are'} not counted: {items.length === 1 ? 'it names' : 'each names'} a service its student does not have.
      <details>
        <summary>Which and why</summary>
        <ul className="plain">
          {items.slice(0, 50).map((u) => (
            <li key={u.session.sessionId}>{u.problem}</li>
          ))}
        </ul>
        {items.length > 50 ? <p>… and {items.length - 50} more (the command line's services command lists them all).</p> : null}
      </details>
    </div>
  );
}

const minutesText = (n: number) => `${formatNumber(n)} min`;
const barWords = (delivered: number, required: number | null, status: ServiceCompliance['status']) =>
  `${formatNumber(delivered)}${required === null ? '' : ` of ${formatNumber(required)}`} min (${presentServiceStatus(status).label})`;

/** The service the log form starts with: the only one, else the first behind, else the first still running. */
function preselect(rows: readonly ServiceCompliance[]): string {
  const pick = rows.find((r) => r.status === 'behind') ?? rows.find((r) => r.status !== 'ended' && r.status !== 'not-started') ?? rows[0];
  return pick?.serviceId ?? '';
}

function rememberedName(): string {
  try {
    return localStorage.getItem(LOGGED_BY_KEY) ?? '';
  } catch {
    return '';
  }
}

type Draft = {
  /** Set when an existing session is being edited. */
  editing: SessionRecord | null;
  serviceId: string;
  minutes: string;
  outcome: SessionOutcome;
  date: string;
  note: string;
  group: string[];
};

/**
 * The Services view: delivered against required minutes for one student or the whole caseload (shared
 * compliance and chart), behind first, and a session log taking three clicks or fewer (student, a duration,
 * "Log session"), with group sessions, edits and deletions (kept in history by storage).
 */
export function ServicesView({ caseload: given, tablesLoaded, settings, today, writeRows, deleteRows, onScreenStudentId, pageServices }: ServicesViewProps) {
  const firstRender = useRef<number | null>(null);
  if (tablesLoaded && firstRender.current === null) firstRender.current = performance.now();
  useEffect(() => {
    const start = firstRender.current;
    if (start === null || performance.getEntriesByName(SERVICES_RENDERED_MEASURE).length > 0) return;
    requestAnimationFrame(() => performance.measure(SERVICES_RENDERED_MEASURE, { start, end: performance.now() }));
  }, [tablesLoaded]);
  // The same object while every table is the same, so the work below runs again only when a table changed.
  const caseload = useStableCaseload(given);
  const compliance = useMemo(() => caseloadCompliance(caseload, settings, today), [caseload, settings, today]);
  const byStudent = useMemo(() => {
    const map = new Map<string, StudentServices>();
    const entry = (s: StudentServices['student']) => {
      let e = map.get(s.studentId);
      if (!e) map.set(s.studentId, (e = { student: s, rows: [], required: 0, delivered: 0, owed: 0 }));
      return e;
    };
    for (const s of caseload.students) entry(s);
    for (const r of compliance) {
      const e = entry({ studentId: r.studentId });
      e.rows.push(r);
      e.delivered += r.deliveredMinutes;
      if (r.status !== 'unknown') {
        e.required += r.requiredMinutes;
        e.owed += r.owedMinutes;
      }
    }
    return map;
  }, [caseload.students, compliance]);
  // Students with services, worst service first (compliance is ordered behind first), then more owed.
  const ordered = useMemo(() => {
    const rank = new Map(compliance.map((r, i) => [r.studentId, i] as const).reverse());
    return [...byStudent.values()].filter((e) => e.rows.length > 0).sort((a, b) => (rank.get(a.student.studentId) ?? 0) - (rank.get(b.student.studentId) ?? 0));
  }, [byStudent, compliance]);
  const unmatched = useMemo(() => unmatchedSessions(caseload), [caseload]);
  const withoutServices = useMemo(() => [...byStudent.values()].filter((e) => e.rows.length === 0), [byStudent]);

  const [chosen, setChosen] = useState<string | null>(null);
  const studentId = chosen ?? (onScreenStudentId && byStudent.has(onScreenStudentId) ? onScreenStudentId : '');
  const [showAll, setShowAll] = useState(false);

  if (!tablesLoaded) return <p role="status">Reading the services and the service log…</p>;
  const current = studentId ? byStudent.get(studentId) : undefined;
  const pickStudent = (id: string) => {
    setChosen(id);
    setShowAll(false);
  };

  return (
    <section className="services" aria-labelledby="services-title">
      <h2 id="services-title">Service minutes</h2>
      <label htmlFor="svc-student">Student</label>
      <select id="svc-student" value={studentId} onChange={(e) => pickStudent(e.target.value)}>
        <option value="">Whole caseload</option>
        {caseload.students.map((s) => (
          <option key={s.studentId} value={s.studentId}>
            {presentStudentName(s)}
            {s.studentId === onScreenStudentId ? ' (on screen)' : ''}
          </option>
        ))}
      </select>
      <p className="muted">Minutes from the start of each service (or of the school year) to {presentDate(today, settings.dateStyle)}.</p>
      {current && pageServices?.studentId === current.student.studentId ? (
        <PageServices student={current.student} page={pageServices} saved={caseload.services} writeRows={writeRows} dateStyle={settings.dateStyle} />
      ) : null}
      {current ? (
        <StudentServicesPanel key={current.student.studentId} entry={current} unmatched={unmatched.filter((u) => u.session.studentId === current.student.studentId)} byStudent={byStudent} caseload={caseload} settings={settings} today={today} writeRows={writeRows} deleteRows={deleteRows} />
      ) : (
        <>
          {ordered.length === 0 ? (
            <p className="card">No services on record. Import a services table (Data tab) to see minutes owed here.</p>
          ) : (
            <>
              <p>
                <strong>{compliance.filter((r) => r.status === 'behind').length}</strong> of {compliance.length} services behind,{' '}
                <strong>{minutesText(ordered.reduce((sum, e) => sum + e.owed, 0))}</strong> owed in all
                {compliance.some((r) => r.status === 'unknown') ? `; ${compliance.filter((r) => r.status === 'unknown').length} cannot be computed` : ''}.
              </p>
              <Unmatched items={unmatched} />
              <Chart
                title="Minutes delivered against required, per student"
                bars={(showAll ? ordered : ordered.slice(0, FIRST_ROWS)).map((e) => ({
                  label: presentStudentName(byStudent.get(e.student.studentId)?.student ?? e.student),
                  value: e.delivered,
                  target: e.required,
                  valueText: barWords(e.delivered, e.required, e.rows[0]?.status ?? 'on-track'),
                }))}
              />
              <ul className="plain services-list" aria-label="Students, behind first">
                {(showAll ? ordered : ordered.slice(0, FIRST_ROWS)).map((e) => {
                  const name = presentStudentName(e.student);
                  const behind = e.rows.filter((r) => r.status === 'behind').length;
                  return (
                    <li key={e.student.studentId} className="service-row">
                      <div className="service-head">
                        <StatusWord status={e.rows[0]?.status ?? 'on-track'} />
                        <strong>{name}</strong>
                      </div>
                      <div>
                        Owed: {minutesText(e.owed)} · {e.rows.length} service{e.rows.length === 1 ? '' : 's'}
                        {behind ? `, ${behind} behind` : ''}
                      </div>
                      <button type="button" className="link" aria-label={`Log a session for ${name}`} onClick={() => pickStudent(e.student.studentId)}>
                        Log a session
                      </button>
                    </li>
                  );
                })}
              </ul>
              {!showAll && ordered.length > FIRST_ROWS ? (
                <button type="button" onClick={() => setShowAll(true)}>
                  Show all {ordered.length} students
                </button>
              ) : null}
            </>
          )}
          {withoutServices.length > 0 ? (
            <details>
              <summary>
                {withoutServices.length} student{withoutServices.length === 1 ? '' : 's'} with no services on record
              </summary>
              <ul className="plain">
                {withoutServices.map((e) => (
                  <li key={e.student.studentId}>{presentStudentName(e.student)}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

/** One student: the log form, a bar per service, each service's words, and the sessions logged. */
function StudentServicesPanel({
  entry,
  unmatched,
  byStudent,
  caseload,
  settings,
  today,
  writeRows,
  deleteRows,
}: {
  entry: StudentServices;
  unmatched: readonly UnmatchedSession[];
  byStudent: Map<string, StudentServices>;
  caseload: Caseload;
  settings: Settings;
  today: IsoDate;
  writeRows: PanelViewProps['writeRows'];
  deleteRows: PanelViewProps['deleteRows'];
}) {
  const { student, rows } = entry;
  const name = presentStudentName(student);
  const fresh = (serviceId = preselect(rows)): Draft => ({ editing: null, serviceId, minutes: '', outcome: 'delivered', date: today, note: '', group: [] });
  const [draft, setDraft] = useState<Draft>(() => fresh());
  const [loggedBy, setLoggedBy] = useState(rememberedName);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [timerStart, setTimerStart] = useState<number | null>(null);
  const [, tick] = useState(0);
  useEffect(() => {
    if (timerStart === null) return;
    const id = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [timerStart]);

  const service = rows.find((r) => r.serviceId === draft.serviceId);
  const durations = [...new Set([...(service?.mandate ? [service.mandate.minutesPerSession] : []), ...DURATIONS])];
  // Other students with a service of the same name: a group session logs the same minutes for them.
  const sameName = (s: string) => s.trim().toLowerCase();
  const groupChoices = service
    ? caseload.services
        .filter((v) => v.studentId !== student.studentId && sameName(v.service) === sameName(service.service))
        .map((v) => ({ studentId: v.studentId, serviceId: v.serviceId, name: presentStudentName(byStudent.get(v.studentId)?.student ?? { studentId: v.studentId }) }))
    : [];
  // Read once per change of the log, not on every keystroke in the form (a year of sessions is large).
  const sessions = useMemo(
    () => caseload.sessions.filter((s) => s.studentId === student.studentId).sort((a, b) => b.date.localeCompare(a.date) || b.sessionId.localeCompare(a.sessionId)),
    [caseload.sessions, student.studentId],
  );
  const serviceName = (serviceId: string) => rows.find((r) => r.serviceId === serviceId)?.service ?? `Service ${serviceId}`;

  const set = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setMessage(null);
  };
  const stopTimer = () => {
    if (timerStart === null) return;
    set({ minutes: String(Math.max(1, Math.round((Date.now() - timerStart) / 60_000))) });
    setTimerStart(null);
  };

  const save = async () => {
    const minutes = Number(draft.minutes);
    if (!service) return setMessage({ kind: 'error', text: 'Choose the service first.' });
    if (!draft.minutes || !Number.isFinite(minutes) || minutes <= 0 || minutes > 1440) return setMessage({ kind: 'error', text: 'Choose how many minutes (1 to 1,440).' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) return setMessage({ kind: 'error', text: 'Choose the day of the session.' });
    if (draft.date > today) return setMessage({ kind: 'error', text: 'A session cannot be logged for a day that has not come yet.' });
    const note = draft.note.trim();
    const by = loggedBy.trim();
    const base = { date: draft.date as IsoDate, minutes, outcome: draft.outcome, ...(note ? { note } : {}) };
    let records: SessionRecord[];
    if (draft.editing) {
      const { note: _n, ...kept } = draft.editing;
      records = [{ ...kept, ...base, serviceId: service.serviceId }];
    } else {
      const others = groupChoices.filter((g) => draft.group.includes(g.studentId));
      const groupSize = others.length > 0 ? others.length + 1 : undefined;
      records = [{ studentId: student.studentId, serviceId: service.serviceId }, ...others].map((who) => ({
        sessionId: newRowId('ses'),
        studentId: who.studentId,
        serviceId: who.serviceId,
        ...base,
        ...(groupSize ? { groupSize } : {}),
        ...(by ? { loggedBy: by } : {}),
      }));
    }
    setBusy(true);
    try {
      await writeRows('sessions', records);
      try {
        if (by) localStorage.setItem(LOGGED_BY_KEY, by);
        else localStorage.removeItem(LOGGED_BY_KEY);
      } catch {
        // not remembered; the name was still written
      }
      const who = records.length > 1 ? `${name} and ${records.length - 1} other${records.length === 2 ? '' : 's'}` : name;
      setDraft(fresh(service.serviceId));
      setMessage({ kind: 'ok', text: `${draft.editing ? 'Saved' : 'Logged'} ${minutesText(minutes)} of ${service.service} (${outcomeLabel(base.outcome)}) for ${who}.` });
    } catch (e) {
      setMessage({ kind: 'error', text: `Not saved: ${e instanceof Error ? e.message : 'the session could not be written.'}` });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (session: SessionRecord) => {
    setBusy(true);
    try {
      await deleteRows('sessions', [session.sessionId]);
      setConfirmDelete(null);
      if (draft.editing?.sessionId === session.sessionId) setDraft(fresh());
      setMessage({ kind: 'ok', text: `Deleted the session of ${presentDate(session.date, settings.dateStyle)} (kept in the history).` });
    } catch (e) {
      setMessage({ kind: 'error', text: `Not deleted: ${e instanceof Error ? e.message : 'the session could not be deleted.'}` });
    } finally {
      setBusy(false);
    }
  };

  const elapsed = timerStart === null ? 0 : Math.floor((Date.now() - timerStart) / 1000);
  return (
    <>
      {rows.length === 0 ? (
        <p className="card">No services on record for {name}. Import a services table (Data tab) to log sessions.</p>
      ) : (
        <form
          className="card log-session"
          aria-labelledby="log-title"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h3 id="log-title">{draft.editing ? `Edit the session of ${presentDate(draft.editing.date, settings.dateStyle)}` : `Log a session for ${name}`}</h3>
          <label htmlFor="svc-service">Service</label>
          <select id="svc-service" value={draft.serviceId} onChange={(e) => set({ serviceId: e.target.value, group: [] })}>
            {rows.map((r) => (
              <option key={r.serviceId} value={r.serviceId}>
                {r.service}
                {r.provider ? ` · ${r.provider}` : ''}
              </option>
            ))}
          </select>
          <div className="label" id="svc-minutes-label">
            Minutes
          </div>
          <div className="actions durations" role="group" aria-labelledby="svc-minutes-label">
            {durations.map((m) => (
              <button key={m} type="button" aria-pressed={draft.minutes === String(m)} onClick={() => set({ minutes: String(m) })}>
                {m} min
              </button>
            ))}
            <input id="svc-minutes" type="number" min={1} max={1440} inputMode="numeric" aria-label="Other minutes" placeholder="Other" value={draft.minutes} onChange={(e) => set({ minutes: e.target.value })} />
            {timerStart === null ? (
              <button type="button" onClick={() => setTimerStart(Date.now())}>
                Start timer
              </button>
            ) : (
              <button type="button" onClick={stopTimer}>
                Stop timer ({Math.floor(elapsed / 60)}:{String(elapsed % 60).padStart(2, '0')})
              </button>
            )}
          </div>
          <div className="log-grid">
            <div>
              <label htmlFor="svc-outcome">Outcome</label>
              <select id="svc-outcome" value={draft.outcome} onChange={(e) => set({ outcome: e.target.value as SessionOutcome })}>
                {OUTCOMES.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="svc-date">Date</label>
              <input id="svc-date" type="date" max={today} value={draft.date} onChange={(e) => set({ date: e.target.value })} />
            </div>
          </div>
          <label htmlFor="svc-note">Note (optional; avoid sensitive details)</label>
          <input id="svc-note" type="text" maxLength={2000} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
          {!draft.editing && groupChoices.length > 0 ? (
            <fieldset>
              <legend>Group session: also log for</legend>
              {groupChoices.map((g) => (
                <label key={`${g.studentId}-${g.serviceId}`} className="check">
                  <input
                    type="checkbox"
                    checked={draft.group.includes(g.studentId)}
                    onChange={(e) => set({ group: e.target.checked ? [...draft.group, g.studentId] : draft.group.filter((id) => id !== g.studentId) })}
                  />
                  {g.name}
                </label>
              ))}
            </fieldset>
          ) : null}
          {!draft.editing ? (
            <>
              <label htmlFor="svc-logged-by">Logged by (optional)</label>
              <input id="svc-logged-by" type="text" maxLength={200} value={loggedBy} onChange={(e) => setLoggedBy(e.target.value)} />
            </>
          ) : null}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {draft.editing ? 'Save changes' : 'Log session'}
            </button>
            {draft.editing ? (
              <button type="button" onClick={() => setDraft(fresh())}>
                Cancel edit
              </button>
            ) : null}
          </div>
        </form>
      )}
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'message'}>
          {message.text}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <Chart
            title={`Minutes delivered against required: ${name}`}
            bars={rows.map((r) => ({
              label: `${r.service}${r.provider ? ` · ${r.provider}` : ''}`,
              value: r.deliveredMinutes,
              ...(r.status === 'unknown' ? {} : { target: r.requiredMinutes }),
              valueText: barWords(r.deliveredMinutes, r.status === 'unknown' ? null : r.requiredMinutes, r.status),
            }))}
          />
          <ul className="plain services-list" aria-label={`Services of ${name}, behind first`}>
            {rows.map((r) => (
              <li key={r.serviceId} className="service-row">
                <div className="service-head">
                  <StatusWord status={r.status} />
                  <strong>{r.service}</strong>
                  {r.provider ? <span className="muted">{r.provider}</span> : null}
                </div>
                {r.status === 'unknown' ? (
                  <div className="error">{r.reason}</div>
                ) : (
                  <div>
                    Owed: {minutesText(r.owedMinutes)} · delivered {minutesText(r.deliveredMinutes)} of {minutesText(r.requiredMinutes)}
                    {r.notOwedMinutes ? ` · ${minutesText(r.notOwedMinutes)} missed, not owed` : ''}
                  </div>
                )}
                {r.shortfallSince ? <div className="muted">Short since {presentDate(r.shortfallSince, settings.dateStyle)}</div> : null}
                {r.projection && r.projection.projectedOwedMinutes > 0 && r.status !== 'unknown' ? (
                  <div className="muted">
                    At this pace, {minutesText(r.projection.projectedOwedMinutes)} short by {presentDate(r.projection.periodTo, settings.dateStyle)}
                  </div>
                ) : null}
                {r.problems.map((p) => (
                  <div key={p} className="warning">
                    {p}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Sessions logged</h3>
      <Unmatched items={unmatched} />
      {sessions.length === 0 ? (
        <p className="muted">No sessions logged for {name} yet.</p>
      ) : (
        <ul className="plain sessions-list" aria-label={`Sessions of ${name}`}>
          {sessions.slice(0, 30).map((s) => (
            <li key={s.sessionId} className="session-row">
              <div>
                <strong>{presentDate(s.date, settings.dateStyle)}</strong> · {serviceName(s.serviceId)} · {minutesText(s.minutes)} · {outcomeLabel(s.outcome)}
                {s.groupSize && s.groupSize > 1 ? ` · group of ${s.groupSize}` : ''}
              </div>
              {s.note ? <div className="muted">{s.note}</div> : null}
              {confirmDelete === s.sessionId ? (
                <div className="actions">
                  <span>Delete this session?</span>
                  <button type="button" disabled={busy} onClick={() => void remove(s)}>
                    Yes, delete
                  </button>
                  <button type="button" onClick={() => setConfirmDelete(null)}>
                    Keep it
                  </button>
                </div>
              ) : (
                <div className="actions">
                  <button type="button" aria-label={`Edit the session of ${presentDate(s.date, settings.dateStyle)}, ${serviceName(s.serviceId)}`} onClick={() => setDraft({ editing: s, serviceId: s.serviceId, minutes: String(s.minutes), outcome: s.outcome, date: s.date, note: s.note ?? '', group: [] })}>
                    Edit
                  </button>
                  <button type="button" aria-label={`Delete the session of ${presentDate(s.date, settings.dateStyle)}, ${serviceName(s.serviceId)}`} onClick={() => setConfirmDelete(s.sessionId)}>
                    Delete
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {sessions.length > 30 ? <p className="muted">The 30 most recent of {sessions.length} sessions; the Data tab exports them all.</p> : null}
    </>
  );
}

/**
 * The student of the IEP page in the current tab, when Casekeeper may read that site and the student is
 * in the caseload, with the services the page shows (read, not saved); null otherwise. Read again when
 * the tab changes, loads, or a single-page system moves to another student.
 */
function useStudentOnScreen(students: readonly StudentRecord[], taught: TaughtSites): { id: string | null; page: PageServicesRead | null } {
  const [onScreen, setOnScreen] = useState<{ id: string | null; page: PageServicesRead | null }>({ id: null, page: null });
  // Read again when the caseload gains or loses students (a student just added can now be on screen).
  useReadableTab(async (tab, isLive) => {
    if (!tab) return setOnScreen({ id: null, page: null });
    try {
      const answer = await readTab(tab.id, taught[new URL(tab.url).origin]);
      const found = answer.reading.fields.studentId;
      if (!isLive()) return;
      if (!found || !students.some((s) => s.studentId === found)) return setOnScreen({ id: null, page: null });
      setOnScreen({ id: found, page: null });
      const read = await readTabServices(tab.id);
      if (isLive()) setOnScreen({ id: found, page: { studentId: found, services: read.services, issues: read.issues } });
    } catch {
      // No page to read (or its services): the teacher picks the student.
    }
  }, [students.length, taught]);
  return onScreen;
}

/** The Services view in the panel's view registry. */
export function ServicesPanelView(p: PanelViewProps) {
  const onScreen = useStudentOnScreen(p.caseload.students, p.panel.taught);
  return (
    <ServicesView
      caseload={p.caseload}
      tablesLoaded={p.tablesLoaded}
      settings={p.settings}
      today={p.today}
      writeRows={p.writeRows}
      deleteRows={p.deleteRows}
      onScreenStudentId={onScreen.id}
      pageServices={onScreen.page}
    />
  );
}
