import Papa from 'papaparse';
import { computeCaseloadDeadlines, type Deadline, type DeadlineStatus, presentStudentName, STATUS_STYLES } from '../../shared/index.ts';
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
  const names = new Map(caseload.students.map((s) => [s.studentId, presentStudentName(s)]));
  if (format === 'json') {
    io.out(JSON.stringify({ today, deadlines, problems, importProblems }, null, 2));
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
          Warnings: d.warnings.join(' '),
        })),
        { newline: '\n' },
      ),
    );
  } else {
    printTable(io, deadlines, names, today);
    const skipped = importProblems.length;
    if (skipped) io.err(`${skipped} problem${skipped === 1 ? '' : 's'} in the CSV: run "casekeeper check ${values.data ? `--data ${loaded.source}` : loaded.source}" to see them.`);
    for (const p of problems) io.err(`${p.studentId}: ${p.problem}`);
  }
  return 0;
}

function printTable(io: CliIo, deadlines: readonly Deadline[], names: Map<string, string>, today: string): void {
  const header = ['Status', 'Due', 'Days', 'School days', 'Deadline', 'Student', 'Why'];
  const rows = deadlines.map((d) => [
    STATUS_STYLES[d.status].label,
    d.dueDate,
    String(d.daysLeft),
    d.schoolDaysLeft === null ? '' : String(d.schoolDaysLeft),
    d.title,
    `${d.studentId} ${names.get(d.studentId) ?? ''}`.trim(),
    `${d.basis.citation}${d.warnings.length ? ' ⚠' : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  io.out(`Deadlines as of ${today}: ${deadlines.length} open`);
  io.out(paint(io, 'bold', line(header)));
  rows.forEach((r, i) => io.out(paint(io, STATUS_FORMAT[(deadlines[i] as Deadline).status], line(r))));
}
