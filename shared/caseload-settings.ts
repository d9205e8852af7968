/** The kinds of value a setting takes, for reading it from text and saying what is allowed. */
export type SettingValueKind =
  | { type: 'whole-number'; min: number; max: number; noneAllowed?: boolean }
  | { type: 'yes-no'; noneAllowed?: boolean }
  | { type: 'choice'; choices: readonly { value: string; label: string }[] };

/** One caseload setting a teacher can change by name (`--setting urgentDays=10`, the Settings tab). */
export interface CaseloadSetting {
  /** The field of `Settings` it sets. */
  id: string;
  /** What people read: a short name. */
  label: string;
  description: string;
  value: SettingValueKind;
  /** The default, as people read it. */
  defaultText: string;
  /** True when it moves a due date (not only how it is shown). */
  changesDates: boolean;
  /** Where the rule behind it is written, or why no rule sets it (for settings that change dates). */
  citation?: string;
}

/**
 * The caseload settings a teacher can change by name, with plain descriptions. Rule settings a state
 * pack declares (`TX.ardSummerRule`, …) are listed by the pack itself (`resolveRules(pack).settings`).
 *
 * @example CASELOAD_SETTINGS.find((s) => s.id === 'urgentDays')?.defaultText // '7'
 */
export const CASELOAD_SETTINGS: readonly CaseloadSetting[] = [
  {
    id: 'urgentDays',
    label: 'Urgent within (days)',
    description: 'A deadline this many calendar days away or fewer is Urgent.',
    value: { type: 'whole-number', min: 0, max: 365 },
    defaultText: '7',
    changesDates: true,
    citation: "Casekeeper's own (no rule sets when a deadline is urgent)",
  },
  {
    id: 'soonDays',
    label: 'Soon within (days)',
    description: 'A deadline this many calendar days away or fewer is Soon.',
    value: { type: 'whole-number', min: 0, max: 730 },
    defaultText: '30',
    changesDates: true,
    citation: "Casekeeper's own (no rule sets when a deadline is soon)",
  },
  {
    id: 'annualReviewConvention',
    label: 'Annual review due',
    description: 'The annual review is due the day before the anniversary of the last IEP meeting, or on the anniversary (34 CFR 300.324(b)(1)(i) says "not less than annually").',
    value: {
      type: 'choice',
      choices: [
        { value: 'day-before-anniversary', label: 'the day before the anniversary' },
        { value: 'anniversary', label: 'on the anniversary' },
      ],
    },
    defaultText: 'day-before-anniversary',
    changesDates: true,
    citation: '34 CFR 300.324(b)(1)(i)',
  },
  {
    id: 'countTriggerDay',
    label: 'Count the starting day as day 1',
    description: 'Count the day of consent (or referral, eligibility) as day 1. Default: day 1 is the next day.',
    value: { type: 'yes-no' },
    defaultText: 'no',
    changesDates: true,
    citation: 'No rule says: published ways of counting differ (not verified); 34 CFR 300.11 counts calendar days',
  },
  {
    id: 'rollForward',
    label: 'Move due dates off non-school days',
    description: 'A due date that lands on a weekend, holiday or closure moves to the next school day. Default: dates stay where the count lands.',
    value: { type: 'yes-no' },
    defaultText: 'no',
    changesDates: true,
    citation: 'No federal rule says (not verified); most IDEA practice does not move the date',
  },
  {
    id: 'meetingNoticeDays',
    label: 'Meeting notice (days)',
    description: "Days of notice before an IEP meeting, for the 'schedule by' date; overrides the state's lead time. none: the state's, if any.",
    value: { type: 'whole-number', min: 0, max: 60, noneAllowed: true },
    defaultText: "the state's",
    changesDates: true,
    citation: '34 CFR 300.322(a)(1) ("early enough"); some states set days',
  },
  {
    id: 'missedServiceNotice',
    label: 'Missed-service notice',
    description: 'The missed-service notice of 23 IAC 226.220(b). none: in Illinois only.',
    value: { type: 'yes-no', noneAllowed: true },
    defaultText: 'Illinois only',
    changesDates: true,
    citation: '23 IAC 226.220(b)',
  },
  {
    id: 'dateStyle',
    label: 'Dates shown as',
    description: 'How dates are written where people read them. Files (CSV, JSON, calendar) always use 2026-12-19.',
    value: {
      type: 'choice',
      choices: [
        { value: 'us', label: '12/19/2026' },
        { value: 'iso', label: '2026-12-19' },
      ],
    },
    defaultText: 'us',
    changesDates: false,
  },
  {
    id: 'studentNames',
    label: 'Students named by',
    description: 'Full names, or initials with the student ID, in tables and exported files. Default: full names in tables, initials in calendar files.',
    value: {
      type: 'choice',
      choices: [
        { value: 'full', label: 'full names' },
        { value: 'initials', label: 'initials and ID' },
      ],
    },
    defaultText: 'full in tables, initials in calendars',
    changesDates: false,
  },
];
