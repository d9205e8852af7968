import { CASELOAD_CAPS } from './caseload-caps.ts';
import type { IsoDate } from './iso-date.ts';
import { normaliseHeader } from './map-columns.ts';
import { parseDate } from './parse-date.ts';
import { type SchoolCalendar, parseSchoolCalendar } from './school-calendar.ts';
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

/** One row of the Settings tab: label, the value a new tab shows, help, and allowed values. */
export interface SettingsTabRow {
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

/** The Settings tab rows, in order (column A: the label, column B: the value, column C: the help). */
export const SETTINGS_TAB_ROWS: readonly SettingsTabRow[] = [
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
  {
    id: 'capacityHours',
    label: 'Work hours a week',
    initial: 10,
    help: 'Hours a week of case-management time each case manager has (meetings, paperwork, reports). The Team tab\'s workload charts measure every week against it.',
  },
  {
    id: 'caseManagerHours',
    label: 'Work hours a week, by case manager',
    initial: '',
    help: 'For case managers with other hours: the name as in the Case Manager column and the hours, e.g. "a.patel@school.example: 8; b.ng@school.example: 12".',
  },
  {
    id: 'caseloadType',
    label: 'Caseload type',
    initial: '',
    help: `Compares each case manager's count with a cap in law: ${CASELOAD_CAPS.map((c) => `${c.id} (${c.maxStudents})`).join(', ')}. Blank: no cap (a cap is never guessed).`,
  },
];

/** Everything read from the Settings and School Calendar tabs. */
export interface ParsedSettingsTab {
  settings: Settings;
  addOn: AddOnSettings;
  /** Settings that could not be used (their defaults apply), in a teacher's words. */
  problems: string[];
  /** The labels of the settings rows that had a value (so a caller can tell "blank" from "set"). */
  filled: string[];
  /** Whether the School Calendar tab gave a calendar. */
  hasCalendar: boolean;
}

/** Options for {@link parseSettingsTab}. */
export interface ParseSettingsTabOptions {
  /**
   * A cell value that is a date in its own right (Apps Script's Date cells), as a date; `undefined` for
   * anything else (text and spreadsheet serial numbers are read by `parseDate`).
   */
  cellDate?: (value: unknown) => IsoDate | undefined;
}

function yes(value: unknown): boolean | undefined {
  const v = String(value ?? '').trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(v)) return true;
  if (['no', 'n', 'false', '0', ''].includes(v)) return false;
  return undefined;
}

/**
 * Turns the rows of a tracking sheet's Settings tab (label, value, …; header row excluded) and School
 * Calendar tab (type, name, from, to; header row excluded) into engine and add-on settings. The sheet
 * add-on and the district roll-up both read a sheet's settings with it. A bad value is reported by its
 * label and replaced by the default; it never stops anything. Dates may be text, spreadsheet serial
 * numbers (the Sheets API's unformatted values) or date cells (`options.cellDate`).
 *
 * @example parseSettingsTab([['State', 'tx'], ['Work hours a week', 8]], []).settings.workload.capacityHours // 8
 */
export function parseSettingsTab(
  settingsRows: readonly (readonly unknown[])[],
  calendarRows: readonly (readonly unknown[])[],
  options: ParseSettingsTabOptions = {},
): ParsedSettingsTab {
  const byLabel = new Map(settingsRows.map((r) => [normaliseHeader(String(r[0] ?? '')), r[1]] as const));
  const problems: string[] = [];
  const filled: string[] = [];
  const raw: Record<string, unknown> = {};
  const workload: { capacityHours?: number; caseloadType?: string; caseManagers?: Record<string, { capacityHours: number }> } = {};
  const addOn: AddOnSettings = { teamMode: 'solo', calendarName: 'Casekeeper deadlines', reminderDays: 7 };
  const cellDate = options.cellDate ?? (() => undefined);
  const dateOf = (v: unknown): IsoDate | undefined => {
    const own = cellDate(v);
    if (own) return own;
    const parsed = parseDate(typeof v === 'string' ? v.trim() : v);
    return parsed.ok ? parsed.value : undefined;
  };
  const isDate = (v: unknown) => cellDate(v) !== undefined;
  for (const row of SETTINGS_TAB_ROWS) {
    const value = byLabel.get(normaliseHeader(row.label));
    const text = String(value ?? '').trim();
    if (text !== '' || isDate(value)) filled.push(row.label);
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
        else bad('choose "day before anniversary" or "anniversary".');
        break;
      case 'countTriggerDay':
      case 'rollForward': {
        const b = yes(value);
        if (b === undefined) bad('answer yes or no.');
        else raw[row.id] = b;
        break;
      }
      case 'progressReportDates': {
        if (text === '' && !isDate(value)) break;
        const parts: unknown[] = isDate(value) || typeof value === 'number' ? [value] : text.split(/[,;\n]+/).filter((p) => p.trim() !== '');
        const dates = parts.map(dateOf);
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
      case 'capacityHours': {
        if (text === '') break;
        const hours = hoursOf(text);
        if (hours !== undefined) workload.capacityHours = hours;
        else bad(`"${text}" is not a number of hours from 0 to 80.`);
        break;
      }
      case 'caseManagerHours': {
        if (text === '') break;
        const people: Record<string, { capacityHours: number }> = {};
        for (const entry of text.split(/[;\n]+/).map((e) => e.trim()).filter(Boolean)) {
          const m = /^(.+?)\s*[:=]\s*([^:=]+?)\s*(?:h|hrs?|hours?)?$/i.exec(entry);
          const hours = m ? hoursOf(m[2] as string) : undefined;
          if (!m || hours === undefined) {
            problems.push(`Settings, "${row.label}": "${entry}" should be a name and hours, like "a.patel@school.example: 8". That person gets the usual hours.`);
            continue;
          }
          people[(m[1] as string).trim()] = { capacityHours: hours };
        }
        if (Object.keys(people).length) workload.caseManagers = people;
        break;
      }
      case 'caseloadType': {
        if (text === '') break;
        const cap = CASELOAD_CAPS.find((c) => c.id.toLowerCase() === text.toLowerCase());
        if (cap) workload.caseloadType = cap.id;
        else bad(`"${text}" is not a caseload type Casekeeper knows (${CASELOAD_CAPS.map((c) => c.id).join(', ')}); no cap is applied.`);
        break;
      }
    }
  }
  if (Object.keys(workload).length) raw.workload = workload;
  const calendar = parseCalendarRows(calendarRows, dateOf, isDate, problems);
  if (calendar) raw.calendar = calendar;
  let parsed = Settings.safeParse(raw);
  while (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const label = SETTINGS_TAB_ROWS.find((r) => r.id === key)?.label ?? key;
    problems.push(`Settings, "${label}": ${issue?.message ?? 'not valid'} Using the default.`);
    if (!(key in raw)) return { settings: defaultSettings, addOn, problems, filled, hasCalendar: false };
    delete raw[key];
    parsed = Settings.safeParse(raw);
  }
  return { settings: parsed.data, addOn, problems, filled, hasCalendar: parsed.data.calendar !== undefined };
}

/** "8", "7.5", "8 h" → hours from 0 to 80; anything else undefined. */
function hoursOf(text: string): number | undefined {
  const n = Number(text.replace(/\s*(h|hrs?|hours?)$/i, '').trim());
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 80 ? n : undefined;
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
