import { addCalendarDays, coverageHandoff, coverageHandoffHtml, presentDate } from '../../shared/index.ts';
import { type CliIo, UsageError } from '../io.ts';
import { dateFlag, localToday, parseFlags, settingsFrom } from '../options.ts';
import { loadCaseloadData } from './load-caseload.ts';
import { writePage } from './write-page.ts';

const USAGE =
  'Usage: casekeeper handoff --data FOLDER-OR-ZIP [--from DATE] [--to DATE] [--students ID,…] [--today DATE] [--state XX] [--calendar FILE] -o FILE.html\n' +
  '  --from defaults to today, --to to two weeks after --from (13 days later).';

/**
 * `casekeeper handoff`: the coverage hand-off for a substitute or contract provider over a date range, as
 * a printable HTML page: per student, services and usual days, accommodations, goals with current data,
 * deadlines in the window and the family contacts to keep.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(
    args,
    {
      data: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      students: { type: 'string' },
      today: { type: 'string' },
      state: { type: 'string' },
      calendar: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
    USAGE,
  );
  if (!values.data) throw new UsageError(`Name the caseload with --data (a folder or a .zip).\n${USAGE}`);
  if (!values.output) throw new UsageError(`Name the page to write with -o FILE.html.\n${USAGE}`);
  const settings = settingsFrom(values);
  const today = dateFlag(values.today, 'today') ?? localToday();
  const from = dateFlag(values.from, 'from') ?? today;
  const to = dateFlag(values.to, 'to') ?? addCalendarDays(from, 13);
  const studentIds = values.students?.split(',').map((s) => s.trim()).filter(Boolean);
  const { caseload } = loadCaseloadData(values.data);
  const handoff = coverageHandoff(caseload, { settings, today, from, to, ...(studentIds ? { studentIds } : {}) });
  if (!handoff.ok) throw new UsageError(handoff.error.message, 1);
  const path = writePage(values.output, coverageHandoffHtml(handoff.value), USAGE);
  const n = handoff.value.students.length;
  io.err(`Wrote the hand-off for ${n} student${n === 1 ? '' : 's'}, ${presentDate(from)} – ${presentDate(to)}, to ${path}. Open it in a browser and print it.`);
  return 0;
}
