import { useEffect, useMemo, useRef, useState } from 'react';
import {
  barChartSvg,
  planWorkload,
  presentDate,
  presentStudentName,
  WORK_KIND_INFO,
  type BarChartData,
  type ChartSvg,
  type IsoDate,
  type Settings,
  type WorkloadMove,
  type WorkloadPlan,
} from '../../shared/index.ts';
import type { PanelViewProps } from './panel-view.ts';
import { useStableCaseload } from './use-stable-caseload.ts';

/** The width the chart is drawn at: the side panel's width less its margins. */
const CHART_WIDTH = 340;
/** The measure of working out the plan of a caseload with every table read (read by bench/extension.ts). */
export const WORKLOAD_PLANNED_MEASURE = 'casekeeper:workload-planned';

/**
 * The workload chart's data: one bar per forecast week (hours of work before any move) with that week's
 * capacity, and the capacity of a full school week as the line across.
 *
 * @example workloadChartData(planWorkload(caseload, { settings, today }), settings).bars.length // 12
 */
export function workloadChartData(plan: WorkloadPlan, settings: Settings): BarChartData {
  return {
    title: 'Hours of case-management work per week',
    orientation: 'vertical',
    unit: 'hours',
    bars: plan.before.weeks.map((w) => ({
      label: presentDate(w.weekStart, settings.dateStyle),
      value: w.hours,
      capacity: w.capacityHours,
      valueText: `${w.hours} h of ${w.capacityHours} h available${w.schoolDays === 0 ? ' (closed)' : ''}`,
    })),
    capacity: { value: plan.capacityHours, label: 'Hours available in a full school week' },
  };
}

/** Whether a move is a meeting that can be planned by setting the student's next IEP meeting date. */
export function isMeetingMove(move: WorkloadMove): boolean {
  return move.kind === 'annual-review' || move.kind === 'initial-iep';
}

/** An SVG string as an image address (the panel never inserts markup; the chart's text is beside it). */
function svgDataUrl(chart: ChartSvg): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`;
}

/**
 * The Workload view: the weeks ahead against capacity, the weeks over capacity, and the suggested moves,
 * each meeting move one tap from being planned (it becomes the student's next IEP meeting date).
 */
export function WorkloadView({ caseload: given, tablesLoaded, settings, today, writeRows }: Pick<PanelViewProps, 'caseload' | 'tablesLoaded' | 'settings' | 'today' | 'writeRows'>) {
  const caseload = useStableCaseload(given);
  // Worked out after the view is drawn (a large caseload takes a few seconds); the last plan stays shown meanwhile.
  const [plan, setPlan] = useState<WorkloadPlan | null>(null);
  const loaded = useRef(tablesLoaded);
  loaded.current = tablesLoaded;
  useEffect(() => {
    const timer = setTimeout(() => {
      const start = performance.now();
      setPlan(planWorkload(caseload, { settings, today }));
      // A local performance measure (read by bench/extension.ts): the plan with every table read.
      if (loaded.current) performance.measure(WORKLOAD_PLANNED_MEASURE, { start, end: performance.now() });
    }, 0);
    return () => clearTimeout(timer);
  }, [caseload, settings, today]);
  const chart = useMemo(() => (plan ? barChartSvg(workloadChartData(plan, settings), { width: CHART_WIDTH, id: 'workload' }) : null), [plan, settings]);
  const students = useMemo(() => new Map(caseload.students.map((s) => [s.studentId, s])), [caseload.students]);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const date = (d: IsoDate) => presentDate(d, settings.dateStyle);
  const nameOf = (id: string) => {
    const s = students.get(id);
    return s ? presentStudentName(s) : `Student ${id}`;
  };

  const planMeeting = async (move: WorkloadMove) => {
    const student = students.get(move.studentId);
    if (!student) return;
    setBusy(true);
    try {
      await writeRows('students', [{ ...student, nextIepMeetingDate: move.to }]);
      setMessage({ text: `${presentStudentName(student)}: the meeting is planned for ${date(move.to)}.` });
    } catch (e) {
      setMessage({ text: `The meeting could not be saved: ${e instanceof Error ? e.message : 'unknown error'}.`, error: true });
    } finally {
      setBusy(false);
    }
  };

  if (caseload.students.length === 0) {
    return <p className="card">Your caseload is empty: there is no workload to show yet.</p>;
  }
  if (!plan || !chart) {
    return (
      <p className="muted" role="status">
        Working out the next weeks…
      </p>
    );
  }
  const weekOf = new Map(plan.before.weeks.map((w) => [w.weekStart, w]));
  return (
    <section aria-labelledby="workload-heading" className="workload">
      <h2 id="workload-heading">Workload, next {plan.before.weeks.length} weeks</h2>
      {tablesLoaded ? null : <p className="muted">Reading goals, services and contacts…</p>}
      <figure className="chart">
        <img src={svgDataUrl(chart)} alt={chart.title} width={CHART_WIDTH} />
        <figcaption>
          <details>
            <summary>The chart in words</summary>
            <p>{chart.summary}</p>
          </details>
        </figcaption>
      </figure>

      <h3 id="workload-over">Weeks over capacity ({plan.overloaded.length})</h3>
      {plan.overloaded.length === 0 ? (
        <p className="muted">No week is over the {plan.capacityHours} hours available.</p>
      ) : (
        <ul className="today-list" aria-labelledby="workload-over">
          {plan.overloaded.map((start) => {
            const w = weekOf.get(start);
            return (
              <li key={start} className="card">
                <strong>Week of {date(start)}</strong>: {w ? `${w.hours} h of work, ${w.capacityHours} h available` : ''}
              </li>
            );
          })}
        </ul>
      )}

      <h3 id="workload-moves">Suggested moves ({plan.moves.length})</h3>
      {message ? (
        <p role="status" className={message.error ? 'warning' : 'muted'}>
          {message.text}
        </p>
      ) : null}
      {plan.moves.length === 0 ? (
        <p className="muted">{plan.overloaded.length ? 'No earlier week can take this work.' : 'Nothing needs to move.'}</p>
      ) : (
        <ul className="today-list" aria-labelledby="workload-moves">
          {plan.moves.map((m) => (
            <li key={m.itemId} className="card">
              <strong>{nameOf(m.studentId)}</strong> · {WORK_KIND_INFO[m.kind].title}
              <div className="deadline-when">
                <span>Planned {date(m.from)}</span>
                <span>Suggested {date(m.to)}</span>
                <span>Due {date(m.dueDate)}</span>
              </div>
              <p className="muted">{m.reason}</p>
              {isMeetingMove(m) && students.has(m.studentId) ? (
                <button type="button" disabled={busy} onClick={() => void planMeeting(m)}>
                  Plan the meeting for {date(m.to)}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {plan.problems.length > 0 ? (
        <>
          <h3 id="workload-problems">Not counted ({plan.problems.length})</h3>
          <ul className="today-list" aria-labelledby="workload-problems">
            {plan.problems.map((p, i) => (
              <li key={`${p.studentId}:${i}`} className="warning">
                ⚠ {nameOf(p.studentId)}: {p.problem}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.notes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
    </section>
  );
}

/** The Workload view as a panel view. */
export function WorkloadPanelView(p: PanelViewProps) {
  return <WorkloadView caseload={p.caseload} tablesLoaded={p.tablesLoaded} settings={p.settings} today={p.today} writeRows={p.writeRows} />;
}
