import { format } from 'date-fns';
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  applySetting,
  formatIssuePath,
  type IsoDate,
  getRulePack,
  parseDate,
  parseIcsCalendar,
  parseSchoolCalendar,
  Settings,
  type SchoolCalendar,
} from '../shared/index.ts';
import { UsageError } from './io.ts';

type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/** Sample values for the messages: "--today needs a value after it, like --today 2026-11-23". */
const SAMPLE: Record<string, string> = {
  data: 'examples/caseload',
  today: '2026-11-23',
  from: '2026-09-02',
  to: '2026-12-18',
  dob: '2012-05-14',
  referral: '2026-09-02',
  state: 'TX',
  calendar: 'examples/school-calendar.json',
  format: 'table',
  output: 'deadlines.ics',
  setting: 'urgentDays=10',
  settings: 'my-settings.json',
  url: 'https://www.seis.org/iep/',
  rule: 'trend',
  absences: '4',
};

/** Levenshtein distance, for "did you mean --today?". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j] as number;
      row[j] = Math.min(here + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length] as number;
}

/**
 * Why the flags could not be read, in a teacher's words: which flag is unknown (and the nearest known
 * one), which needs a value, which takes none. Worked out from the tokens, never from the parser's text.
 */
export function explainFlagProblem(args: string[], options: FlagOptions): string {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const flagList = Object.entries(options)
    .map(([name, o]) => `--${name}${o.short ? ` (-${o.short})` : ''}`)
    .join(', ');
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    const shown = token.rawName;
    if (!option) {
      const near = Object.keys(options).filter((n) => distance(n, token.name.toLowerCase()) <= Math.max(1, Math.floor(n.length / 4)));
      const hint = near.length ? ` Did you mean --${near[0]}?` : '';
      return `"${shown}" is not an option of this command.${hint} Its options are: ${flagList}.`;
    }
    const sample = `--${token.name} ${SAMPLE[token.name] ?? 'VALUE'}`;
    if (option.type === 'string' && token.value === undefined) return `${shown} needs a value after it, like ${sample}.`;
    if (option.type === 'string' && !token.inlineValue && token.value?.startsWith('-')) {
      return `${shown} needs a value after it, like ${sample}; it was followed by "${token.value}", another option. (A value that starts with a dash is written --${token.name}=${token.value}.)`;
    }
    if (option.type === 'boolean' && token.value !== undefined) return `${shown} is a switch and takes no value: write just --${token.name}, without "=${token.value}".`;
  }
  return `The options could not be read. This command's options are: ${flagList}.`;
}

/**
 * Parses flags strictly; an unknown flag, a missing value or a value given to a switch is a usage error
 * in plain words (see {@link explainFlagProblem}), followed by the usage line.
 */
export function parseFlags<T extends FlagOptions>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch {
    throw new UsageError(`${explainFlagProblem(args, options)}\n${usage}\nAdd --help to see every option with examples.`);
  }
}

/** The flags every command that computes dates takes for its settings: `--setting id=value` (repeatable) and `--settings FILE`. */
export const SETTING_FLAGS = {
  setting: { type: 'string', multiple: true },
  settings: { type: 'string' },
} as const satisfies FlagOptions;

/** Reads a text file, or explains in plain words why it cannot. */
export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : 'it cannot be read';
    throw new UsageError(`Cannot open the ${what} "${path}": ${why}.`);
  }
}

/** A date flag, in any spelling teachers use. */
export function dateFlag(value: string | undefined, flag: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  const date = parseDate(value);
  if (!date.ok) throw new UsageError(`--${flag}: ${date.error.message}`);
  return date.value;
}

/** Loads a school calendar file: the JSON format, or a district `.ics`. */
export function loadCalendar(path: string): SchoolCalendar {
  const text = readText(path, 'school calendar');
  const result = /\.ics$/i.test(path) || /^\s*BEGIN:VCALENDAR/.test(text) ? parseIcsCalendar(text) : parseSchoolCalendar(text);
  if (!result.ok) throw new UsageError(`${path}: ${result.error.message}`);
  return result.value;
}

/** The flags {@link settingsFrom} reads; each is optional. */
export interface SettingsFlags {
  state?: string;
  calendar?: string;
  /** `id=value` pairs (`--setting urgentDays=10`), applied in order. */
  setting?: string[];
  /** A JSON file in the Settings shape (grading periods, not-owed outcomes, …). */
  settings?: string;
}

/**
 * The settings of a command, checked, from (in order, later wins) a settings file (`--settings FILE`,
 * JSON in the Settings shape), `--state`, `--calendar` and each `--setting id=value`. Every command that
 * computes dates uses this one function. A bad file, name or value is a usage error in plain words.
 */
export function settingsFrom(flags: SettingsFlags): Settings {
  let base: Record<string, unknown> = {};
  if (flags.settings !== undefined) {
    const text = readText(flags.settings, 'settings file');
    try {
      base = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new UsageError(`--settings: "${flags.settings}" is not a JSON file. Write the settings as {"urgentDays": 10, "rollForward": true}.`);
    }
    if (typeof base !== 'object' || base === null || Array.isArray(base)) throw new UsageError(`--settings: "${flags.settings}" should hold one JSON object, like {"urgentDays": 10}.`);
  }
  if (flags.state !== undefined) {
    const pack = getRulePack(flags.state);
    if (!pack.ok) throw new UsageError(`--state: ${pack.error.message}`);
    const state = flags.state.trim().toUpperCase();
    if (state === 'US') delete base.state;
    else base = { ...base, state };
  }
  if (flags.calendar) base = { ...base, calendar: loadCalendar(flags.calendar) };
  const parsed = Settings.safeParse(base);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? formatIssuePath(issue.path) : '';
    const from = flags.settings !== undefined ? `--settings ${flags.settings}` : '--state';
    throw new UsageError(`${from}: ${where ? `${where}: ` : ''}${(issue?.message ?? 'not valid').replace(/\.$/, '')}.`);
  }
  let settings = parsed.data;
  for (const pair of flags.setting ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--setting needs a name and a value joined by "=", like --setting urgentDays=10 (got "${pair}").`);
    const applied = applySetting(settings, pair.slice(0, at), pair.slice(at + 1));
    if (!applied.ok) throw new UsageError(`--setting ${pair}: ${applied.error.message}`);
    settings = applied.value;
  }
  return settings;
}

/** Today's date on this computer, in its own time zone, as the user sees it. */
export function localToday(): IsoDate {
  return format(new Date(), 'yyyy-MM-dd') as IsoDate;
}
