import * as z from 'zod';
import type { Verification } from './timeline-rule.ts';

/** The kinds of work the workload forecast counts. */
export const WORK_KINDS = [
  'annual-review',
  'reevaluation',
  'initial-evaluation',
  'initial-iep',
  'progress-report',
  'meeting-notice',
  'make-up-minutes',
  'contact-follow-up',
  'service-minutes',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** What one kind of work is, what its hours are counted per, and where the default comes from. */
export interface WorkKindInfo {
  title: string;
  /** What the hours are per: "per meeting", "per goal", "per hour owed" … */
  per: string;
  defaultHours: number;
  /** Weeks the hours spread over, the due week included (make-up minutes: starting this week). */
  defaultSpreadWeeks: number;
  /** Where the default comes from: every default is a practitioner estimate, never a rule. */
  source: string;
  verification: Verification;
}

/**
 * Each kind of work with its default effort. These are estimates (case-management.md §5: "an IEP 2–4
 * hours of paperwork and meeting", S; the rest are Casekeeper's own, U): every one is a setting
 * (`settings.workload.effort`).
 */
export const WORK_KIND_INFO: Record<WorkKind, WorkKindInfo> = {
  'annual-review': {
    title: 'Annual IEP review',
    per: 'per meeting',
    defaultHours: 3,
    defaultSpreadWeeks: 3,
    source: 'Practitioner estimate: an IEP takes 2–4 hours of paperwork and meeting (case-management.md §5)',
    verification: 'S',
  },
  'initial-iep': {
    title: 'Initial IEP meeting',
    per: 'per meeting',
    defaultHours: 3,
    defaultSpreadWeeks: 3,
    source: 'Practitioner estimate: an IEP takes 2–4 hours of paperwork and meeting (case-management.md §5)',
    verification: 'S',
  },
  'reevaluation': {
    title: 'Reevaluation',
    per: 'per reevaluation (review of data, report, meeting)',
    defaultHours: 6,
    defaultSpreadWeeks: 4,
    source: 'Casekeeper estimate (about two IEPs of work); no published figure',
    verification: 'U',
  },
  'initial-evaluation': {
    title: 'Initial evaluation',
    per: 'per evaluation (case manager\'s share: records, observations, report, eligibility meeting)',
    defaultHours: 6,
    defaultSpreadWeeks: 4,
    source: 'Casekeeper estimate (about two IEPs of work); no published figure',
    verification: 'U',
  },
  'progress-report': {
    title: 'Progress report',
    per: 'per goal, each reporting date',
    defaultHours: 0.5,
    defaultSpreadWeeks: 2,
    source: 'Casekeeper estimate; teachers report about 7 hours a week on IEP data (case-management.md §5)',
    verification: 'U',
  },
  'meeting-notice': {
    title: 'Meeting notice',
    per: 'per notice (arranging a time with the family, writing and sending it)',
    defaultHours: 0.5,
    defaultSpreadWeeks: 1,
    source: 'Casekeeper estimate; no published figure',
    verification: 'U',
  },
  'make-up-minutes': {
    title: 'Make-up minutes owed',
    per: 'per hour of service owed',
    defaultHours: 1,
    defaultSpreadWeeks: 4,
    source: 'Make-up sessions happen outside the timetable, so each owed hour is an hour of work; spread over four weeks (Casekeeper estimate)',
    verification: 'U',
  },
  'contact-follow-up': {
    title: 'Contact follow-up',
    per: 'per follow-up',
    defaultHours: 0.25,
    defaultSpreadWeeks: 1,
    source: 'Casekeeper estimate; no published figure',
    verification: 'U',
  },
  'service-minutes': {
    title: 'Scheduled services',
    per: 'per hour of scheduled service (session notes and logging, not the teaching itself)',
    defaultHours: 0.1,
    defaultSpreadWeeks: 1,
    source: 'Casekeeper estimate: about 6 minutes of logging per hour of service; teachers report about 7 hours a week on IEP data (case-management.md §5)',
    verification: 'U',
  },
};

const effort = (kind: WorkKind) =>
  z
    .object({
      /** Hours of work (see `WORK_KIND_INFO[kind].per` for what they are per). */
      hours: z.number().min(0).max(200).default(WORK_KIND_INFO[kind].defaultHours),
      /** Weeks the hours spread over, the due week included. */
      spreadWeeks: z.number().int().min(1).max(12).default(WORK_KIND_INFO[kind].defaultSpreadWeeks),
    })
    .prefault({});

/** The effort of each kind of work; every field defaults to `WORK_KIND_INFO`. */
export const WorkEffort = z
  .object(Object.fromEntries(WORK_KINDS.map((k) => [k, effort(k)])) as { [K in WorkKind]: ReturnType<typeof effort> })
  .prefault({});
export type WorkEffort = z.infer<typeof WorkEffort>;

/** One case manager's own workload settings. */
export const CaseManagerSettings = z.object({
  /** Hours a week of case-management time; absent: the caseload's `capacityHours`. */
  capacityHours: z.number().min(0).max(80).optional(),
  /** The caseload type (a cap id from `CASELOAD_CAPS`, or one of `workload.caps`) the cap comes from. */
  caseloadType: z.string().trim().min(1).max(100).optional(),
});
export type CaseManagerSettings = z.infer<typeof CaseManagerSettings>;

/**
 * How workload is counted, forecast, compared with caps and levelled. Every number is a setting: the
 * effort defaults are estimates, the capacity is the user's own time, and a cap applies only to a caseload
 * type the user names.
 */
export const WorkloadSettings = z
  .object({
    /** Hours a week of case-management time per case manager (a full school week; short weeks get their share). */
    capacityHours: z.number().min(0).max(80).default(10),
    /** Weeks the forecast covers, this week included. */
    weeks: z.number().int().min(1).max(52).default(12),
    effort: WorkEffort,
    /** Calendar days that must lie between two meetings of the same student when a meeting is moved. */
    minMeetingGapDays: z.number().int().min(0).max(180).default(14),
    /** The caseload type of every case manager without their own (a cap id); absent: no cap is applied. */
    caseloadType: z.string().trim().min(1).max(100).optional(),
    /** Per case manager (by the name in the Case Manager column). */
    caseManagers: z.record(z.string(), CaseManagerSettings).default({}),
    /** A district or contract cap by name (maximum students), or another number for a codified cap id. */
    caps: z.record(z.string(), z.number().int().min(1).max(1000)).default({}),
    /** How students are weighted: one, plus one for every so many weekly service minutes and hours of upcoming work. */
    weights: z
      .object({
        /** Weekly scheduled service minutes that count as one more student. */
        serviceMinutesPerStudent: z.number().positive().max(10_000).default(300),
        /** Hours of upcoming work in the forecast window that count as one more student. */
        workHoursPerStudent: z.number().positive().max(1_000).default(12),
      })
      .prefault({}),
  })
  .prefault({});
export type WorkloadSettings = z.infer<typeof WorkloadSettings>;
