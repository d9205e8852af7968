import { readFileSync } from 'node:fs';
import { COMMAND_HELP, printCommandHelp } from './command-help.ts';
import { type CliIo, processIo, UsageError } from './io.ts';

/** A subcommand: runs with its arguments and returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Every subcommand, loaded on demand, with its one-line help. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  due: { summary: 'due <kind> --from DATE [--state XX] [--calendar FILE] [--dob DATE] [--setting NAME=VALUE] [--json]: one due date and its rule', load: () => import('./commands/due.ts') },
  deadlines: { summary: 'deadlines (--data FOLDER-OR-ZIP | <students.csv>) [--state XX] [--calendar FILE] [--today DATE] [--setting NAME=VALUE] [--format table|json|csv]: every deadline, most urgent first, with a legend and notes', load: () => import('./commands/deadlines.ts') },
  check: { summary: 'check (--data FOLDER-OR-ZIP | <students.csv>) [--today DATE] [--strict]: every table validated, with row, column and reason (exit 1 when any), then dates to check', load: () => import('./commands/check.ts') },
  export: { summary: 'export --data FOLDER-OR-ZIP -o OUT: the caseload in Casekeeper\'s columns, as a folder of CSV files or a .zip', load: () => import('./commands/export.ts') },
  ics: { summary: 'ics (--data FOLDER-OR-ZIP | <students.csv>) [-o FILE] [--state XX] [--calendar FILE]: deadlines as an iCalendar file', load: () => import('./commands/ics.ts') },
  workload: { summary: 'workload --data FOLDER-OR-ZIP [--calendar FILE] [--today DATE] [--weeks N] [--capacity HOURS] [--report-dates D,D] [--settings FILE] [--format table|json]: hours of work per school week against capacity, the weeks over it, and moves that level them', load: () => import('./commands/workload.ts') },
  rules: { summary: 'rules [--state XX] [--json]: the timeline rules of a state with citations, verification marks and settings', load: () => import('./commands/rules.ts') },
  'parse-service': { summary: 'parse-service "<text>" [--json]: how Casekeeper reads a service frequency such as "30 min 2x/week"', load: () => import('./commands/parse-service.ts') },
  services: { summary: 'services --data PATH [--calendar FILE] [--today DATE] [--from DATE] [--to DATE] [--format table|json|csv]: service minutes required, delivered and owed, behind first', load: () => import('./commands/services.ts') },
  progress: { summary: 'progress --data PATH [--today DATE] [--rule four-point|trend|three-point] [--format table|json]: every goal\'s progress verdict and why', load: () => import('./commands/progress.ts') },
  packet: { summary: 'packet --data FOLDER-OR-ZIP --student ID [--meeting DATE] [--today DATE] [--calendar FILE] -o FILE.html: the printable meeting packet for one student', load: () => import('./commands/packet.ts') },
  handoff: { summary: 'handoff --data FOLDER-OR-ZIP [--from DATE] [--to DATE] [--students ID,…] [--today DATE] [--calendar FILE] -o FILE.html: the printable coverage hand-off for a substitute', load: () => import('./commands/handoff.ts') },
  snapshot: { summary: 'snapshot --data FOLDER-OR-ZIP [--class NAME] [--today DATE] [--calendar FILE] -o FILE.html: printable class snapshots, the accommodations per class', load: () => import('./commands/snapshot.ts') },
  rollup: { summary: 'rollup --sheets FILE|ID,… [--credentials KEY.json] (--out DIR | --into SHEET-ID): a district summary over many teams\' tracking sheets (Google Sheets API)', load: () => import('./commands/rollup.ts') },
  extract: { summary: 'extract <page.html> [--url URL] [--json]: read the student on a saved IEP-system page', load: () => import('./commands/extract.ts') },
};

function help(io: CliIo): void {
  io.out('Casekeeper: IEP deadlines from the command line.\n');
  io.out('Usage: casekeeper <command> [options]\n');
  for (const [, { summary }] of Object.entries(COMMANDS)) io.out(`  ${summary}`);
  io.out('\nEach command explains itself: casekeeper <command> --help. casekeeper --version prints the version.');
  io.out('Dates may be written 2025-09-02, 9/2/2025 or Sept 2, 2025.');
}

/** The version in package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Whether the arguments ask for help (-h or --help before any "--"). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Runs the CLI; returns the exit code. Errors the user can fix are printed plainly, never as a stack trace. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    io.out(`casekeeper ${version()}`);
    return 0;
  }
  const asked = name === 'help' && args[0] !== undefined ? COMMAND_HELP[args[0]] : undefined;
  if (asked) {
    printCommandHelp(args[0] as string, asked, io);
    return 0;
  }
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}". Run "casekeeper help" to see the commands.`);
    return 2;
  }
  const page = COMMAND_HELP[name];
  if (page && asksForHelp(args)) {
    printCommandHelp(name, page, io);
    return 0;
  }
  try {
    const { run } = await command.load();
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(`Something went wrong: ${(error as Error).message ?? String(error)}. Please report this.`);
    return 70;
  }
}
