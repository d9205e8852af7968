import {
  type IsoDate,
  planWorkload,
  presentDate,
  presentStudentName,
  Settings,
  WORK_KIND_INFO,
  type WorkloadPlan,
  type WorkloadWeek,
} from '../../shared/index.ts';
import { type CliIo, paint, UsageError } from '../io.ts';
import { dateFlag, localToday, parseFlags, readText, settingsFrom } from '../options.ts';
import { loadCaseloadData } from './load-caseload.ts';

const USAGE =
  'Usage: casekeeper workload --data FOLDER-OR-ZIP [--calendar FILE] [--today DATE] [--weeks N] [--capacity HOURS] [--report-dates DATE,DATE…] [--case-manager NAME] [--state XX] [--settings FILE.json] [--format table|json]';

/** Width of the longest bar in the terminal. */
const BAR_WIDTH = 40;

/**
 * `casekeeper workload --data PATH`: hours of case-management work per school week against capacity, the
 * weeks over capacity, and suggested moves that level them.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(
    args,
    {
      data: { type: 'string' },
      calendar: { type: 'string' },
      state: { type: 'string' },
      today: { type: 'string' },
      weeks: { type: 'string' },
      capacity: { type: 'string' },
      'report-dates': { type: 'string' },
      'case-manager': { type: 'string' },
      settings: { type: 'string' },
      format: { type: 'string', default: 'table' },
    },
    USAGE,
  );
  const format = values.format;
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json.\n${USAGE}`);
  if (values.data === undefined) throw new UsageError(`Name the caseload: --data FOLDER-OR-ZIP.\n${USAGE}`);
  const weeks = numberFlag(values.weeks, 'weeks', 1, 52, true);
  const capacity = numberFlag(values.capacity, 'capacity', 0, 80, false);
  const base = settingsFrom(values);
  const reportDates = (values['report-dates'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => dateFlag(s, 'report-dates') as IsoDate);
  const settings = settingsWith(values.settings, {
    ...(values.state !== undefined ? { state: base.state } : {}),
    ...(base.calendar ? { calendar: base.calendar } : {}),
    ...(reportDates.length ? { progressReportDates: reportDates } : {}),
  });
  const today = dateFlag(values.today, 'today') ?? localToday();
  const loaded = loadCaseloadData(values.data);
  const plan = planWorkload(loaded.caseload, {
    settings,
    today,
    ...(weeks !== undefined ? { weeks } : {}),
    ...(capacity !== undefined ? { capacityHours: capacity } : {}),
    ...(values['case-manager'] ? { caseManager: values['case-manager'] } : {}),
  });
  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          weeks: plan.before.weeks.map((w) => ({ weekStart: w.weekStart, hours: w.hours, capacityHours: w.capacityHours, items: w.items })),
          overloaded: plan.before.overloaded,
          moves: plan.moves.map(({ studentId, kind, dueDate, from, to, reason }) => ({ studentId, kind, dueDate, from, to, reason })),
          peakBefore: plan.peakBefore,
          peakAfter: plan.peakAfter,
        },
        null,
        2,
      ),
    );
  } else {
    printTable(io, plan, today, new Map(loaded.caseload.students.map((s) => [s.studentId, presentStudentName(s)])));
    if (loaded.problems.length) io.err(`${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} in the caseload files: run "casekeeper check --data ${loaded.source}" to see them.`);
  }
  for (const note of plan.notes) io.err(note);
  for (const p of plan.problems) io.err(`${p.studentId}: ${p.problem}`);
  return 0;
}

/** The settings file (JSON, the `Settings` shape: workload effort, capacity, caps …), with the flags on top. */
function settingsWith(path: string | undefined, flags: Record<string, unknown>): Settings {
  let file: unknown = {};
  if (path !== undefined) {
    try {
      file = JSON.parse(readText(path, 'settings file'));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${path}: this is not a JSON file (${(error as Error).message}).`);
    }
    if (typeof file !== 'object' || file === null || Array.isArray(file)) throw new UsageError(`${path}: the settings must be a JSON object.`);
  }
  const parsed = Settings.safeParse({ ...(file as object), ...flags });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${path ?? 'settings'}: ${issue?.path.join('.') || 'settings'}: ${issue?.message ?? 'not valid'}.`);
  }
  return parsed.data;
}

function numberFlag(value: string | undefined, flag: string, min: number, max: number, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${flag} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}.\n${USAGE}`);
  }
  return n;
}

/** One week's bar: filled up to the hours, the capacity marked with "|"; plain text. */
export function weekBar(week: Pick<WorkloadWeek, 'hours' | 'capacityHours'>, scale: number): string {
  const cells = (h: number) => (scale <= 0 ? 0 : Math.round((h / scale) * BAR_WIDTH));
  const filled = cells(week.hours);
  const cap = cells(week.capacityHours);
  let bar = '';
  for (let i = 0; i < Math.max(filled, cap + 1); i++) {
    if (i === cap) bar += '|';
    else bar += i < filled ? (i < cap ? '█' : '▒') : ' ';
  }
  return bar.trimEnd();
}

function printTable(io: CliIo, plan: WorkloadPlan, today: IsoDate, names: Map<string, string>): void {
  const weeks = plan.before.weeks;
  const scale = Math.max(1, ...weeks.map((w) => Math.max(w.hours, w.capacityHours)));
  const who = plan.caseManagers.length > 1 ? ` for ${plan.caseManagers.length} case managers` : '';
  io.out(`Workload as of ${presentDate(today)}${who}: ${plan.capacityHours} h of case-management time in a full school week`);
  io.out('█ work within capacity   ▒ work over capacity   | capacity (short weeks get their share)');
  io.out(paint(io, 'bold', `${'Week of'.padEnd(11)} ${'Hours'.padStart(6)} ${'Capacity'.padStart(8)}`));
  const over = new Set(plan.before.overloaded);
  for (const w of weeks) {
    const line = `${presentDate(w.weekStart).padEnd(11)} ${w.hours.toFixed(1).padStart(6)} ${w.capacityHours.toFixed(1).padStart(8)}  ${w.schoolDays === 0 ? 'no school' : weekBar(w, scale)}${over.has(w.weekStart) ? '  OVER' : ''}`;
    io.out(over.has(w.weekStart) ? paint(io, ['bold', 'red'], line) : w.schoolDays === 0 ? paint(io, 'gray', line) : line);
  }
  io.out('');
  io.out(`Busiest week: ${plan.peakBefore} h${plan.moves.length ? `; with the moves below: ${plan.peakAfter} h` : ''}.`);
  if (over.size === 0) io.out('No week is over capacity.');
  for (const w of weeks.filter((x) => over.has(x.weekStart))) {
    io.out(paint(io, 'bold', `\nWeek of ${presentDate(w.weekStart)}: ${w.hours} h for ${w.capacityHours} h`));
    for (const item of w.items.slice(0, 8)) {
      const when = item.kind === 'make-up-minutes' ? 'owed now' : item.kind === 'service-minutes' ? 'this week' : `due ${presentDate(item.dueDate)}`;
      io.out(`  ${item.hours.toFixed(2).padStart(5)} h  ${item.title} · ${item.studentId} ${names.get(item.studentId) ?? ''} (${when})`);
    }
    if (w.items.length > 8) io.out(`  … and ${w.items.length - 8} more`);
  }
  io.out(paint(io, 'bold', '\nCaseloads:'));
  for (const load of plan.caseloads) {
    const cap = load.cap ? `; cap ${load.cap.maxStudents} (${load.cap.title}, ${load.cap.citation})${load.overCap ? ' OVER' : ''}` : '; no cap applied (no caseload type set)';
    const left = load.leftStudentIds.length ? ` (not counted, have left: ${load.leftStudentIds.join(', ')})` : '';
    io.out(`  ${load.caseManager}: ${load.students} student${load.students === 1 ? '' : 's'}${left}, weighted ${load.weightedStudents} (${load.serviceMinutesPerWeek} service min a week, ${load.upcomingHours} h of work ahead)${cap}`);
    for (const note of load.notes) io.out(`    ${note}`);
  }
  if (plan.moves.length) {
    io.out(paint(io, 'bold', `\nSuggested moves (${plan.moves.length}):`));
    for (const m of plan.moves) {
      io.out(`  ${m.studentId} ${names.get(m.studentId) ?? ''}: ${WORK_KIND_INFO[m.kind].title}, ${presentDate(m.from)} → ${presentDate(m.to)}. ${m.reason}`);
    }
  } else if (over.size) {
    io.out('\nNo move helps: the work over capacity is fixed (scheduled meetings, evaluations, overdue work) or every earlier week is full.');
  }
}
