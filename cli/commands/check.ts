import { CASELOAD_TABLES, computeCaseloadDeadlines, type Deadline, presentStudentName, sanityCheckStudent, type SanityWarning, type TableProblem } from '../../shared/index.ts';
import type { CliIo } from '../io.ts';
import { dateFlag, localToday, parseFlags, SETTING_FLAGS, settingsFrom } from '../options.ts';
import { loadCaseloadInput } from './load-caseload.ts';

const USAGE = 'Usage: casekeeper check (--data FOLDER-OR-ZIP | <students.csv>) [--today DATE] [--state XX] [--calendar FILE] [--strict] [--json] [--setting NAME=VALUE] [--settings FILE]';

const LABEL = new Map<string, string>(CASELOAD_TABLES.map((t) => [t.name, t.label]));

/**
 * `casekeeper check`: every table of the caseload validated, and the references between tables checked;
 * each problem with its table, row, column and reason. Then the sanity checks: values that were read but
 * are probably wrong (a last IEP date in the future, a birth date that makes a student 40, a due date on
 * a weekend), each with its reason. Exit 1 when any problem; warnings alone exit 0 unless --strict.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      data: { type: 'string' },
      json: { type: 'boolean' },
      today: { type: 'string' },
      state: { type: 'string' },
      calendar: { type: 'string' },
      strict: { type: 'boolean' },
      ...SETTING_FLAGS,
    },
    USAGE,
  );
  const settings = settingsFrom(values);
  const today = dateFlag(values.today, 'today') ?? localToday();
  const loaded = loadCaseloadInput(values.data, positionals[0], USAGE);
  const { caseload, problems, found, ignoredFiles, ignoredColumns } = loaded;
  const { deadlines } = computeCaseloadDeadlines(caseload, settings, today);
  const byStudent = new Map<string, Deadline[]>();
  for (const d of deadlines) byStudent.set(d.studentId, [...(byStudent.get(d.studentId) ?? []), d]);
  const warnings = caseload.students.flatMap((s) => sanityCheckStudent(s, today, { deadlines: byStudent.get(s.studentId) ?? [], settings }));
  const exitCode = problems.length || (values.strict && warnings.length) ? 1 : 0;
  if (values.json) {
    const rows = Object.fromEntries(CASELOAD_TABLES.map((t) => [t.name, caseload[t.name].length]));
    io.out(JSON.stringify({ rows, problems, warnings, ignoredFiles, ignoredColumns, files: found }, null, 2));
    return exitCode;
  }
  for (const f of found) {
    const encoding = f.encoding === 'utf-8' ? '' : ` (read as ${f.encoding})`;
    io.out(`${LABEL.get(f.table)}: ${f.rows} row${f.rows === 1 ? '' : 's'} read from ${f.file}${encoding}.`);
  }
  for (const [table, columns] of Object.entries(ignoredColumns)) io.out(`${LABEL.get(table)}: columns not used: ${columns.join(', ')}.`);
  if (ignoredFiles.length) io.out(`Files not used: ${ignoredFiles.join(', ')}.`);
  if (problems.length === 0) io.out('No problems found.');
  else {
    io.out(`${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const p of problems) io.out(`  ${describe(p, found.length > 1)}`);
  }
  printWarnings(io, warnings, new Map(caseload.students.map((s) => [s.studentId, presentStudentName(s, settings.studentNames ?? 'full')])));
  return exitCode;
}

function printWarnings(io: CliIo, warnings: readonly SanityWarning[], names: Map<string, string>): void {
  if (warnings.length === 0) return;
  io.out(`${warnings.length} date${warnings.length === 1 ? '' : 's'} to check (read, but probably wrong or worth a look):`);
  for (const w of warnings) io.out(`  ${w.studentId} ${names.get(w.studentId) ?? ''}: ${w.message}`.replace(/ {2,}:/, ':'));
  for (const advice of new Set(warnings.map((w) => w.advice).filter((a): a is string => Boolean(a)))) io.out(`  ${advice}`);
}

function describe(p: TableProblem, withTable: boolean): string {
  const where = [withTable ? LABEL.get(p.table) : undefined, p.row > 0 ? `row ${p.row}` : undefined, p.column || undefined].filter(Boolean).join(', ');
  const at = where.charAt(0).toUpperCase() + where.slice(1);
  return `${at}${p.value ? ` ("${p.value}")` : ''}: ${p.reason}`;
}
