import { type CliIo, UsageError } from '../io.ts';
import { parseFlags } from '../options.ts';
import { loadCaseload } from './load-caseload.ts';

const USAGE = 'Usage: casekeeper check <caseload.csv> [--json]';

/** `casekeeper check <caseload.csv>`: every bad cell with its row, column and reason; exit 1 when any. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { json: { type: 'boolean' } }, USAGE);
  const file = positionals[0];
  if (!file) throw new UsageError(`Name the caseload CSV file.\n${USAGE}`);
  const { students, problems, ignoredColumns } = loadCaseload(file);
  if (values.json) {
    io.out(JSON.stringify({ students: students.length, problems, ignoredColumns }, null, 2));
    return problems.length ? 1 : 0;
  }
  io.out(`${students.length} student${students.length === 1 ? '' : 's'} read from ${file}.`);
  if (ignoredColumns.length) io.out(`Columns not used: ${ignoredColumns.join(', ')}.`);
  if (problems.length === 0) {
    io.out('No problems found.');
    return 0;
  }
  io.out(`${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) {
    io.out(`  Row ${p.row}${p.column ? `, ${p.column}` : ''}${p.value ? ` ("${p.value}")` : ''}: ${p.reason}`);
  }
  return 1;
}
