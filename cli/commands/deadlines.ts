import Papa from 'papaparse';
import { caseloadRoster, computeCaseloadDeadlines, type Deadline, type DeadlineStatus, presentStudentName, type RosterEntry, STATUS_STYLES } from '../../shared/index.ts';
import { type CliIo, paint, UsageError } from '../io.ts';
import { dateFlag, localToday, parseFlags, settingsFrom } from '../options.ts';
import { loadCaseloadInput } from './load-caseload.ts';

const USAGE = 'Usage: casekeeper deadlines (--data FOLDER-OR-ZIP | <students.csv>) [--state XX] [--calendar FILE] [--today DATE] [--format table|json|csv]';

const STATUS_FORMAT: Record<DeadlineStatus, Parameters<typeof paint>[1]> = {
  overdue: ['bold', 'red'],
  urgent: ['bold', 'yellow'],
  soon: 'yellow',
  upcoming: 'reset',
  done: 'gray',
};

/**
 * `casekeeper deadlines <caseload.csv>`: every student's open deadlines, most urgent first, then every
 * other row of the file (students with nothing open, rows that could not be read), each student's
 * problems beside them.
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
  const names = new Map(caseload.students.map((s) => [s.studentId, presentStudentName(s)]));
  if (format === 'json') {
    io.out(JSON.stringify({ today, deadlines, problems, importProblems, students: roster }, null, 2));
  } else if (format === 'csv') {
    const problemsOf = new Map(roster.filter((e) => e.studentId !== undefined && e.read).map((e) => [e.studentId as string, e.problems.join(' ')]));
    const first = new Set<string>();
    io.out(
      Papa.unparse(
        [
          ...deadlines.map((d) => {
            const problemCell = first.has(d.studentId) ? '' : (problemsOf.get(d.studentId) ?? '');
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
          Warnings: d.warnings.join(' '),
              Problems: problemCell,
            };
          }),
          ...roster
            .filter((e) => !e.read || e.open === 0)
            .map((e) => ({
              'Student ID': e.studentId ?? '',
              Student: e.read ? e.name : `Row ${e.row ?? '?'} (not read)`,
              Deadline: '',
              'Due Date': '',
              'Days Left': '',
              'School Days Left': '',
              Status: rosterStatus(e),
              'Schedule By': '',
              Citation: '',
              Warnings: '',
              Problems: e.problems.join(' '),
            })),
        ],
        { newline: '\n' },
      ),
    );
  } else {
    printTable(io, deadlines, roster, names, today);
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

function printTable(io: CliIo, deadlines: readonly Deadline[], roster: readonly RosterEntry[], names: Map<string, string>, today: string): void {
  const header = ['Status', 'Due', 'Days', 'School days', 'Deadline', 'Student', 'Why', 'Problems'];
  const problemsOf = new Map(roster.filter((e) => e.read && e.studentId !== undefined).map((e) => [e.studentId as string, e.problems.join(' ')]));
  const shown = new Set<string>();
  const rows = deadlines.map((d) => {
    const problemCell = shown.has(d.studentId) ? '' : (problemsOf.get(d.studentId) ?? '');
    shown.add(d.studentId);
    return [
      STATUS_STYLES[d.status].label,
      d.dueDate,
      String(d.daysLeft),
      d.schoolDaysLeft === null ? '' : String(d.schoolDaysLeft),
      d.title,
      `${d.studentId} ${names.get(d.studentId) ?? ''}`.trim(),
      `${d.basis.citation}${d.warnings.length ? ' ⚠' : ''}`,
      problemCell,
    ];
  });
  const others = roster.filter((e) => !e.read || e.open === 0);
  const otherRows = others.map((e) => [
    rosterStatus(e),
    '',
    '',
    '',
    '',
    e.read ? `${e.studentId ?? ''} ${e.name}`.trim() : `row ${e.row ?? '?'} (not read)`,
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
    `Deadlines as of ${today}: ${deadlines.length} open for ${read} student${read === 1 ? '' : 's'}` +
      `${withProblems ? `; ${withProblems} row${withProblems === 1 ? '' : 's'} with problems (beside them)` : ''}` +
      `${unread ? `; ${unread} row${unread === 1 ? '' : 's'} could not be read` : ''}`,
  );
  io.out(paint(io, 'bold', line(header)));
  rows.forEach((r, i) => io.out(paint(io, STATUS_FORMAT[(deadlines[i] as Deadline).status], line(r))));
  otherRows.forEach((r, i) => io.out(paint(io, (others[i] as RosterEntry).read && !(others[i] as RosterEntry).problems.length ? 'gray' : ['bold', 'red'], line(r))));
}
