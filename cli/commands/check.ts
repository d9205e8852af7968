import { CASELOAD_TABLES, type TableProblem } from '../../shared/index.ts';
import type { CliIo } from '../io.ts';
import { parseFlags } from '../options.ts';
import { loadCaseloadInput } from './load-caseload.ts';

const USAGE = 'Usage: casekeeper check (--data FOLDER-OR-ZIP | <students.csv>) [--json]';

const LABEL = new Map<string, string>(CASELOAD_TABLES.map((t) => [t.name, t.label]));

/**
 * `casekeeper check`: every table of the caseload validated, and the references between tables checked;
 * each problem with its table, row, column and reason. Exit 1 when any.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { data: { type: 'string' }, json: { type: 'boolean' } }, USAGE);
  const loaded = loadCaseloadInput(values.data, positionals[0], USAGE);
  const { caseload, problems, found, ignoredFiles, ignoredColumns } = loaded;
  if (values.json) {
    const rows = Object.fromEntries(CASELOAD_TABLES.map((t) => [t.name, caseload[t.name].length]));
    io.out(JSON.stringify({ rows, problems, ignoredFiles, ignoredColumns, files: found }, null, 2));
    return problems.length ? 1 : 0;
  }
  for (const f of found) {
    const encoding = f.encoding === 'utf-8' ? '' : ` (read as ${f.encoding})`;
    io.out(`${LABEL.get(f.table)}: ${f.rows} row${f.rows === 1 ? '' : 's'} read from ${f.file}${encoding}.`);
  }
  for (const [table, columns] of Object.entries(ignoredColumns)) io.out(`${LABEL.get(table)}: columns not used: ${columns.join(', ')}.`);
  if (ignoredFiles.length) io.out(`Files not used: ${ignoredFiles.join(', ')}.`);
  if (problems.length === 0) {
    io.out('No problems found.');
    return 0;
  }
  io.out(`${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) io.out(`  ${describe(p, found.length > 1)}`);
  return 1;
}

function describe(p: TableProblem, withTable: boolean): string {
  const where = [withTable ? LABEL.get(p.table) : undefined, p.row > 0 ? `row ${p.row}` : undefined, p.column || undefined].filter(Boolean).join(', ');
  const at = where.charAt(0).toUpperCase() + where.slice(1);
  return `${at}${p.value ? ` ("${p.value}")` : ''}: ${p.reason}`;
}
