import { classSnapshots, classSnapshotsHtml } from '../../shared/index.ts';
import { type CliIo, UsageError } from '../io.ts';
import { dateFlag, localToday, parseFlags } from '../options.ts';
import { loadCaseloadData } from './load-caseload.ts';
import { writePage } from './write-page.ts';

const USAGE = 'Usage: casekeeper snapshot --data FOLDER-OR-ZIP [--class NAME] [--today DATE] [--calendar FILE] -o FILE.html';

/**
 * `casekeeper snapshot`: class snapshots (each class's students and their accommodations there, one page
 * per class, 34 CFR 300.323(d)) as a printable HTML page.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(
    args,
    {
      data: { type: 'string' },
      class: { type: 'string' },
      today: { type: 'string' },
      calendar: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
    USAGE,
  );
  if (!values.data) throw new UsageError(`Name the caseload with --data (a folder or a .zip).\n${USAGE}`);
  if (!values.output) throw new UsageError(`Name the page to write with -o FILE.html.\n${USAGE}`);
  const today = dateFlag(values.today, 'today') ?? localToday();
  const { caseload } = loadCaseloadData(values.data);
  const snapshots = classSnapshots(caseload, values.class !== undefined ? { className: values.class } : {});
  if (!snapshots.ok) throw new UsageError(snapshots.error.message, 1);
  const path = writePage(values.output, classSnapshotsHtml(snapshots.value, { today }), USAGE);
  const n = snapshots.value.classes.length;
  io.err(`Wrote ${n} class snapshot${n === 1 ? '' : 's'} to ${path}. Open it in a browser and print it.`);
  if (snapshots.value.notInAnyClass.length) io.err(`${snapshots.value.notInAnyClass.length} students are in no class snapshot: see the last page.`);
  return 0;
}
