import { writeFileSync } from 'node:fs';
import { computeCaseloadDeadlines, deadlinesToIcs, presentStudentName } from '../../shared/index.ts';
import { type CliIo, UsageError } from '../io.ts';
import { dateFlag, localToday, parseFlags, SETTING_FLAGS, settingsFrom } from '../options.ts';
import { loadCaseloadInput } from './load-caseload.ts';

const USAGE = 'Usage: casekeeper ics (--data FOLDER-OR-ZIP | <students.csv>) [-o FILE] [--state XX] [--calendar FILE] [--today DATE] [--names] [--setting NAME=VALUE] [--settings FILE]';

/** `casekeeper ics <caseload.csv>`: open deadlines as an iCalendar file (stdout or -o FILE). */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      data: { type: 'string' },
      output: { type: 'string', short: 'o' },
      state: { type: 'string' },
      calendar: { type: 'string' },
      today: { type: 'string' },
      names: { type: 'boolean' },
      ...SETTING_FLAGS,
    },
    USAGE,
  );
  const settings = settingsFrom(values);
  const today = dateFlag(values.today, 'today') ?? localToday();
  const { caseload } = loadCaseloadInput(values.data, positionals[0], USAGE);
  const { deadlines } = computeCaseloadDeadlines(caseload, settings, today);
  const byId = new Map(caseload.students.map((s) => [s.studentId, s]));
  const ics = deadlinesToIcs(deadlines, {
    calendarName: 'IEP deadlines',
    // Initials unless --names or the studentNames setting asks for names: a calendar is easy to share by accident.
    studentName: (id) => {
      const s = byId.get(id);
      return s ? presentStudentName(s, values.names ? 'full' : (settings.studentNames ?? 'initials')) : id;
    },
  });
  if (values.output) {
    try {
      writeFileSync(values.output, ics);
    } catch (error) {
      throw new UsageError(`Cannot write "${values.output}": ${(error as Error).message}`);
    }
    io.err(`Wrote ${deadlines.length} deadline${deadlines.length === 1 ? '' : 's'} to ${values.output}.`);
  } else {
    io.out(ics.trimEnd());
  }
  return 0;
}
