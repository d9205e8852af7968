import { type IsoDate, type SchoolCalendar, Settings, defaultSettings, parseDate, parseSchoolCalendar } from '../../shared/index.ts';
import { isDateValue } from './cell-to-iso-date.ts';
import type { GasServices } from './gas-services.ts';
import { findTab } from './tab-registry.ts';
import { headerKey } from './tracker-layout.ts';

/** Who a sync covers and where it writes. */
export type TeamMode = 'solo' | 'own-calendars' | 'team-calendar';

/** Add-on settings that are not part of the deadline engine's Settings. */
export interface AddOnSettings {
  teamMode: TeamMode;
  calendarName: string;
  /** An existing calendar to use instead of making one. */
  calendarId?: string;
  reminderDays: number;
}

/** One row of the Settings tab: label, default shown on a new tab, help, and allowed values. */
interface SettingRow {
  id: string;
  label: string;
  initial: string | number;
  help: string;
  choices?: readonly string[];
}

const TEAM_CHOICES: Record<string, TeamMode> = {
  'just me': 'solo',
  'each case manager, own calendar': 'own-calendars',
  'everyone, one team calendar': 'team-calendar',
};

/** The Settings tab rows, in order. */
export const SETTING_ROWS: readonly SettingRow[] = [
  { id: 'state', label: 'State', initial: '', help: 'Two-letter code (CA, TX …). Leave blank for the federal rules (34 CFR 300).' },
  { id: 'urgentDays', label: 'Urgent within (days)', initial: 7, help: 'A deadline this many days away or fewer shows as Urgent.' },
  { id: 'soonDays', label: 'Soon within (days)', initial: 30, help: 'A deadline this many days away or fewer shows as Soon.' },
  {
    id: 'annualReviewConvention',
    label: 'Annual review due',
    initial: 'day before anniversary',
    help: 'When the annual review is due relative to the last IEP meeting.',
    choices: ['day before anniversary', 'anniversary'],
  },
  { id: 'countTriggerDay', label: 'Count the starting day', initial: 'no', help: 'yes: the day consent arrives is day 1.', choices: ['no', 'yes'] },
  { id: 'rollForward', label: 'Move due dates off closed days', initial: 'no', help: 'yes: a due date on a closed day moves to the next school day.', choices: ['no', 'yes'] },
  { id: 'meetingNoticeDays', label: 'Meeting notice (days)', initial: '', help: 'Days of notice before an IEP meeting; blank uses the state rule.' },
  { id: 'progressReportDates', label: 'Progress report dates', initial: '', help: 'Dates separated by commas, e.g. 11/14/2025, 2/6/2026.' },
  {
    id: 'teamMode',
    label: 'Team mode',
    initial: 'Just me',
    help: 'Just me: every row to my calendar. Own calendar: each case manager (Case Manager column = email) syncs their students. Team calendar: everyone to one shared calendar.',
    choices: ['Just me', 'Each case manager, own calendar', 'Everyone, one team calendar'],
  },
  { id: 'calendarName', label: 'Calendar name', initial: 'Casekeeper deadlines', help: 'The calendar Casekeeper makes on the first sync.' },
  { id: 'calendarId', label: 'Calendar ID (optional)', initial: '', help: 'Use an existing calendar instead (Calendar settings > Integrate calendar > Calendar ID).' },
  { id: 'reminderDays', label: 'Reminder (days before)', initial: 7, help: 'A pop-up reminder this many days before each deadline (0 = none, at most 28).' },
];

/** Everything read from the Settings and School Calendar tabs. */
export interface LoadedSettings {
  settings: Settings;
  addOn: AddOnSettings;
  /** Settings that could not be used (their defaults apply), in a teacher's words. */
  problems: string[];
}

function yes(value: unknown): boolean | undefined {
  const v = String(value ?? '').trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(v)) return true;
  if (['no', 'n', 'false', '0', ''].includes(v)) return false;
  return undefined;
}

/**
 * Turns the Settings and School Calendar tab values into engine and add-on settings. A bad value is
 * reported by its label and replaced by the default; it never stops a refresh.
 */
export function parseSettingsValues(
  settingsRows: readonly (readonly unknown[])[],
  calendarRows: readonly (readonly unknown[])[],
  toIsoDate: (value: Date) => IsoDate | undefined,
): LoadedSettings {
  const byLabel = new Map(settingsRows.map((r) => [headerKey(r[0]), r[1]] as const));
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  const addOn: AddOnSettings = { teamMode: 'solo', calendarName: 'Casekeeper deadlines', reminderDays: 7 };
  const dateOf = (v: unknown): IsoDate | undefined => {
    if (isDateValue(v)) return toIsoDate(v);
    const parsed = parseDate(v);
    return parsed.ok ? parsed.value : undefined;
  };
  for (const row of SETTING_ROWS) {
    const value = byLabel.get(headerKey(row.label));
    const text = String(value ?? '').trim();
    const bad = (why: string) => problems.push(`Settings, "${row.label}": ${why} Using the default.`);
    switch (row.id) {
      case 'state':
        if (text) raw.state = text;
        break;
      case 'urgentDays':
      case 'soonDays':
      case 'meetingNoticeDays':
        if (text === '') break;
        if (Number.isInteger(Number(text))) raw[row.id] = Number(text);
        else bad(`"${text}" is not a whole number.`);
        break;
      case 'annualReviewConvention':
        if (text === '') break;
        if (/before/i.test(text)) raw.annualReviewConvention = 'day-before-anniversary';
        else if (/anniversary/i.test(text)) raw.annualReviewConvention = 'anniversary';
        else bad(`choose "day before anniversary" or "anniversary".`);
        break;
      case 'countTriggerDay':
      case 'rollForward': {
        const b = yes(value);
        if (b === undefined) bad('answer yes or no.');
        else raw[row.id] = b;
        break;
      }
      case 'progressReportDates': {
        if (text === '' && !(isDateValue(value))) break;
        const parts = isDateValue(value) ? [value] : text.split(/[,;\n]+/).filter((p) => p.trim() !== '');
        const dates = parts.map((p) => dateOf(typeof p === 'string' ? p.trim() : p));
        if (dates.every((d) => d !== undefined)) raw.progressReportDates = dates;
        else bad('write dates like 11/14/2025, separated by commas.');
        break;
      }
      case 'teamMode': {
        if (text === '') break;
        const mode = TEAM_CHOICES[text.toLowerCase()];
        if (mode) addOn.teamMode = mode;
        else bad(`choose one of: ${row.choices?.join('; ')}.`);
        break;
      }
      case 'calendarName':
        if (text) addOn.calendarName = text.slice(0, 100);
        break;
      case 'calendarId':
        if (text) addOn.calendarId = text;
        break;
      case 'reminderDays':
        if (text === '') break;
        if (Number.isInteger(Number(text)) && Number(text) >= 0 && Number(text) <= 28) addOn.reminderDays = Number(text);
        else bad('use a whole number of days from 0 to 28.');
        break;
    }
  }
  const calendar = parseCalendarRows(calendarRows, dateOf, problems);
  if (calendar) raw.calendar = calendar;
  let parsed = Settings.safeParse(raw);
  while (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const label = SETTING_ROWS.find((r) => r.id === key)?.label ?? key;
    problems.push(`Settings, "${label}": ${issue?.message ?? 'not valid'} Using the default.`);
    if (!(key in raw)) return { settings: defaultSettings, addOn, problems };
    delete raw[key];
    parsed = Settings.safeParse(raw);
  }
  return { settings: parsed.data, addOn, problems };
}

function parseCalendarRows(
  rows: readonly (readonly unknown[])[],
  dateOf: (v: unknown) => IsoDate | undefined,
  problems: string[],
): SchoolCalendar | undefined {
  const schoolYears: { firstDay?: IsoDate; lastDay?: IsoDate }[] = [];
  const closures: Record<string, unknown>[] = [];
  rows.forEach((row, i) => {
    const type = headerKey(row[0]);
    if (type === '') return;
    const name = String(row[1] ?? '').trim() || 'Closed';
    const from = dateOf(row[2]);
    const to = String(row[3] ?? '').trim() === '' && !(isDateValue(row[3])) ? undefined : dateOf(row[3]);
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

/** Reads the Settings and School Calendar tabs (one read each). Missing tabs mean defaults. */
export function readSettings(
  gas: GasServices,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  toIsoDate: (value: Date) => IsoDate | undefined,
): LoadedSettings {
  const settingsSheet = findTab(gas, spreadsheet, 'settings');
  const calendarSheet = findTab(gas, spreadsheet, 'schoolCalendar');
  const rows = (sheet: GoogleAppsScript.Spreadsheet.Sheet | null): unknown[][] => {
    if (!sheet) return [];
    const last = sheet.getLastRow();
    return last < 2 ? [] : sheet.getRange(2, 1, last - 1, 4).getValues();
  };
  return parseSettingsValues(rows(settingsSheet), rows(calendarSheet), toIsoDate);
}
