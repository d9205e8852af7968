import { format } from 'date-fns';
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  type IsoDate,
  getRulePack,
  parseDate,
  parseIcsCalendar,
  parseSchoolCalendar,
  Settings,
  type SchoolCalendar,
} from '../shared/index.ts';
import { UsageError } from './io.ts';

/** Parses flags strictly; an unknown flag or a missing value is a usage error in plain words. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/^[A-Z_]+: /, '')}\n${usage}`);
  }
}

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

/** The settings from the common flags (--state, --calendar), checked. */
export function settingsFrom(flags: { state?: string; calendar?: string }): Settings {
  if (flags.state !== undefined) {
    const pack = getRulePack(flags.state);
    if (!pack.ok) throw new UsageError(`--state: ${pack.error.message}`);
  }
  const state = flags.state && flags.state.trim().toUpperCase() !== 'US' ? flags.state : undefined;
  const parsed = Settings.safeParse({
    ...(state ? { state } : {}),
    ...(flags.calendar ? { calendar: loadCalendar(flags.calendar) } : {}),
  });
  if (!parsed.success) throw new UsageError(`--state: ${parsed.error.issues[0]?.message ?? 'not valid'}`);
  return parsed.data;
}

/** Today's date on this computer, in its own time zone, as the user sees it. */
export function localToday(): IsoDate {
  return format(new Date(), 'yyyy-MM-dd') as IsoDate;
}
