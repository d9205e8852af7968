import { allowedSettingValues, CASELOAD_SETTINGS, TIMELINE_DEADLINE_KINDS } from '../shared/index.ts';
import type { CliIo } from './io.ts';

/** The `--help` page of one subcommand: what it does, how to call it, each flag, and examples. */
export interface CommandHelp {
  usage: string;
  description: string;
  /** [flag as typed, what it does]. */
  flags: readonly (readonly [string, string])[];
  /** Extra sections (kinds, formats, exit codes). */
  sections?: readonly { title: string; lines: readonly string[] }[];
  examples: readonly string[];
  /** Takes --setting / --settings. */
  settings?: boolean;
}

const DATA = ['--data FOLDER-OR-ZIP', 'The caseload: a folder of CSV files (students.csv, services.csv, …) or a .zip of them.'] as const;
const CSV = ['<students.csv>', 'Or one students CSV file (an IEP system\'s export or the tracker\'s own) instead of --data.'] as const;
const STATE = ['--state XX', 'The state whose rules apply (two letters, e.g. TX). Default: federal rules (34 CFR 300).'] as const;
const CALENDAR = ['--calendar FILE', 'The district school calendar (.json or .ics), for school-day counts and breaks.'] as const;
const TODAY = ['--today DATE', 'Count from this date instead of today (e.g. 2026-11-23 or 11/23/2026).'] as const;
const SETTING = ['--setting NAME=VALUE', 'Change one setting for this run (repeat for more), e.g. --setting urgentDays=10.'] as const;
const SETTINGS_FILE = ['--settings FILE', 'Settings from a JSON file, e.g. {"urgentDays": 10, "gradingPeriods": [...]}.'] as const;
const HELP = ['-h, --help', 'Show this help.'] as const;

/** Every subcommand's help page, by command name (a test checks each command in COMMANDS has one). */
export const COMMAND_HELP: Record<string, CommandHelp> = {
  due: {
    usage: 'casekeeper due <kind> --from DATE [--state XX] [--calendar FILE] [--dob DATE] [--absences N] [--referral DATE] [--json] [--setting NAME=VALUE]… [--settings FILE]',
    description: 'One due date and the rule behind it. The date is alone on the first line, so scripts can read it.',
    flags: [
      ['<kind>', 'Which deadline (see Kinds below).'],
      ['--from DATE', 'The date the rule counts from: consent, eligibility, last IEP or last evaluation.'],
      STATE,
      CALENDAR,
      ['--dob DATE', 'Date of birth (transition, transfer of rights, Part C).'],
      ['--absences N', 'School days absent during the evaluation (Texas and Florida extend for them).'],
      ['--referral DATE', 'Date the referral was received (states that count from it).'],
      ['--json', 'Answer in JSON.'],
      SETTING,
      SETTINGS_FILE,
      HELP,
    ],
    sections: [{ title: 'Kinds', lines: [TIMELINE_DEADLINE_KINDS.filter((k) => k !== 'progress-report').join(', ')] }],
    examples: ['casekeeper due initial-evaluation --from 9/2/2025', 'casekeeper due annual-review --from 2025-12-20 --setting annualReviewConvention=anniversary', 'casekeeper due initial-evaluation --from 2025-09-02 --state TX --calendar examples/school-calendar.json'],
    settings: true,
  },
  deadlines: {
    usage: 'casekeeper deadlines (--data FOLDER-OR-ZIP | <students.csv>) [--state XX] [--calendar FILE] [--today DATE] [--format table|json|csv] [--setting NAME=VALUE]… [--settings FILE]',
    description: 'Every student\'s deadlines, most urgent first, with the rule each comes from. A legend and every warning are printed under the table.',
    flags: [DATA, CSV, STATE, CALENDAR, TODAY, ['--format table|json|csv', 'table (default) to read; json or csv for files (dates stay 2026-12-19 in files).'], SETTING, SETTINGS_FILE, HELP],
    examples: ['casekeeper deadlines --data examples/caseload --calendar examples/school-calendar.json', 'casekeeper deadlines --data examples/caseload --format csv > deadlines.csv', 'casekeeper deadlines --data examples/caseload --setting urgentDays=14 --setting dateStyle=iso'],
    settings: true,
  },
  check: {
    usage: 'casekeeper check (--data FOLDER-OR-ZIP | <students.csv>) [--today DATE] [--state XX] [--calendar FILE] [--strict] [--json] [--setting NAME=VALUE]… [--settings FILE]',
    description: 'Checks every table of the caseload: each problem with its table, row, column and reason; then dates that are allowed but probably wrong (a last IEP date in the future, a birth date that makes a student 40, a due date on a weekend).',
    flags: [DATA, CSV, TODAY, STATE, CALENDAR, ['--strict', 'Exit 1 on warnings too, not only on problems.'], ['--json', 'Answer in JSON.'], SETTING, SETTINGS_FILE, HELP],
    sections: [{ title: 'Exit code', lines: ['0: no problems (warnings may be listed); 1: problems that keep rows from being read (or, with --strict, any warning); 2: the command was typed wrong.'] }],
    examples: ['casekeeper check --data examples/caseload', 'casekeeper check my-export.csv --today 2026-11-23'],
    settings: true,
  },
  export: {
    usage: 'casekeeper export (--data FOLDER-OR-ZIP | <students.csv>) -o OUT',
    description: 'Writes the caseload in Casekeeper\'s own columns, as a folder of CSV files or a .zip: a clean copy to keep or move.',
    flags: [DATA, CSV, ['-o, --output OUT', 'A folder, or a file ending in .zip.'], HELP],
    examples: ['casekeeper export --data examples/caseload -o caseload-backup.zip'],
  },
  ics: {
    usage: 'casekeeper ics (--data FOLDER-OR-ZIP | <students.csv>) [-o FILE] [--state XX] [--calendar FILE] [--today DATE] [--names] [--setting NAME=VALUE]… [--settings FILE]',
    description: 'Open deadlines as an iCalendar (.ics) file for Google Calendar or Outlook. Students are named by initials and ID unless you ask for names.',
    flags: [DATA, CSV, ['-o, --output FILE', 'Write to this file (default: print it).'], STATE, CALENDAR, TODAY, ['--names', 'Full names in the events (same as --setting studentNames=full).'], SETTING, SETTINGS_FILE, HELP],
    examples: ['casekeeper ics --data examples/caseload -o iep-deadlines.ics'],
    settings: true,
  },
  rules: {
    usage: 'casekeeper rules [--state XX] [--json]',
    description: 'The timeline rules of a state, with citations and how well each was verified, and the settings you can change with --setting.',
    flags: [STATE, ['--json', 'Answer in JSON.'], HELP],
    examples: ['casekeeper rules', 'casekeeper rules --state TX'],
  },
  'parse-service': {
    usage: 'casekeeper parse-service "<text>" [--json]',
    description: 'Shows how Casekeeper reads a service frequency written in an IEP.',
    flags: [['"<text>"', 'The frequency as written, in quotes.'], ['--json', 'Answer in JSON.'], HELP],
    examples: ['casekeeper parse-service "30 min 2x/week"', 'casekeeper parse-service "60 minutes per month"'],
  },
  services: {
    usage: 'casekeeper services --data FOLDER-OR-ZIP [--calendar FILE] [--today DATE] [--from DATE] [--to DATE] [--format table|json|csv] [--setting NAME=VALUE]… [--settings FILE]',
    description: 'Service minutes required, delivered and owed for every service, behind first.',
    flags: [DATA, CALENDAR, TODAY, ['--from DATE', 'Count from this date only.'], ['--to DATE', 'Count up to this date only.'], ['--format table|json|csv', 'table (default), json or csv.'], SETTING, SETTINGS_FILE, HELP],
    examples: ['casekeeper services --data examples/caseload --calendar examples/school-calendar.json', 'casekeeper services --data examples/caseload --settings district-settings.json'],
    settings: true,
  },
  progress: {
    usage: 'casekeeper progress --data FOLDER-OR-ZIP [--today DATE] [--rule four-point|trend|three-point] [--format table|json] [--setting NAME=VALUE]… [--settings FILE]',
    description: 'Every goal\'s progress verdict from its data points, and why.',
    flags: [DATA, TODAY, ['--rule four-point|trend|three-point', 'Judge every goal by this decision rule.'], ['--format table|json', 'table (default) or json.'], SETTING, SETTINGS_FILE, HELP],
    examples: ['casekeeper progress --data examples/caseload', 'casekeeper progress --data examples/caseload --rule trend'],
    settings: true,
  },
  workload: {
    usage: 'casekeeper workload --data FOLDER-OR-ZIP [--calendar FILE] [--today DATE] [--weeks N] [--capacity HOURS] [--report-dates DATE,DATE] [--case-manager NAME] [--state XX] [--settings FILE] [--format table|json]',
    description: 'The case-management work of the weeks ahead against your capacity, the overloaded weeks, and suggested moves that level them.',
    flags: [
      DATA,
      CALENDAR,
      TODAY,
      ['--weeks N', 'How many weeks ahead (default 12).'],
      ['--capacity HOURS', 'Hours a week for case management (default 10, a setting).'],
      ['--report-dates DATE,DATE', 'Progress-report dates, so report writing is counted and can be moved.'],
      ['--case-manager NAME', 'Only this case manager\'s students and capacity.'],
      STATE,
      SETTINGS_FILE,
      ['--format table|json', 'table (default, with a bar per week) or json.'],
      HELP,
    ],
    examples: ['casekeeper workload --data examples/caseload --calendar examples/school-calendar.json --today 2026-10-05', 'casekeeper workload --data examples/caseload --capacity 8 --format json'],
  },
  packet: {
    usage: 'casekeeper packet --data FOLDER-OR-ZIP --student ID [--meeting DATE] [--today DATE] [--state XX] [--calendar FILE] -o FILE.html',
    description: 'The meeting packet for one student: deadlines with their basis, services against the mandate, each goal\'s chart and verdict, accommodation fidelity, contacts and the meeting checklist, as one printable page.',
    flags: [DATA, ['--student ID', 'The student\'s ID.'], ['--meeting DATE', 'The meeting date (default: the Next IEP Meeting on record).'], TODAY, STATE, CALENDAR, ['-o FILE.html', 'Where to write the page (print it to PDF from the browser).'], HELP],
    examples: ['casekeeper packet --data examples/caseload --student S1004 --calendar examples/school-calendar.json -o packet.html'],
  },
  handoff: {
    usage: 'casekeeper handoff --data FOLDER-OR-ZIP [--from DATE] [--to DATE] [--students ID,…] [--today DATE] [--state XX] [--calendar FILE] -o FILE.html',
    description: 'A coverage hand-off for a substitute or contract provider: per student, services owed, accommodations, goals with current data, deadlines in the window and contacts to keep.',
    flags: [DATA, ['--from DATE', 'First day of the coverage (default today).'], ['--to DATE', 'Last day (default two weeks on).'], ['--students ID,…', 'Only these students.'], TODAY, STATE, CALENDAR, ['-o FILE.html', 'Where to write the page.'], HELP],
    examples: ['casekeeper handoff --data examples/caseload --from 2026-12-01 --to 2026-12-11 -o handoff.html'],
  },
  snapshot: {
    usage: 'casekeeper snapshot --data FOLDER-OR-ZIP [--class NAME] [--today DATE] [--calendar FILE] -o FILE.html',
    description: 'Class snapshots: for each class, the accommodations of the students in it, one page per class (34 CFR 300.323(d)).',
    flags: [DATA, ['--class NAME', 'Only this class.'], TODAY, CALENDAR, ['-o FILE.html', 'Where to write the pages.'], HELP],
    examples: ['casekeeper snapshot --data examples/caseload -o snapshots.html', 'casekeeper snapshot --data examples/caseload --class Math -o math.html'],
  },
  rollup: {
    usage: 'casekeeper rollup --sheets FILE|ID,… [--credentials KEY.json] (--out DIR | --into SHEET-ID) [--state XX] [--calendar FILE] [--today DATE] [--concurrency N]',
    description: 'A district summary over many teams\' tracking sheets, read through the Google Sheets API: per school and case manager, students, overdue, due in 30 days, minutes owed, services behind, goals needing a change. Each sheet is counted with its own Settings and School Calendar tabs; --state and --calendar apply only where a sheet has none.',
    flags: [
      ['--sheets FILE|ID,…', 'A file with one sheet link or ID per line, or IDs separated by commas.'],
      ['--credentials KEY.json', 'A service account key (share each sheet with its email). Default: Application Default Credentials, or a token in CASEKEEPER_GOOGLE_ACCESS_TOKEN.'],
      ['--out DIR', 'Write district-summary.csv, district-summary.html and sheet-rules.csv (the rules each sheet was counted with) here.'],
      ['--into SHEET-ID', 'Write a "District summary" tab into this sheet.'],
      STATE,
      CALENDAR,
      TODAY,
      ['--concurrency N', 'Sheets read at once (default 4).'],
      HELP,
    ],
    examples: ['casekeeper rollup --sheets teams.txt --credentials key.json --out summary/', 'casekeeper rollup --sheets 1AbC…,1DeF… --into 1SummarySheetId'],
  },
  extract: {
    usage: 'casekeeper extract <page.html> [--url URL] [--json]',
    description: 'Reads the student on an IEP-system page saved from the browser (File > Save page as). Scripts on the page never run.',
    flags: [['<page.html>', 'The saved page.'], ['--url URL', 'The address the page came from, so the right reader is used.'], ['--json', 'Answer in JSON.'], HELP],
    examples: ['casekeeper extract saved-iep.html --url https://www.seis.org/iep/'],
  },
};

/** The settings section of a help page: every caseload setting with what it takes, and where state rule settings are listed. */
function settingsLines(): string[] {
  const width = Math.max(...CASELOAD_SETTINGS.map((s) => s.id.length));
  return [
    ...CASELOAD_SETTINGS.map((s) => `${s.id.padEnd(width)}  ${s.label}: ${allowedSettingValues(s.value)} (default ${s.defaultText}).`),
    'A state\'s rule settings (TX.ardSummerRule, US.ageOfMajority, …) are listed by "casekeeper rules --state XX".',
  ];
}

/** Prints a subcommand's help page. */
export function printCommandHelp(name: string, help: CommandHelp, io: CliIo): void {
  io.out(`Usage: ${help.usage}`);
  io.out('');
  io.out(help.description);
  io.out('');
  io.out('Options:');
  const width = Math.max(...help.flags.map(([flag]) => flag.length));
  for (const [flag, meaning] of help.flags) io.out(`  ${flag.padEnd(width)}  ${meaning}`);
  for (const section of help.sections ?? []) {
    io.out('');
    io.out(`${section.title}:`);
    for (const line of section.lines) io.out(`  ${line}`);
  }
  if (help.settings) {
    io.out('');
    io.out('Settings (--setting NAME=VALUE):');
    for (const line of settingsLines()) io.out(`  ${line}`);
  }
  io.out('');
  io.out('Examples:');
  for (const example of help.examples) io.out(`  ${example}`);
  io.out('');
  io.out(`Dates may be written 2025-09-02, 9/2/2025 or Sept 2, 2025. Every command: casekeeper --help. This one: casekeeper ${name} --help.`);
}
