import { allowedWords } from './allowed-words.ts';
import { applySetting } from './apply-setting.ts';
import { CASELOAD_SETTINGS } from './caseload-settings.ts';
import { findSettingRow } from './find-setting-row.ts';
import type { IsoDate } from './iso-date.ts';
import { normaliseHeader } from './map-columns.ts';
import { parseDate } from './parse-date.ts';
import { readWorkloadSetting, type WorkloadSettingRead } from './read-workload-setting.ts';
import { type SchoolCalendar, parseSchoolCalendar } from './school-calendar.ts';
import { settingChoice } from './setting-choice.ts';
import { settingRows } from './setting-rows.ts';
import { SETTINGS_TAB_ROWS, type SettingsTabRow } from './settings-tab-rows.ts';
import { Settings, defaultSettings } from './settings.ts';

/** The tracking sheet's settings tabs, as the add-on makes them and the roll-up reads them. */
export const SETTINGS_TABS = { settings: 'Settings', schoolCalendar: 'School Calendar' } as const;

/** Who a calendar sync covers and where it writes (the sheet add-on's Team mode). */
export type TeamMode = 'solo' | 'own-calendars' | 'team-calendar';

/** Sheet add-on settings that are not part of the engine's Settings. */
export interface AddOnSettings {
  teamMode: TeamMode;
  calendarName: string;
  /** An existing calendar to use instead of making one. */
  calendarId?: string;
  reminderDays: number;
}

const TEAM_CHOICES: Record<string, TeamMode> = {
  'just me': 'solo',
  'each case manager, own calendar': 'own-calendars',
  'everyone, one team calendar': 'team-calendar',
};

/** Everything read from the Settings and School Calendar tabs. */
export interface ParsedSettingsTab {
  settings: Settings;
  addOn: AddOnSettings;
  /** Settings that could not be used (their defaults apply), in a teacher's words. */
  problems: string[];
  /** The names (current ones) of the Settings rows that had a value, so a caller can tell "blank" from "set". */
  filled: string[];
  /** Whether the School Calendar tab gave a calendar. */
  hasCalendar: boolean;
  /** Rows the tab should have for its state and does not (a state chosen since the tab was made, a newer Casekeeper's rows). */
  missing: SettingsTabRow[];
}

/** Options for {@link parseSettingsTab}. */
export interface ParseSettingsTabOptions {
  /**
   * A cell value that is a date in its own right (Apps Script's Date cells), as a date; `undefined` for
   * anything else (text and spreadsheet serial numbers are read by `parseDate`).
   */
  cellDate?: (value: unknown) => IsoDate | undefined;
}

/** A cell's text as typed (a checkbox or TRUE/FALSE cell reads as yes/no). */
function cellText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value ?? '').trim();
}

/**
 * Turns the rows of a tracking sheet's Settings tab (setting, value, …; header row excluded) and School
 * Calendar tab (type, name, from, to; header row excluded) into engine and add-on settings. The sheet
 * add-on and the district roll-up both read a sheet's settings with it, so both count with the same
 * rules. Rows are found by their name in column A (an older name too, in any order; rows of the team's
 * own are left alone). The settings that move dates and each state's rule settings are read as the
 * CLI's `--setting` reads them (`applySetting`); a blank one keeps its default. A bad value is reported by
 * its name with what the cell takes, and its default applies: it never stops anything. Dates may be
 * text, spreadsheet serial numbers (the Sheets API's unformatted values) or date cells (`options.cellDate`).
 *
 * @example parseSettingsTab([['State', 'tx'], ['ARD may wait until fall when day 30 falls in the summer (Texas)', 'no']], []).settings.ruleSettings // { 'TX.ardSummerRule': false }
 */
export function parseSettingsTab(
  settingsRows: readonly (readonly unknown[])[],
  calendarRows: readonly (readonly unknown[])[],
  options: ParseSettingsTabOptions = {},
): ParsedSettingsTab {
  const problems: string[] = [];
  const filled: string[] = [];
  const raw: Record<string, unknown> = {};
  const workload: WorkloadSettingRead['workload'] = {};
  const addOn: AddOnSettings = { teamMode: 'solo', calendarName: 'Casekeeper deadlines', reminderDays: 7 };
  const cellDate = options.cellDate ?? (() => undefined);
  const dateOf = (v: unknown): IsoDate | undefined => {
    const own = cellDate(v);
    if (own) return own;
    const parsed = parseDate(typeof v === 'string' ? v.trim() : v);
    return parsed.ok ? parsed.value : undefined;
  };
  const isDate = (v: unknown) => cellDate(v) !== undefined;
  const bad = (row: SettingsTabRow, why: string) => problems.push(`Settings, "${row.label}": ${why} Using the default.`);
  const found = new Set<string>();
  const later: { row: SettingsTabRow; text: string }[] = [];
  for (const cells of settingsRows) {
    const row = findSettingRow(cells[0]);
    if (!row) continue;
    found.add(row.id);
    const value = cells[1];
    const text = cellText(value);
    if (text !== '' || isDate(value)) filled.push(row.label);
    switch (row.kind) {
      case 'state':
        if (text) raw.state = text;
        break;
      case 'date-rule':
      case 'rule':
        if (text !== '') later.push({ row, text });
        break;
      case 'progress': {
        if (text === '' && !isDate(value)) break;
        const parts: unknown[] = isDate(value) || typeof value === 'number' ? [value] : text.split(/[,;\n]+/).filter((p) => p.trim() !== '');
        const dates = parts.map(dateOf);
        if (dates.every((d) => d !== undefined)) raw.progressReportDates = dates;
        else bad(row, 'write dates like 11/14/2025, separated by commas.');
        break;
      }
      case 'workload': {
        const read = readWorkloadSetting(row, text);
        Object.assign(workload, read.workload);
        problems.push(...read.problems);
        break;
      }
      case 'add-on':
        readAddOn(row, text, addOn, bad);
        break;
    }
  }
  if (Object.keys(workload).length) raw.workload = workload;
  const calendar = parseCalendarRows(calendarRows, dateOf, isDate, problems);
  if (calendar) raw.calendar = calendar;
  let parsed = Settings.safeParse(raw);
  while (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const label = SETTINGS_TAB_ROWS.find((r) => r.id === key || r.id === issue?.path[1])?.label ?? 'Settings';
    problems.push(`Settings, "${label}": ${issue?.message ?? 'not valid'} Using the default.`);
    if (!(key in raw)) return { settings: defaultSettings, addOn, problems, filled, hasCalendar: false, missing: settingRows().filter((r) => !found.has(r.id)) };
    delete raw[key];
    parsed = Settings.safeParse(raw);
  }
  // The settings that move dates and the rule settings, through the same reading as the CLI's --setting.
  let settings: Settings = parsed.data;
  // A rule setting's default (for the message) is the one of the state the tab names.
  const ofState = new Map(settingRows(settings.state).map((r) => [r.id, r]));
  for (const { row: listed, text } of later) {
    const row = ofState.get(listed.id) ?? listed;
    // A choice is given by its words ("on the anniversary") or its stored value; anything else as typed.
    const given = CASELOAD_SETTINGS.find((c) => c.id === row.id)?.value.type === 'choice' ? settingChoice(row.id, text)?.value : text;
    const applied = given === undefined ? undefined : applySetting(settings, row.id, given);
    if (applied?.ok) settings = applied.value;
    else bad(row, `"${text}" cannot be used here. ${allowedWords(row)}`);
  }
  const missing = settingRows(settings.state).filter((r) => !found.has(r.id));
  return { settings, addOn, problems, filled, hasCalendar: settings.calendar !== undefined, missing };
}

function readAddOn(row: SettingsTabRow, text: string, addOn: AddOnSettings, bad: (row: SettingsTabRow, why: string) => void): void {
  switch (row.id) {
    case 'teamMode': {
      if (text === '') return;
      const mode = TEAM_CHOICES[text.toLowerCase()];
      if (mode) addOn.teamMode = mode;
      else bad(row, `choose one of: ${row.choices?.join('; ')}.`);
      return;
    }
    case 'calendarName':
      if (text) addOn.calendarName = text.slice(0, 100);
      return;
    case 'calendarId':
      if (text) addOn.calendarId = text;
      return;
    case 'reminderDays':
      if (text === '') return;
      if (Number.isInteger(Number(text)) && Number(text) >= 0 && Number(text) <= 28) addOn.reminderDays = Number(text);
      else bad(row, 'use a whole number of days from 0 to 28.');
      return;
  }
}

function parseCalendarRows(
  rows: readonly (readonly unknown[])[],
  dateOf: (v: unknown) => IsoDate | undefined,
  isDate: (v: unknown) => boolean,
  problems: string[],
): SchoolCalendar | undefined {
  const schoolYears: { firstDay?: IsoDate; lastDay?: IsoDate }[] = [];
  const closures: Record<string, unknown>[] = [];
  rows.forEach((row, i) => {
    const type = normaliseHeader(String(row[0] ?? ''));
    if (type === '') return;
    const name = String(row[1] ?? '').trim() || 'Closed';
    const from = dateOf(row[2]);
    const to = String(row[3] ?? '').trim() === '' && !isDate(row[3]) ? undefined : dateOf(row[3]);
    const where = `School Calendar, row ${i + 2}`;
    if (!from) {
      problems.push(`${where}: the start date is missing or not a date.`);
      return;
    }
    if (type === 'schoolyear') {
      if (!to) problems.push(`${where}: a school year needs its last day in the "To" column.`);
      else schoolYears.push({ firstDay: from, lastDay: to });
    } else if (type === 'closure' || type === 'holiday' || type === 'break') {
      closures.push(to && to !== from ? { from, to, name } : { date: from, name });
    } else {
      problems.push(`${where}: the type must be "School year" or "Closure".`);
    }
  });
  if (schoolYears.length === 0 && closures.length === 0) return undefined;
  const parsed = parseSchoolCalendar({ name: 'School calendar', schoolYears, closures });
  if (parsed.ok) return parsed.value;
  problems.push(`${parsed.error.message} School-day counts are off until it is fixed.`);
  return undefined;
}
