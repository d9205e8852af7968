import {
  DecisionRuleName,
  evaluateGoals,
  formatSlope,
  type GoalProgress,
  type ProgressVerdict,
  type NameStyle,
  presentDate,
  type Settings,
  presentStudentName,
  type StudentRecord,
  unmatchedGoalData,
  VERDICT_STYLES,
} from '../../shared/index.ts';
import { type CliIo, paint, UsageError } from '../io.ts';
import { dateFlag, localToday, parseFlags, SETTING_FLAGS, settingsFrom } from '../options.ts';
import { type LoadedCaseload, loadCaseloadData } from './load-caseload.ts';

const USAGE = 'Usage: casekeeper progress --data PATH [--today DATE] [--rule four-point|trend|three-point] [--format table|json] [--setting NAME=VALUE] [--settings FILE]';

const VERDICT_FORMAT: Record<ProgressVerdict, Parameters<typeof paint>[1]> = {
  'change-instruction': ['bold', 'red'],
  'insufficient-data': ['bold', 'yellow'],
  'raise-goal': 'yellow',
  'on-track': 'reset',
};

/** Reads the caseload a `--data` path names (a folder of CSV files or a .zip), with its problems. */
export type CaseloadLoader = (path: string) => Pick<LoadedCaseload, 'caseload' | 'problems' | 'source'>;

/** `casekeeper progress --data PATH`: every goal's decision-rule verdict, one row per goal. */
export async function run(args: string[], io: CliIo): Promise<number> {
  return runProgress(args, io, loadCaseloadData);
}

/** The progress command with the caseload loader given (tests pass a caseload in memory). */
export async function runProgress(args: string[], io: CliIo, load: CaseloadLoader): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      data: { type: 'string' },
      today: { type: 'string' },
      rule: { type: 'string' },
      format: { type: 'string', default: 'table' },
      ...SETTING_FLAGS,
    },
    USAGE,
  );
  if (positionals.length) throw new UsageError(`Name the caseload with --data, not "${positionals[0]}".\n${USAGE}`);
  if (!values.data) throw new UsageError(`Name the caseload with --data (a folder of CSV files or a .zip).\n${USAGE}`);
  const format = values.format;
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json.\n${USAGE}`);
  let rule: DecisionRuleName | undefined;
  if (values.rule !== undefined) {
    const parsed = DecisionRuleName.safeParse(values.rule.trim().toLowerCase());
    if (!parsed.success) throw new UsageError(`--rule must be four-point, trend or three-point, not "${values.rule}".\n${USAGE}`);
    rule = parsed.data;
  }
  const today = dateFlag(values.today, 'today') ?? localToday();
  const settings = settingsFrom(values);
  const loaded = load(values.data);
  const { caseload } = loaded;
  const results = evaluateGoals(caseload, { settings, today, rule });
  if (format === 'json') {
    io.out(
      JSON.stringify(
        results.map((r) => ({
          studentId: r.studentId,
          goalId: r.goalId,
          rule: r.rule,
          verdict: r.verdict,
          points: r.points,
          trendPerWeek: r.trendPerWeek,
          aimPerWeek: r.aimPerWeek,
          reason: r.reason,
          reportSentence: r.reportSentence,
        })),
        null,
        2,
      ),
    );
  } else {
    printTable(io, results, caseload.students, today, settings);
  }
  for (const r of results) for (const problem of r.problems) io.err(`${r.studentId}, ${r.goal.area ?? 'goal'} (${r.goalId}): ${problem}`);
  for (const p of unmatchedGoalData(caseload)) io.err(p.problem);
  const skipped = loaded.problems.length;
  if (skipped) io.err(`${skipped} problem${skipped === 1 ? '' : 's'} in the data: run "casekeeper check --data ${loaded.source}" to see them.`);
  return 0;
}

const perWeek = (n: number | null) => (n === null ? '' : `${n > 0 ? '+' : ''}${formatSlope(n)}`);

function printTable(io: CliIo, results: readonly GoalProgress[], students: readonly StudentRecord[], today: string, settings: Settings): void {
  const nameStyle: NameStyle = settings.studentNames ?? 'full';
  const names = new Map(students.map((s) => [s.studentId, presentStudentName(s, nameStyle)]));
  const header = ['Verdict', 'Student', 'Goal', 'Rule', 'Points', 'Trend/week', 'Aim/week', 'Why'];
  const rows = results.map((r) => [
    VERDICT_STYLES[r.verdict].label,
    names.get(r.studentId) ?? `${r.studentId} (not in the students table)`,
    clip(r.goal.area ?? r.goal.goal, 32),
    r.ruleLabel,
    String(r.points),
    perWeek(r.trendPerWeek),
    perWeek(r.aimPerWeek),
    r.reason,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  const counts = (['change-instruction', 'insufficient-data', 'raise-goal', 'on-track'] as const)
    .map((v) => [v, results.filter((r) => r.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${VERDICT_STYLES[v].label.toLowerCase()}`);
  io.out(`Goal progress as of ${presentDate(today, settings.dateStyle)}: ${results.length} goal${results.length === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}`);
  io.out(paint(io, 'bold', line(header)));
  rows.forEach((row, i) => io.out(paint(io, VERDICT_FORMAT[(results[i] as GoalProgress).verdict], line(row))));
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
