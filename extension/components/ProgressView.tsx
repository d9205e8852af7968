import { useEffect, useId, useMemo, useState } from 'react';
import {
  evaluateGoal,
  formatNumber,
  goalChartData,
  goalChartSvg,
  newRowId,
  presentDate,
  presentGoalValue,
  presentStudentName,
  tableSpec,
  VERDICT_STYLES,
  type Caseload,
  type GoalDataPoint,
  type GoalRecord,
  type IsoDate,
  type Settings,
} from '../../shared/index.ts';
import { readTab } from '../lib/panel-client.ts';
import type { TaughtSites } from '../storage/db.ts';
import type { PanelViewProps } from './panel-view.ts';
import { useReadableTab } from './use-readable-tab.ts';

export interface ProgressViewProps {
  caseload: Caseload;
  /** Whether the goals and their data have been read yet. */
  tablesLoaded: boolean;
  settings: Settings;
  today: IsoDate;
  /** The student ID read from the page in the browser tab, when there is one. */
  onScreen?: string | null;
  writeRows: PanelViewProps['writeRows'];
  deleteRows: PanelViewProps['deleteRows'];
  /** The clock of the duration timer (milliseconds), replaceable in tests. */
  now?: () => number;
}

/** What a control hands over to be saved: the measurement, and how to say it. */
type Measurement = Pick<GoalDataPoint, 'value' | 'correct' | 'trials'>;

const sentence = (text: string) => {
  const t = text.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
};

/** A measurement in a teacher's words ("7 of 10 correct (70%)", "12 minutes", "level 3"). */
function describe(m: Measurement, goal: GoalRecord): string {
  if (m.correct !== undefined && m.trials !== undefined) return `${m.correct} of ${m.trials} correct (${formatNumber((m.correct / m.trials) * 100, 1)}%)`;
  return presentGoalValue(m.value ?? 0, goal);
}

/**
 * The Progress view: every goal of one student on one screen (the student on the page in the browser tab,
 * or one picked from the caseload), each with the data-collection control its measure needs (correct /
 * incorrect counters or a typed percent, an occurrence counter, a duration timer, a rubric level, a typed
 * value), saved as a goal data point dated today in one tap with Undo, and under it the goal's chart,
 * verdict and reason from the shared progress rules.
 *
 * @example <ProgressView caseload={caseload} tablesLoaded settings={settings} today="2026-12-01" writeRows={w} deleteRows={d} />
 */
export function ProgressView({ caseload, tablesLoaded, settings, today, onScreen = null, writeRows, deleteRows, now = Date.now }: ProgressViewProps) {
  const [picked, setPicked] = useState<string | null>(null);
  const pickId = useId();
  const { students, goals, goalData } = caseload;

  // Every student who could have goals: the students table, then any student ID that only the goals name.
  const choices = useMemo(() => {
    const goalCount = new Map<string, number>();
    for (const g of goals) goalCount.set(g.studentId, (goalCount.get(g.studentId) ?? 0) + 1);
    const known = new Set(students.map((s) => s.studentId));
    const list = students.map((s) => ({ id: s.studentId, name: presentStudentName(s), goals: goalCount.get(s.studentId) ?? 0 }));
    list.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    for (const [id, n] of goalCount) if (!known.has(id)) list.push({ id, name: `Student ${id} (not in the students table)`, goals: n });
    return list;
  }, [students, goals]);

  const onScreenKnown = onScreen !== null && choices.some((c) => c.id === onScreen);
  const studentId = picked ?? (onScreenKnown ? onScreen : null);
  const chosen = choices.find((c) => c.id === studentId);
  const ownGoals = useMemo(() => goals.filter((g) => g.studentId === studentId), [goals, studentId]);
  const pointsOf = useMemo(() => {
    const ids = new Set(ownGoals.map((g) => g.goalId));
    const map = new Map<string, GoalDataPoint[]>();
    for (const p of goalData) {
      if (!ids.has(p.goalId)) continue;
      const list = map.get(p.goalId);
      if (list) list.push(p);
      else map.set(p.goalId, [p]);
    }
    return map;
  }, [goalData, ownGoals]);

  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{chosen ? `Goals of ${chosen.name}` : 'Goals and progress'}</h2>
      {onScreen !== null && !onScreenKnown ? (
        <p className="notice" role="status">
          The student on this page (ID {onScreen}) has no record or goal in your caseload.
        </p>
      ) : null}
      <label htmlFor={pickId}>Student</label>
      <select id={pickId} className="progress-student" value={studentId ?? ''} onChange={(e) => setPicked(e.target.value || null)}>
        <option value="">{choices.length ? 'Pick a student…' : 'No students in your caseload yet'}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {`${c.name} · ${c.id} · ${c.goals === 1 ? '1 goal' : `${c.goals} goals`}`}
          </option>
        ))}
      </select>
      {!tablesLoaded ? (
        <p role="status">Reading the goals…</p>
      ) : studentId === null ? (
        <p className="muted">Open a student of your caseload in your IEP system, or pick one above, to take goal data.</p>
      ) : ownGoals.length === 0 ? (
        <p className="card">No goals are recorded for this student. Add them to the goals table of your caseload (Data tab: import a caseload).</p>
      ) : (
        ownGoals.map((goal) => (
          <GoalCard key={goal.goalId} goal={goal} points={pointsOf.get(goal.goalId) ?? []} settings={settings} today={today} writeRows={writeRows} deleteRows={deleteRows} now={now} />
        ))
      )}
    </section>
  );
}

interface GoalCardProps {
  goal: GoalRecord;
  points: readonly GoalDataPoint[];
  settings: Settings;
  today: IsoDate;
  writeRows: PanelViewProps['writeRows'];
  deleteRows: PanelViewProps['deleteRows'];
  now: () => number;
}

/** One goal: its control, the saved point with Undo, the chart, the verdict and its reason. */
function GoalCard({ goal, points, settings, today, writeRows, deleteRows, now }: GoalCardProps) {
  const [phaseChange, setPhaseChange] = useState(false);
  const [last, setLast] = useState<{ pointId: string; text: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const changeId = useId();
  const progress = useMemo(() => evaluateGoal(goal, points, { settings, today }), [goal, points, settings, today]);
  const chart = useMemo(() => goalChartSvg(goalChartData(progress), { width: 340, id: goal.goalId }), [progress, goal.goalId]);
  const style = VERDICT_STYLES[progress.verdict];

  const save = async (m: Measurement): Promise<boolean> => {
    const point: GoalDataPoint = {
      pointId: newRowId(tableSpec('goalData').idPrefix ?? 'pt'),
      studentId: goal.studentId,
      goalId: goal.goalId,
      date: today,
      ...m,
      ...(phaseChange ? { phaseChange: true } : {}),
    };
    setBusy(true);
    setError(null);
    try {
      await writeRows('goalData', [point]);
      const text = `Saved ${describe(m, goal)} for today${phaseChange ? ', marked as a change in instruction' : ''}.`;
      setLast({ pointId: point.pointId, text });
      setMessage(text);
      setPhaseChange(false);
      return true;
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const undo = async () => {
    if (!last) return;
    setBusy(true);
    setError(null);
    try {
      await deleteRows('goalData', [last.pointId]);
      setLast(null);
      setMessage('The point was removed.');
    } catch (e) {
      setError(`Not removed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const target = goal.target !== undefined ? presentGoalValue(goal.target, goal) : null;
  return (
    <article className="card progress-goal" aria-labelledby={headingId}>
      <h3 id={headingId}>{goal.area ?? 'Goal'}</h3>
      <p className="progress-goal-text">{goal.goal}</p>
      <p className="muted progress-goal-meta">
        {goal.baseline !== undefined ? `From ${presentGoalValue(goal.baseline, goal)}` : 'No baseline'}
        {target ? ` to ${target}${goal.targetDate ? ` by ${presentDate(goal.targetDate)}` : ''}` : ''} · {progress.ruleLabel}
      </p>
      <div className="progress-control" role="group" aria-label={`Take data: ${goal.area ?? goal.goal}`}>
        <Control goal={goal} busy={busy} onSave={save} now={now} />
        <label className="check" htmlFor={changeId}>
          <input id={changeId} type="checkbox" checked={phaseChange} onChange={(e) => setPhaseChange(e.target.checked)} />
          <span>Instruction changed today (the trend starts again from the next point saved)</span>
        </label>
        {message ? (
          <p className="message actions" role="status">
            <span>{message}</span>
            {last ? (
              <button type="button" disabled={busy} onClick={() => void undo()}>
                Undo
              </button>
            ) : null}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
      </div>
      <figure className="progress-chart">
        <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`} alt="" width={chart.width} height={chart.height} />
        <figcaption className="visually-hidden">{chart.summary}</figcaption>
      </figure>
      <p className="progress-verdict">
        <span className="badge" style={{ background: style.background, color: style.text, borderColor: style.text }}>
          {style.label}
        </span>{' '}
        <span>{sentence(progress.reason)}</span>
      </p>
      {progress.problems.length ? (
        <details>
          <summary>{progress.problems.length === 1 ? '1 data point not counted' : `${progress.problems.length} data points not counted`}</summary>
          <ul className="problems">
            {progress.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <details>
        <summary>For the progress report</summary>
        <p>{progress.reportSentence}</p>
      </details>
    </article>
  );
}

interface ControlProps {
  goal: GoalRecord;
  busy: boolean;
  /** Saves the measurement as today's point; true once saved. */
  onSave(m: Measurement): Promise<boolean>;
  now: () => number;
}

/** The control that fits the goal's measure. */
function Control({ goal, busy, onSave, now }: ControlProps) {
  switch (goal.measure) {
    case 'percent':
      return (
        <>
          <CorrectCounter busy={busy} onSave={onSave} />
          <NumberEntry label="Or type a percent" min={0} max={100} busy={busy} onSave={onSave} />
        </>
      );
    case 'count':
      return <OccurrenceCounter goal={goal} busy={busy} onSave={onSave} />;
    case 'duration':
      return (
        <>
          <DurationTimer busy={busy} onSave={onSave} now={now} />
          <NumberEntry label="Or type minutes" min={0} busy={busy} onSave={onSave} />
        </>
      );
    case 'rubric':
      return <RubricPicker goal={goal} busy={busy} onSave={onSave} />;
    default:
      return <NumberEntry label={`Value${goal.unit ? ` (${goal.unit})` : goal.measure === 'rate' ? ' (per minute)' : ''}`} busy={busy} onSave={onSave} />;
  }
}

type SaveProps = Pick<ControlProps, 'busy' | 'onSave'>;

/** Correct / incorrect tallies, saved as correct out of trials. */
function CorrectCounter({ busy, onSave }: SaveProps) {
  // Every tap in order, so "Take back a tap" undoes the last one whichever it was.
  const [taps, setTaps] = useState<readonly boolean[]>([]);
  const correct = taps.filter(Boolean).length;
  const trials = taps.length;
  const save = async () => {
    if (await onSave({ correct, trials })) setTaps([]);
  };
  return (
    <div className="progress-tally">
      <div className="actions">
        <button type="button" className="tap" onClick={() => setTaps((t) => [...t, true])}>
          ✓ Correct
        </button>
        <button type="button" className="tap" onClick={() => setTaps((t) => [...t, false])}>
          ✗ Incorrect
        </button>
        <button type="button" disabled={trials === 0} onClick={() => setTaps((t) => t.slice(0, -1))}>
          Take back a tap
        </button>
      </div>
      <p className="actions">
        <output aria-live="polite">{trials ? `${correct} of ${trials} correct (${formatNumber((correct / trials) * 100, 1)}%)` : 'No trials yet'}</output>
        <button type="button" disabled={busy || trials === 0} onClick={() => void save()}>
          Save point
        </button>
      </p>
    </div>
  );
}

/** An occurrence tally (outbursts, call-outs …), saved as the count. */
function OccurrenceCounter({ goal, busy, onSave }: SaveProps & { goal: GoalRecord }) {
  const [count, setCount] = useState(0);
  const save = async () => {
    if (await onSave({ value: count })) setCount(0);
  };
  return (
    <div className="progress-tally">
      <div className="actions">
        <button type="button" className="tap" onClick={() => setCount((n) => n + 1)}>
          +1 occurrence
        </button>
        <button type="button" disabled={count === 0} onClick={() => setCount((n) => Math.max(0, n - 1))}>
          Take back a tap
        </button>
      </div>
      <p className="actions">
        <output aria-live="polite">{presentGoalValue(count, goal.unit ? goal : { measure: 'count', unit: count === 1 ? 'occurrence' : 'occurrences' })}</output>
        <button type="button" disabled={busy} onClick={() => void save()}>
          Save point
        </button>
      </p>
    </div>
  );
}

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** A start/stop timer; stopping saves the minutes (to a tenth). */
function DurationTimer({ busy, onSave, now }: SaveProps & { now: () => number }) {
  const [started, setStarted] = useState<number | null>(null);
  const [, tick] = useState(0);
  useEffect(() => {
    if (started === null) return;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [started]);
  const stop = async () => {
    if (started === null) return;
    const minutes = Math.round(Math.max(0, now() - started) / 6000) / 10;
    if (await onSave({ value: minutes })) setStarted(null);
  };
  return (
    <p className="actions progress-tally">
      {started === null ? (
        <button type="button" className="tap" onClick={() => setStarted(now())}>
          ▶ Start timer
        </button>
      ) : (
        <>
          <button type="button" className="tap" disabled={busy} onClick={() => void stop()}>
            ■ Stop and save
          </button>
          <output aria-live="off">{clock(now() - started)}</output>
          <button type="button" onClick={() => setStarted(null)}>
            Cancel
          </button>
        </>
      )}
    </p>
  );
}

/** Rubric levels as buttons (1–4, or up to the goal's target); a tap saves the level. */
function RubricPicker({ goal, busy, onSave }: SaveProps & { goal: GoalRecord }) {
  const top = Math.min(10, Math.max(4, Math.ceil(goal.target ?? 4)));
  return (
    <div className="actions" role="group" aria-label="Level observed (a tap saves it)">
      <span>Level:</span>
      {Array.from({ length: top }, (_, i) => i + 1).map((level) => (
        <button key={level} type="button" className="tap" aria-label={`Save level ${level}`} disabled={busy} onClick={() => void onSave({ value: level })}>
          {level}
        </button>
      ))}
    </div>
  );
}

/** A typed number (percent, minutes, a rate …). */
function NumberEntry({ label, min, max, busy, onSave }: SaveProps & { label: string; min?: number; max?: number }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const save = async () => {
    const value = Number(text.trim().replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(value)) return setProblem('Type a number.');
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      return setProblem(`Type a number${min !== undefined ? ` from ${min}` : ''}${max !== undefined ? ` to ${max}` : ''}.`);
    }
    setProblem(null);
    if (await onSave({ value })) setText('');
  };
  return (
    <form
      className="progress-entry"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id}>{label}</label>
      <span className="actions">
        <input id={id} inputMode="decimal" size={8} value={text} aria-invalid={problem ? true : undefined} onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={busy}>
          Save
        </button>
      </span>
      {problem ? (
        <span role="alert" className="error">
          {problem}
        </span>
      ) : null}
    </form>
  );
}

/**
 * The student ID on the page in the browser tab, when Casekeeper may read that site (it never asks for
 * access here: the "This student" tab does). Read again when the tab changes, loads, or a single-page
 * system moves to another student.
 */
function useStudentOnScreen(taught: TaughtSites): string | null {
  const [id, setId] = useState<string | null>(null);
  useReadableTab(async (tab, isLive) => {
    const found = tab ? (await readTab(tab.id, taught[new URL(tab.url).origin])).reading.fields.studentId?.trim() || null : null;
    if (isLive()) setId(found);
  }, [taught]);
  return id;
}

/** The Progress view in the panel's view registry: the student on screen, else one picked. */
export function ProgressPanelView(p: PanelViewProps) {
  const onScreen = useStudentOnScreen(p.panel.taught);
  return <ProgressView caseload={p.caseload} tablesLoaded={p.tablesLoaded} settings={p.settings} today={p.today} onScreen={onScreen} writeRows={p.writeRows} deleteRows={p.deleteRows} />;
}
