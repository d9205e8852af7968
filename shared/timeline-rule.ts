import type { DayUnit } from './count-days.ts';
import type { IsoDate } from './iso-date.ts';
import type { Result } from './result.ts';
import type { Settings } from './settings.ts';
import type { StudentRecord } from './student-record.ts';

/** The kinds of deadline a timeline rule computes from a student's record. */
export const TIMELINE_DEADLINE_KINDS = [
  'initial-evaluation',
  'initial-iep',
  'annual-review',
  'reevaluation',
  'transition-services',
  'transfer-of-rights-notice',
  'transfer-of-rights',
  'part-c-transition',
  'progress-report',
] as const;

/** The kinds of deadline that come from the caseload's other tables (see `CASELOAD_DEADLINE_SOURCES`). */
export const CASELOAD_DEADLINE_KINDS = ['missed-service-notice', 'contact-follow-up', 'meeting-materials'] as const;

/** Every kind of deadline the engine computes. */
export const DEADLINE_KINDS = [...TIMELINE_DEADLINE_KINDS, ...CASELOAD_DEADLINE_KINDS] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** How a fact was checked in the reference: V rule text read, S secondary source, U unverified. */
export type Verification = 'V' | 'S' | 'U';

/** What a rule is computed from: the student's record plus the caseload settings. */
export interface RuleContext {
  student: StudentRecord;
  settings: Settings;
  /** The date deadlines are measured from, where the caller knows it (a grade-based rule needs it to place the grade). */
  today?: IsoDate;
  /** The jurisdiction's resolved rules, where the caller has them (a rule about the first IEP reads its date). */
  rules?: ReadonlyMap<DeadlineKind, TimelineRule>;
  /** The value of a rule setting (`settings.ruleSettings[id]`, else the pack's declared default). */
  setting<T extends number | boolean | null>(id: string): T;
}

/** A computed due date with the inputs used and any notes (windows skipped, extensions applied). */
export interface RuleOutcome {
  dueDate: IsoDate;
  inputs: Record<string, string | number>;
  notes: string[];
  /** A "schedule the meeting by" date the rule sets itself (else the engine derives one from the notice lead time). */
  scheduleBy?: IsoDate;
  /** The recorded date that satisfied it, where the rule can tell (e.g. an IEP meeting held since). */
  completedOn?: IsoDate;
  /** Before this date the deadline is not listed yet (it is too far off to act on). */
  showFrom?: IsoDate;
  /** After this date the deadline no longer applies (e.g. transition services once the student is past the age). */
  expiresAfter?: IsoDate;
  /** The deadline's name where it differs from the rule's title (e.g. "Confirm the current IEP includes transition services"). */
  title?: string;
  /** Earliest allowed date, where a rule sets one (reevaluation: not more than once a year). */
  earliest?: IsoDate;
}

/**
 * One timeline rule: the numbers and their citation as data, plus a small function that applies them.
 * A rule that does not apply to a student (its trigger date is missing) returns `undefined`.
 */
export interface TimelineRule {
  /** Stable id: `<pack>.<kind>`, e.g. `US.initial-evaluation`, `TX.initial-evaluation`. */
  id: string;
  kind: DeadlineKind;
  /** What a case manager calls it: "Initial evaluation". */
  title: string;
  /** Regulation section(s), e.g. `34 CFR 300.301(c)(1)`. */
  citation: string;
  verification: Verification;
  /** One sentence a teacher can read: why the date is what it is. */
  explanation: string;
  /** Summary numbers for the rule table (`60 calendar days from consent received`). */
  summary: string;
  /** The record field the clock starts from, if any. */
  trigger?: keyof StudentRecord;
  /** Count and unit for rule tables and `casekeeper due`, where the rule is a simple count. */
  count?: number;
  unit?: DayUnit;
  compute(ctx: RuleContext): Result<RuleOutcome> | undefined;
}

/** A rule setting whose value the reference could not verify, or that districts choose. */
export interface RuleSetting {
  id: string;
  description: string;
  default: number | boolean | null;
  citation: string;
  verification: Verification;
}

/** A jurisdiction's timeline rules; a state pack lists only what differs from the federal baseline. */
export interface RulePack {
  /** `US` for the federal baseline, else a state postal code. */
  code: string;
  name: string;
  rules: readonly TimelineRule[];
  settings: readonly RuleSetting[];
  /**
   * Notice lead time before an IEP meeting, where the state sets one. With `settingId`, the days come
   * from that declared rule setting (its default is `days`; null turns the lead time off).
   */
  meetingNotice?: { days: number; unit: DayUnit; citation: string; verification: Verification; settingId?: string };
}
