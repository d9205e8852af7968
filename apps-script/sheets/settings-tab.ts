import {
  CASELOAD_SETTINGS,
  FEDERAL_RULES,
  type IsoDate,
  type RuleSetting,
  type SchoolCalendar,
  type SettingValueKind,
  Settings,
  applySetting,
  defaultSettings,
  getRulePack,
  listRulePacks,
  parseDate,
  parseSchoolCalendar,
  presentRuleSetting,
  resolveRules,
} from '../../shared/index.ts';
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

/** One row of the Settings tab: its name, the value a new tab starts with, default, citation, help, and allowed values. */
export interface SettingRow {
  /** What it sets: a field of the engine's Settings (`urgentDays`), a rule setting a state declares (`TX.ardSummerRule`), or an add-on setting. */
  id: string;
  kind: 'state' | 'date-rule' | 'rule' | 'progress' | 'add-on';
  /** The name people read in column A. */
  label: string;
  /** Names an older Settings tab used for this row (still read, and renamed when the tab is completed). */
  aliases?: readonly string[];
  /** The Value a new tab starts with ('' leaves it blank: the default applies). */
  initial: string | number;
  /** The default, in words. */
  defaultText: string;
  /** Where the rule comes from, or that it is the team's own choice. */
  citation: string;
  help: string;
  /** The words the Value cell takes (its drop-down). */
  choices?: readonly string[];
  /** The whole numbers the Value cell takes; `none` also allowed where `noneAllowed`. */
  range?: { min: number; max: number; noneAllowed?: boolean };
}

const TEAM_CHOICES: Record<string, TeamMode> = {
  'just me': 'solo',
  'each case manager, own calendar': 'own-calendars',
  'everyone, one team calendar': 'team-calendar',
};

const NOT_A_RULE = 'Your choice (not a legal rule)';

/** Citations of the caseload settings that move a date (where the number comes from). */
const CASELOAD_CITATIONS: Record<string, string> = {
  urgentDays: NOT_A_RULE,
  soonDays: NOT_A_RULE,
  annualReviewConvention: '34 CFR 300.324(b)(1)(i) ("not less than annually")',
  countTriggerDay: 'District practice (the federal and state rules do not say)',
  rollForward: 'District practice (the federal and state rules do not say)',
  meetingNoticeDays: '34 CFR 300.322(a)(1) ("early enough"), or the state rule',
  missedServiceNotice: '23 IAC 226.220(b)',
};

/** Names the first Settings tabs used. */
const OLD_LABELS: Record<string, readonly string[]> = {
  countTriggerDay: ['Count the starting day'],
  rollForward: ['Move due dates off closed days'],
};

function wordsOfKind(kind: SettingValueKind, defaultText: string): Pick<SettingRow, 'choices' | 'range' | 'defaultText'> {
  if (kind.type === 'whole-number') return { range: { min: kind.min, max: kind.max, ...(kind.noneAllowed ? { noneAllowed: true } : {}) }, defaultText };
  if (kind.type === 'yes-no') return { choices: ['yes', 'no'], defaultText };
  const label = kind.choices.find((c) => c.value === defaultText)?.label ?? defaultText;
  return { choices: kind.choices.map((c) => c.label), defaultText: label };
}

/** The caseload settings that move a due date (CASELOAD_SETTINGS), as rows. */
const DATE_RULE_ROWS: readonly SettingRow[] = CASELOAD_SETTINGS.filter((c) => c.changesDates).map((c) => {
  const words = wordsOfKind(c.value, c.defaultText);
  const initial = c.value.type === 'whole-number' && !c.value.noneAllowed ? Number(c.defaultText) : c.value.type === 'yes-no' && !c.value.noneAllowed ? c.defaultText : c.value.type === 'choice' ? words.defaultText : '';
  return { id: c.id, kind: 'date-rule', label: c.label, ...(OLD_LABELS[c.id] ? { aliases: OLD_LABELS[c.id] } : {}), initial, citation: CASELOAD_CITATIONS[c.id] ?? NOT_A_RULE, help: c.description, ...words };
});

/** The Settings tab rows every tracker has, in order (a state's own rule settings follow: {@link settingRows}). */
export const SETTING_ROWS: readonly SettingRow[] = [
  { id: 'state', kind: 'state', label: 'State', initial: '', defaultText: 'federal rules', citation: '34 CFR 300, or the state\'s rules', help: 'Two-letter code (CA, TX …). Leave blank for the federal rules (34 CFR 300). Its own settings are added below at the next Refresh deadlines.' },
  ...DATE_RULE_ROWS,
  { id: 'progressReportDates', kind: 'progress', label: 'Progress report dates', initial: '', defaultText: 'none', citation: '34 CFR 300.320(a)(3)(ii)', help: 'Dates separated by commas, e.g. 11/14/2025, 2/6/2026.' },
  {
    id: 'teamMode',
    kind: 'add-on',
    label: 'Team mode',
    initial: 'Just me',
    defaultText: 'Just me',
    citation: '',
    help: 'Just me: every row to my calendar. Own calendar: each case manager (Case Manager column = email) syncs their students. Team calendar: everyone to one shared calendar.',
    choices: ['Just me', 'Each case manager, own calendar', 'Everyone, one team calendar'],
  },
  { id: 'calendarName', kind: 'add-on', label: 'Calendar name', initial: 'Casekeeper deadlines', defaultText: 'Casekeeper deadlines', citation: '', help: 'The calendar Casekeeper makes on the first sync.' },
  { id: 'calendarId', kind: 'add-on', label: 'Calendar ID (optional)', initial: '', defaultText: 'a new calendar', citation: '', help: 'Use an existing calendar instead (Calendar settings > Integrate calendar > Calendar ID).' },
  { id: 'reminderDays', kind: 'add-on', label: 'Reminder (days before)', initial: 7, defaultText: '7', citation: '', help: 'A pop-up reminder this many days before each deadline (0 = none, at most 28).', range: { min: 0, max: 28 } },
];

function ruleRow(setting: RuleSetting): SettingRow {
  const { name, defaultText } = presentRuleSetting(setting);
  const kind: Pick<SettingRow, 'choices' | 'range'> = typeof setting.default === 'boolean' ? { choices: ['yes', 'no'] } : { range: { min: 0, max: 365, noneAllowed: true } };
  return { id: setting.id, kind: 'rule', label: name, initial: '', defaultText, citation: setting.citation, help: `${setting.description} Leave blank for the default.`, ...kind };
}

/**
 * Every row of the Settings tab for a tracker in `state` (blank: federal): the rows every tracker has,
 * then each rule setting of the state's rules as `casekeeper rules --state XX` lists them (blank Value:
 * the default applies).
 *
 * @example settingRows('TX').some((r) => r.id === 'TX.ardSummerRule') // true
 */
export function settingRows(state?: string): SettingRow[] {
  const pack = getRulePack(state);
  const rules = resolveRules(pack.ok ? pack.value : FEDERAL_RULES).settings.map(ruleRow);
  const addOn = SETTING_ROWS.filter((r) => r.kind === 'add-on');
  return [...SETTING_ROWS.filter((r) => r.kind !== 'add-on'), ...rules, ...addOn];
}

let ruleRowsCache: Map<string, SettingRow> | undefined;

/** Every state's rule settings by their row name (a tab may keep the rows of a state it used before). */
function ruleRowsByKey(): Map<string, SettingRow> {
  if (ruleRowsCache) return ruleRowsCache;
  const byKey = new Map<string, SettingRow>();
  for (const pack of listRulePacks()) for (const s of resolveRules(pack).settings) {
    const row = ruleRow(s);
    if (!byKey.has(headerKey(row.label))) byKey.set(headerKey(row.label), row);
  }
  ruleRowsCache = byKey;
  return byKey;
}

/** The row a Setting cell names (by its name or an older one), if it is one of Casekeeper's. */
export function findSettingRow(label: unknown): SettingRow | undefined {
  const key = headerKey(label);
  if (key === '') return undefined;
  return SETTING_ROWS.find((r) => headerKey(r.label) === key || r.aliases?.some((a) => headerKey(a) === key)) ?? ruleRowsByKey().get(key);
}

/** What the Value cell takes, in a teacher's words (the cell's help text and the message for a bad value). */
export function allowedWords(row: SettingRow): string {
  const blank = row.kind === 'rule' || row.range?.noneAllowed || row.initial === '' ? `, or leave it blank for the default (${row.defaultText})` : '';
  if (row.range) return `Type a whole number from ${row.range.min} to ${row.range.max}${row.range.noneAllowed ? ', or "none"' : ''}${blank}.`;
  if (row.choices) return `Choose ${row.choices.map((c) => `"${c}"`).join(' or ')}${blank}.`;
  return row.help;
}

function normalizeChoice(text: string): string {
  return text.toLowerCase().replace(/-/g, ' ').replace(/\b(the|on)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The value to give `applySetting` for a row's cell text: a choice's stored value for its label; '' for a blank cell. */
function settingText(row: SettingRow, text: string): string | undefined {
  const kind = CASELOAD_SETTINGS.find((c) => c.id === row.id)?.value;
  if (kind?.type !== 'choice') return text;
  const wanted = normalizeChoice(text);
  return kind.choices.find((c) => normalizeChoice(c.value) === wanted || normalizeChoice(c.label) === wanted)?.value;
}

/** A cell's text as typed (a checkbox or TRUE/FALSE cell reads as yes/no). */
function cellText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value ?? '').trim();
}

/** Everything read from the Settings and School Calendar tabs. */
export interface LoadedSettings {
  settings: Settings;
  addOn: AddOnSettings;
  /** Settings that could not be used (their defaults apply), in a teacher's words. */
  problems: string[];
  /** Rows the tab should have for its state and does not (a state chosen since the tab was made). */
  missing: SettingRow[];
}

/**
 * Turns the Settings and School Calendar tab values into engine and add-on settings. Rows are found by
 * their name in column A (an older name too); a bad value is reported by that name with what the cell
 * takes, and its default applies: it never stops a refresh. A blank rule setting keeps its default.
 */
export function parseSettingsValues(
  settingsRows: readonly (readonly unknown[])[],
  calendarRows: readonly (readonly unknown[])[],
  toIsoDate: (value: Date) => IsoDate | undefined,
): LoadedSettings {
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  const addOn: AddOnSettings = { teamMode: 'solo', calendarName: 'Casekeeper deadlines', reminderDays: 7 };
  const dateOf = (v: unknown): IsoDate | undefined => {
    if (isDateValue(v)) return toIsoDate(v);
    const parsed = parseDate(v);
    return parsed.ok ? parsed.value : undefined;
  };
  const bad = (row: SettingRow, why: string) => problems.push(`Settings, "${row.label}": ${why} Using the default.`);
  const found = new Set<string>();
  const later: { row: SettingRow; text: string }[] = [];
  for (const cells of settingsRows) {
    const row = findSettingRow(cells[0]);
    if (!row) continue;
    found.add(row.id);
    const value = cells[1];
    const text = cellText(value);
    switch (row.kind) {
      case 'state':
        if (text) raw.state = text;
        break;
      case 'date-rule':
      case 'rule':
        if (text !== '') later.push({ row, text });
        break;
      case 'progress': {
        if (text === '' && !isDateValue(value)) break;
        const parts = isDateValue(value) ? [value] : text.split(/[,;\n]+/).filter((p) => p.trim() !== '');
        const dates = parts.map((p) => dateOf(typeof p === 'string' ? p.trim() : p));
        if (dates.every((d) => d !== undefined)) raw.progressReportDates = dates;
        else bad(row, 'write dates like 11/14/2025, separated by commas.');
        break;
      }
      case 'add-on':
        readAddOn(row, text, addOn, bad);
        break;
    }
  }
  const calendar = parseCalendarRows(calendarRows, dateOf, problems);
  if (calendar) raw.calendar = calendar;
  let parsed = Settings.safeParse(raw);
  while (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const label = SETTING_ROWS.find((r) => r.id === key)?.label ?? 'Settings';
    problems.push(`Settings, "${label}": ${issue?.message ?? 'not valid'} Using the default.`);
    if (!(key in raw)) return { settings: defaultSettings, addOn, problems, missing: [] };
    delete raw[key];
    parsed = Settings.safeParse(raw);
  }
  // The settings that move dates, through the same reading as the CLI's --setting.
  let settings: Settings = parsed.data;
  // A rule setting's default (for the message) is the one of the state the tab names.
  const ofState = new Map(settingRows(settings.state).map((r) => [r.id, r]));
  for (const { row: listed, text } of later) {
    const row = ofState.get(listed.id) ?? listed;
    const given = settingText(row, text);
    const applied = given === undefined ? undefined : applySetting(settings, row.id, given);
    if (applied?.ok) settings = applied.value;
    else bad(row, `"${text}" cannot be used here. ${allowedWords(row)}`);
  }
  const missing = settingRows(settings.state).filter((r) => !found.has(r.id));
  return { settings, addOn, problems, missing };
}

function readAddOn(row: SettingRow, text: string, addOn: AddOnSettings, bad: (row: SettingRow, why: string) => void): void {
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
  const loaded = parseSettingsValues(rows(settingsSheet), rows(calendarSheet), toIsoDate);
  // Without a Settings tab there is nothing to complete (Set up tracker makes it).
  return settingsSheet ? loaded : { ...loaded, missing: [] };
}
