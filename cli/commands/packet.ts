import { meetingPacket, meetingPacketHtml, presentDate } from '../../shared/index.ts';
import { type CliIo, UsageError } from '../io.ts';
import { dateFlag, localToday, parseFlags, settingsFrom } from '../options.ts';
import { loadCaseloadData } from './load-caseload.ts';
import { writePage } from './write-page.ts';

const USAGE = 'Usage: casekeeper packet --data FOLDER-OR-ZIP --student ID [--meeting DATE] [--today DATE] [--state XX] [--calendar FILE] -o FILE.html';

/**
 * `casekeeper packet`: the meeting packet for one student as a printable HTML page (open it in a browser
 * and print to PDF): identity, deadlines with their basis, services, goals, accommodation fidelity,
 * contacts and open concerns since the last IEP, and the meeting checklist.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(
    args,
    {
      data: { type: 'string' },
      student: { type: 'string' },
      meeting: { type: 'string' },
      today: { type: 'string' },
      state: { type: 'string' },
      calendar: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
    USAGE,
  );
  if (!values.data) throw new UsageError(`Name the caseload with --data (a folder or a .zip).\n${USAGE}`);
  if (!values.student) throw new UsageError(`Name the student with --student ID.\n${USAGE}`);
  if (!values.output) throw new UsageError(`Name the page to write with -o FILE.html.\n${USAGE}`);
  const settings = settingsFrom(values);
  const today = dateFlag(values.today, 'today') ?? localToday();
  const meetingDate = dateFlag(values.meeting, 'meeting');
  const { caseload } = loadCaseloadData(values.data);
  const packet = meetingPacket(caseload, values.student, { settings, today, ...(meetingDate ? { meetingDate } : {}) });
  if (!packet.ok) throw new UsageError(packet.error.message, 1);
  const path = writePage(values.output, meetingPacketHtml(packet.value), USAGE);
  io.err(`Wrote the meeting packet for ${packet.value.name} (meeting ${presentDate(packet.value.meetingDate)}) to ${path}. Open it in a browser and print it.`);
  return 0;
}
