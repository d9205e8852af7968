import Papa from 'papaparse';
import {
  computeCaseloadDeadlines,
  type Deadline,
  type DeadlineStatus,
  presentDate,
  presentStudentName,
  sanityCheckStudent,
  type SanityWarning,
  type Settings,
  STATUS_STYLES,
} from '../../shared/index.ts';
import { type CliIo, paint, UsageError } from '../io.ts';
import { dateFlag, localToday, parseFlags, SETTING_FLAGS, settingsFrom } from '../options.ts';
import { loadCaseloadInput } from './load-caseload.ts';

const USAGE = 'Usage: casekeeper deadlines (--data FOLDER-OR-ZIP | <students.csv>) [--state XX] [--calendar FILE] [--today DATE] [--format table|json|csv] [--setting NAME=VALUE] [--settings FILE]';

const STATUS_FORMAT: Record<DeadlineStatus, Parameters<typeof paint>[1]> = {
  overdue: ['bold', 'red'],
  urgent: ['bold', 'yellow'],
  soon: 'yellow',
  upcoming: 'reset',
  done: 'gray',
};

/** `casekeeper deadlines <caseload.csv>`: every student's open deadlines, most urgent first. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      data: { type: 'string' },
      state: { type: 'string' },
      calendar: { type: 'string' },
      today: { type: 'string' },
      format: { type: 'string', default: 'table' },
      ...SETTING_FLAGS,
    },
    USAGE,
  );
  const format = values.format;
  if (format !== 'table' && format !== 'json' && format !== 'csv') throw new UsageError(`--format must be table, json or csv.\n${USAGE}`);
  const settings = settingsFrom(values);
  const today = dateFlag(values.today, 'today') ?? localToday();
  const loaded = loadCaseloadInput(values.data, positionals[0], USAGE);
  const { caseload, problems: importProblems } = loaded;
  const { deadlines, problems } = computeCaseloadDeadlines(caseload, settings, today);
  const names = new Map(caseload.students.map((s) => [s.studentId, presentStudentName(s, settings.studentNames ?? 'full')]));
  const byStudent = new Map<string, Deadline[]>();
  for (const d of deadlines) byStudent.set(d.studentId, [...(byStudent.get(d.studentId) ?? []), d]);
  const checks = caseload.students.flatMap((s) => sanityCheckStudent(s, today, { deadlines: byStudent.get(s.studentId) ?? [], settings }));
  const checksOf = (d: Deadline) => checks.filter((c) => c.studentId === d.studentId && c.kind === d.kind).map((c) => [c.message, c.advice ?? ''].join(' ').trim());
  const studentChecks = (id: string) => checks.filter((c) => c.studentId === id && c.field !== 'dueDate').map((c) => c.message);
  if (format === 'json') {
    io.out(JSON.stringify({ today, deadlines, problems, importProblems, checks }, null, 2));
  } else if (format === 'csv') {
    io.out(
      Papa.unparse(
        deadlines.map((d) => ({
          'Student ID': d.studentId,
          Student: names.get(d.studentId) ?? '',
          Deadline: d.title,
          'Due Date': d.dueDate,
          'Days Left': d.daysLeft,
          'School Days Left': d.schoolDaysLeft ?? '',
          Status: STATUS_STYLES[d.status].label,
          'Schedule By': d.scheduleBy ?? '',
          Citation: d.basis.citation,
          Warnings: [...d.warnings, ...checksOf(d)].join(' '),
          Checks: studentChecks(d.studentId).join(' '),
        })),
        { newline: '\n' },
      ),
    );
  } else {
    printTable(io, deadlines, names, today, checks, settings);
    const skipped = importProblems.length;
    if (skipped) io.err(`${skipped} problem${skipped === 1 ? '' : 's'} in the CSV: run "casekeeper check ${values.data ? `--data ${loaded.source}` : loaded.source}" to see them.`);
    for (const p of problems) io.err(`${p.studentId}: ${p.problem}`);
  }
  return 0;
}

/** One note under the table: whose, about what, and the text. */
interface Note {
  who: string;
  text: string;
}

function printTable(io: CliIo, deadlines: readonly Deadline[], names: Map<string, string>, today: string, checks: readonly SanityWarning[], settings: Settings): void {
  const style = settings.dateStyle;
  const notes: Note[] = [];
  const who = (id: string) => `${id} ${names.get(id) ?? ''}`.trim();
  const noteFor = (n: Note) => {
    notes.push(n);
    return notes.length;
  };
  // Checks on a student's record are numbered once, beside the student's first row.
  const studentNotes = new Map<string, number[]>();
  for (const c of checks) {
    if (c.field === 'dueDate') continue;
    const list = studentNotes.get(c.studentId) ?? [];
    list.push(noteFor({ who: who(c.studentId), text: c.message }));
    studentNotes.set(c.studentId, list);
  }
  const shownStudents = new Set<string>();
  const mark = (numbers: number[]) => (numbers.length ? ` ⚠ ${numbers.join(',')}` : '');
  const header = ['Status', 'Due', 'Days', 'School days', 'Deadline', 'Student', 'Why'];
  const rows = deadlines.map((d) => {
    const numbers = [
      ...d.warnings.map((w) => noteFor({ who: `${who(d.studentId)}, ${d.title}`, text: w })),
      ...checks.filter((c) => c.studentId === d.studentId && c.kind === d.kind).map((c) => noteFor({ who: `${who(d.studentId)}, ${d.title}`, text: c.message })),
    ];
    const first = !shownStudents.has(d.studentId);
    shownStudents.add(d.studentId);
    return [
      STATUS_STYLES[d.status].label,
      presentDate(d.dueDate, style),
      String(d.daysLeft),
      d.schoolDaysLeft === null ? '' : String(d.schoolDaysLeft),
      d.title,
      `${who(d.studentId)}${first ? mark(studentNotes.get(d.studentId) ?? []) : ''}`,
      `${d.basis.citation}${mark(numbers)}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  io.out(`Deadlines as of ${presentDate(today, style)}: ${deadlines.length} open`);
  io.out(paint(io, 'bold', line(header)));
  rows.forEach((r, i) => io.out(paint(io, STATUS_FORMAT[(deadlines[i] as Deadline).status], line(r))));
  io.out('');
  for (const legend of legendLines(settings)) io.out(paint(io, 'dim', legend));
  if (notes.length) {
    io.out('');
    io.out(paint(io, 'bold', 'Notes:'));
    notes.forEach((n, i) => io.out(`  ${i + 1}. ${n.who}: ${n.text}`));
    for (const advice of new Set(checks.map((c) => c.advice).filter((a): a is string => Boolean(a)))) io.out(`  ${advice}`);
  }
}

/** What the table's words and marks mean, with this run's thresholds. */
function legendLines(settings: Settings): string[] {
  return [
    `Status: Overdue = the due date has passed; Urgent = due within ${settings.urgentDays} days; Soon = within ${settings.soonDays} days; Upcoming = later.`,
    'Days: calendar days left (negative: days overdue). School days: school days left, when the school calendar covers the due date.',
    'Why: the rule the date comes from. ⚠ N: read note N below (a disagreement, a caution, or a date to check).',
  ];
}
