import { CASELOAD_CAPS } from './caseload-caps.ts';
import { CASELOAD_SETTINGS, type SettingValueKind } from './caseload-settings.ts';

/**
 * What a Settings tab row sets: the State; a caseload setting that moves a date; a rule setting a state
 * declares; the progress report dates; the team's work hours and caseload type; an add-on setting.
 */
export type SettingsTabRowKind = 'state' | 'date-rule' | 'rule' | 'progress' | 'workload' | 'add-on';

/** One row of the Settings tab: its name, the value a new tab starts with, default, citation, help, and allowed values. */
export interface SettingsTabRow {
  /** What it sets: a field of the engine's Settings (`urgentDays`), a rule setting a state declares (`TX.ardSummerRule`), a workload or an add-on setting. */
  id: string;
  kind: SettingsTabRowKind;
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

function wordsOfKind(kind: SettingValueKind, defaultText: string): Pick<SettingsTabRow, 'choices' | 'range' | 'defaultText'> {
  if (kind.type === 'whole-number') return { range: { min: kind.min, max: kind.max, ...(kind.noneAllowed ? { noneAllowed: true } : {}) }, defaultText };
  if (kind.type === 'yes-no') return { choices: ['yes', 'no'], defaultText };
  const label = kind.choices.find((c) => c.value === defaultText)?.label ?? defaultText;
  return { choices: kind.choices.map((c) => c.label), defaultText: label };
}

/** The caseload settings that move a due date (CASELOAD_SETTINGS), as rows. */
const DATE_RULE_ROWS: readonly SettingsTabRow[] = CASELOAD_SETTINGS.filter((c) => c.changesDates).map((c) => {
  const words = wordsOfKind(c.value, c.defaultText);
  const initial = c.value.type === 'whole-number' && !c.value.noneAllowed ? Number(c.defaultText) : c.value.type === 'yes-no' && !c.value.noneAllowed ? c.defaultText : c.value.type === 'choice' ? words.defaultText : '';
  return { id: c.id, kind: 'date-rule', label: c.label, ...(OLD_LABELS[c.id] ? { aliases: OLD_LABELS[c.id] } : {}), initial, citation: CASELOAD_CITATIONS[c.id] ?? NOT_A_RULE, help: c.description, ...words };
});

/** The team's work hours and caseload type (settings.workload), for the Team tab and the district roll-up. */
const WORKLOAD_ROWS: readonly SettingsTabRow[] = [
  {
    id: 'capacityHours',
    kind: 'workload',
    label: 'Work hours a week',
    initial: 10,
    defaultText: '10',
    citation: NOT_A_RULE,
    help: 'Hours a week of case-management time each case manager has (meetings, paperwork, reports). The Team tab\'s workload charts measure every week against it.',
  },
  {
    id: 'caseManagerHours',
    kind: 'workload',
    label: 'Work hours a week, by case manager',
    initial: '',
    defaultText: 'everyone the same',
    citation: NOT_A_RULE,
    help: 'For case managers with other hours: the name as in the Case Manager column and the hours, e.g. "a.patel@school.example: 8; b.ng@school.example: 12".',
  },
  {
    id: 'caseloadType',
    kind: 'workload',
    label: 'Caseload type',
    initial: '',
    defaultText: 'no cap',
    citation: 'The state law of the cap chosen (listed in What it means)',
    help: `Compares each case manager's count with a cap in law: ${CASELOAD_CAPS.map((c) => `${c.id} (${c.maxStudents}; ${c.citation})`).join(', ')}. Blank: no cap (a cap is never guessed).`,
  },
];

/**
 * The Settings tab rows every tracker has, in order: the State, each caseload setting that moves a date,
 * the progress report dates, the add-on's calendar settings, then the team's work hours and caseload
 * type. A state's own rule settings go between the dates and the add-on's rows (`settingRows`).
 *
 * @example SETTINGS_TAB_ROWS.find((r) => r.id === 'capacityHours')?.label // 'Work hours a week'
 */
export const SETTINGS_TAB_ROWS: readonly SettingsTabRow[] = [
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
  ...WORKLOAD_ROWS,
];
