import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCaseloadFiles, zipCaseloadFiles } from '../../shared/index.ts';
import { type CliIo, UsageError } from '../io.ts';
import { parseFlags } from '../options.ts';
import { loadCaseloadInput } from './load-caseload.ts';

const USAGE = 'Usage: casekeeper export (--data FOLDER-OR-ZIP | <students.csv>) -o OUT (a folder, or a file ending in .zip)';

/**
 * `casekeeper export --data PATH -o OUT`: writes the caseload's tables in Casekeeper's own columns, one CSV
 * per table, into a folder or a `.zip`. Ids are filled in where rows had none; exporting the export changes
 * nothing. Rows that could not be read are not written: `casekeeper check` lists them.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { data: { type: 'string' }, output: { type: 'string', short: 'o' } }, USAGE);
  if (!values.output) throw new UsageError(`Name where to write with -o (a folder, or a file ending in .zip).\n${USAGE}`);
  const loaded = loadCaseloadInput(values.data, positionals[0], USAGE);
  const files = writeCaseloadFiles(loaded.caseload);
  const out = values.output;
  try {
    if (/\.zip$/i.test(out)) writeFileSync(out, zipCaseloadFiles(files));
    else {
      mkdirSync(out, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
    }
  } catch (error) {
    throw new UsageError(`Cannot write "${out}": ${(error as Error).message}`, 1);
  }
  const rows = Object.values(loaded.caseload).reduce((n, t: unknown[]) => n + t.length, 0);
  io.err(`Wrote ${loaded.caseload.students.length} students and ${rows - loaded.caseload.students.length} other rows to ${out}.`);
  if (loaded.problems.length) {
    io.err(`${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} in the input: run "casekeeper check ${values.data ? `--data ${loaded.source}` : loaded.source}" to see them.`);
  }
  return 0;
}
