import * as z from 'zod';
import { IsoDate } from './iso-date.ts';
import { ProgressSettings } from './progress-settings.ts';
import { SchoolCalendar } from './school-calendar.ts';
import { SessionOutcome } from './session-record.ts';
import { StateCode } from './us-states.ts';
import { WorkloadSettings } from './workload-settings.ts';

/**
 * How a caseload's deadlines are computed and shown. Every default is the federal reading; a choice the
 * law leaves open (or the reference could not verify) is a setting here, never a hidden constant.
 */
export const Settings = z.object({
  /** The state whose rules apply; absent means the federal baseline (34 CFR 300). */
  state: StateCode.optional(),
  /** A deadline this many calendar days away or fewer is urgent. */
  urgentDays: z.number().int().min(0).max(365).default(7),
  /** A deadline this many calendar days away or fewer is soon. */
  soonDays: z.number().int().min(0).max(730).default(30),
  /** Annual review due the day before the anniversary of the last IEP meeting (default), or on it. */
  annualReviewConvention: z.enum(['day-before-anniversary', 'anniversary']).default('day-before-anniversary'),
  /** Count the trigger day as day 1 (inclusive). Default: exclusive, day 1 is the next day. */
  countTriggerDay: z.boolean().default(false),
  /** Move a due date that lands on a non-school day to the next school day. Default: no. */
  rollForward: z.boolean().default(false),
  /** Days of notice before an IEP meeting; overrides the state's lead time. Absent: the state's, if any. */
  meetingNoticeDays: z.number().int().min(0).max(60).optional(),
  /** How workload is forecast, levelled and compared with caseload caps (effort per kind, capacity, caps). */
  workload: WorkloadSettings,
  /** Dates progress reports go home (e.g. report-card dates). */
  progressReportDates: z.array(IsoDate).default([]),
  /** The district calendar, needed for school-day timelines and break exclusions. */
  calendar: SchoolCalendar.optional(),
  /** State holidays (beyond the federal ones) for business-day timelines. */
  holidays: z.array(IsoDate).default([]),
  /** Values for rule settings a state pack declares (by setting id), where the default is unverified. */
  ruleSettings: z.record(z.string(), z.union([z.number(), z.boolean(), z.null()])).default({}),
  /**
   * The district's grading (marking) periods, for services given per grading period: each is counted
   * over its own school days.
   */
  gradingPeriods: z
    .array(
      z
        .object({ name: z.string().trim().min(1).max(100), from: IsoDate, to: IsoDate })
        .refine((g) => g.from <= g.to, { message: 'The grading period ends before it starts.' }),
    )
    .default([]),
  /**
   * Missed-session outcomes the district does not owe back. Default: the student's own absence or
   * unavailability while the service was offered (OSEP Letter to Balkman, 1995, reaffirmed 2008; S).
   * Provider absence and school cancellations stay owed. Districts write their own make-up rules.
   */
  notOwedOutcomes: z.array(SessionOutcome).default(['student-absent', 'student-unavailable']),
  /**
   * The missed-service notice of 23 IAC 226.220(b): absent, it applies in Illinois only; true turns it on
   * for a caseload in a state with a similar rule; false turns it off.
   */
  missedServiceNotice: z.boolean().optional(),
  /** How dates are written where people read them: US `M/D/YYYY` (default) or ISO `YYYY-MM-DD`. Files stay ISO. */
  dateStyle: z.enum(['us', 'iso']).default('us'),
  /**
   * How students are named in what Casekeeper writes out: full names, or initials with the ID. Absent:
   * full names in tables, initials in calendar files (a calendar is easy to share by accident).
   */
  studentNames: z.enum(['full', 'initials']).optional(),
  /** Progress-monitoring decision rules: which rule, minimum points and weeks, trend tolerance. */
  progress: ProgressSettings.prefault({}),
});
export type Settings = z.infer<typeof Settings>;

/** The built-in defaults: federal rules, urgent ≤ 7 days, soon ≤ 30 days. */
export const defaultSettings: Settings = Settings.parse({});
