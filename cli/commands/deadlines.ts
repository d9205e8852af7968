import Papa from 'papaparse';
import {
  presentDatesInText,
  presentSchoolDaysLeft,
  caseloadRoster,
  computeCaseloadDeadlines,
  type Deadline,
  type DeadlineStatus,
  presentDate,
  presentStudentName,
  type RosterEntry,
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

/**
 * `casekeeper deadlines`: every student's open deadlines, most urgent first, then every other row of the
 * input (students with nothing open, rows that could not be read), each student's problems beside them,
 * with a legend and numbered notes under the table.
 */
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
  const roster = caseloadRoster({ students: caseload.students, rows: loaded.rowNumbers.students ?? [], problems: importProblems }, { deadlines, problems });
  const names = new Map(caseload.students.map((s) => [s.studentId, presentStudentName(s, settings.studentNames ?? 'full')]));
  const byStudent = new Map<string, Deadline[]>();
  for (const d of deadlines) byStudent.set(d.studentId, [...(byStudent.get(d.studentId) ?? []), d]);
  const checks = caseload.students.flatMap((s) => sanityCheckStudent(s, today, { deadlines: byStudent.get(s.studentId) ?? [], settings }));
  const checksOf = (d: Deadline) => checks.filter((c) => c.studentId === d.studentId && c.kind === d.kind).map((c) => [c.message, c.advice ?? ''].join(' ').trim());
  const studentChecks = (id: string) => checks.filter((c) => c.studentId === id && c.field !== 'dueDate').map((c) => c.message);
  if (format === 'json') {
    io.out(JSON.stringify({ today, deadlines, problems, importProblems, checks, students: roster }, null, 2));
  } else if (format === 'csv') {
    const problemsOf = new Map(roster.filter((e) => e.studentId !== undefined && e.read).map((e) => [e.studentId as string, e.problems.join(' ')]));
    const first = new Set<string>();
    io.out(
      Papa.unparse(
        [
          ...deadlines.map((d) => {
            const once = !first.has(d.studentId);
            first.add(d.studentId);
            return {
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
              Checks: once ? studentChecks(d.studentId).join(' ') : '',
              Problems: once ? (problemsOf.get(d.studentId) ?? '') : '',
            };
          }),
          ...roster
            .filter((e) => !e.read || e.open === 0)
            .map((e) => ({
              'Student ID': e.studentId ?? '',
              Student: e.read ? (names.get(e.studentId ?? '') ?? e.name) : `Row ${e.row ?? '?'} (not read)`,
              Deadline: '',
              'Due Date': '',
              'Days Left': '',
              'School Days Left': '',
              Status: rosterStatus(e),
              'Schedule By': '',
              Citation: '',
              Warnings: '',
              Checks: e.studentId !== undefined && e.read ? studentChecks(e.studentId).join(' ') : '',
              Problems: e.problems.join(' '),
            })),
        ],
        { newline: '\n' },
      ),
    );
  } else {
    printTable(io, { deadlines, roster, names, today, checks, settings });
    const other = importProblems.filter((p) => p.table !== 'students').length;
    if (other) io.err(`${other} problem${other === 1 ? '' : 's'} in the caseload's other tables: run "casekeeper check ${values.data ? `--data ${loaded.source}` : loaded.source}" to see them.`);
  }
  return 0;
}

/** The status words of a row with no open deadline. */
function rosterStatus(entry: RosterEntry): string {
  if (!entry.read) return 'Not read';
  return entry.problems.length ? 'Check' : 'Nothing open';
}

/** One note under the table: whose, about what, and the text. */
interface Note {
  who: string;
  text: string;
}

interface TableInput {
  deadlines: readonly Deadline[];
  roster: readonly RosterEntry[];
  names: Map<string, string>;
  today: string;
  checks: readonly SanityWarning[];
  settings: Settings;
}

function printTable(io: CliIo, { deadlines, roster, names, today, checks, settings }: TableInput): void {
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
  const mark = (numbers: number[]) => (numbers.length ? ` ⚠ ${numbers.join(',')}` : '');
  const header = ['Status', 'Due', 'Days', 'School days', 'Deadline', 'Student', 'Why', 'Problems'];
  const problemsOf = new Map(roster.filter((e) => e.read && e.studentId !== undefined).map((e) => [e.studentId as string, e.problems.join(' ')]));
  const shown = new Set<string>();
  const noCount = new Set<string>();
  const schoolDaysCell = (d: Deadline): string => {
    if (d.schoolDaysLeft !== null) return String(d.schoolDaysLeft);
    const { text, reason } = presentSchoolDaysLeft(d, settings);
    if (reason) noCount.add(reason);
    return text;
  };
  const rows = deadlines.map((d) => {
    const numbers = [
      ...d.warnings.map((w) => noteFor({ who: `${who(d.studentId)}, ${d.title}`, text: presentDatesInText(w, style) })),
      ...checks.filter((c) => c.studentId === d.studentId && c.kind === d.kind).map((c) => noteFor({ who: `${who(d.studentId)}, ${d.title}`, text: c.message })),
    ];
    const first = !shown.has(d.studentId);
    shown.add(d.studentId);
    return [
      STATUS_STYLES[d.status].label,
      presentDate(d.dueDate, style),
      String(d.daysLeft),
      schoolDaysCell(d),
      d.title,
      `${who(d.studentId)}${first ? mark(studentNotes.get(d.studentId) ?? []) : ''}`,
      `${d.basis.citation}${mark(numbers)}`,
      first ? (problemsOf.get(d.studentId) ?? '') : '',
    ];
  });
  const others = roster.filter((e) => !e.read || e.open === 0);
  const otherRows = others.map((e) => [
    rosterStatus(e),
    '',
    '',
    '',
    '',
    e.read ? `${who(e.studentId ?? '')}${mark(studentNotes.get(e.studentId ?? '') ?? [])}` : `row ${e.row ?? '?'} (not read)`,
    '',
    e.problems.join(' '),
  ]);
  const all = [...rows, ...otherRows];
  const widths = header.map((h, i) => Math.max(h.length, ...all.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  const read = roster.filter((e) => e.read).length;
  const unread = roster.length - read;
  const withProblems = roster.filter((e) => e.problems.length > 0).length;
  io.out(
    `Deadlines as of ${presentDate(today, style)}: ${deadlines.length} open for ${read} student${read === 1 ? '' : 's'}` +
      `${withProblems ? `; ${withProblems} row${withProblems === 1 ? '' : 's'} with problems (beside them)` : ''}` +
      `${unread ? `; ${unread} row${unread === 1 ? '' : 's'} could not be read` : ''}`,
  );
  io.out(paint(io, 'bold', line(header)));
  rows.forEach((r, i) => io.out(paint(io, STATUS_FORMAT[(deadlines[i] as Deadline).status], line(r))));
  otherRows.forEach((r, i) => io.out(paint(io, (others[i] as RosterEntry).read && !(others[i] as RosterEntry).problems.length ? 'gray' : ['bold', 'red'], line(r))));
  io.out('');
  for (const legend of legendLines(settings)) io.out(paint(io, 'dim', legend));
  for (const reason of noCount) io.out(paint(io, 'dim', `School days —: ${reason}.`));
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
    'Problems: what kept a date from being computed or a row from being read; Nothing open / Check / Not read: rows with no open deadline.',
  ];
}
