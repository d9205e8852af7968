import { buildDeadline } from './build-deadline.ts';
import { CASELOAD_DEADLINE_SOURCES } from './caseload-deadline-sources.ts';
import { meetingNoticeLead } from './meeting-notice-lead.ts';
import { ruleContext } from './rule-context.ts';
import { countDaysBack } from './count-days-back.ts';
import type { Deadline } from './deadline.ts';
import { toDayNumber, weekdayOf } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { Settings } from './settings.ts';
import { sortByUrgency } from './sort-by-urgency.ts';
import type { StudentRecord } from './student-record.ts';
import { NO_STUDENT_TABLES, type StudentTables } from './student-tables.ts';
import { TRACKER_COLUMNS } from './tracker-columns.ts';
import type { DeadlineKind, TimelineRule } from './timeline-rule.ts';

/** Every deadline of one student, plus what kept any from being computed. */
export interface StudentDeadlines {
  studentId: string;
  deadlines: Deadline[];
  /** Reasons in a teacher's words (unknown state, a calendar that is too short …). */
  problems: string[];
}

const MEETING_KINDS: ReadonlySet<DeadlineKind> = new Set(['initial-iep', 'annual-review', 'reevaluation']);

/**
 * Where a deadline is done: the record fields whose date completes it (the first recorded on or after the
 * trigger). An initial evaluation is over once its report is written, eligibility is decided, or an IEP has been held.
 */
const COMPLETED_BY: Partial<Record<DeadlineKind, readonly (keyof StudentRecord)[]>> = {
  'initial-evaluation': ['evaluationReportDate', 'eligibilityDate', 'lastIepDate'],
  'initial-iep': ['lastIepDate'],
};

/** What the district's IEP system states, to compare with the rule. */
const STATED_BY_SYSTEM: Partial<Record<DeadlineKind, keyof StudentRecord>> = {
  'annual-review': 'annualReviewDue',
  'reevaluation': 'reevaluationDue',
};

/**
 * Computes every applicable deadline of a student under the caseload settings, as of `today`: due date,
 * days and school days left, status, a "schedule by" date where a meeting-notice lead time applies, and
 * the basis (rule, citation, inputs, explanation) so a teacher can see why each date is what it is.
 *
 * @param student a validated tracker record
 * @param settings caseload settings (state, thresholds, calendar …)
 * @param today the date to measure from
 * @param tables the student's rows of the other tables (services, sessions, contacts …), for the deadlines
 *   that come from them (`CASELOAD_DEADLINE_SOURCES`)
 * @example computeDeadlines({ studentId: 'S1', lastIepDate: '2025-12-20' }, defaultSettings, '2026-11-23').deadlines[0]?.dueDate // '2026-12-19'
 */
export function computeDeadlines(student: StudentRecord, settings: Settings, today: IsoDate, tables: StudentTables = NO_STUDENT_TABLES): StudentDeadlines {
  const problems: string[] = [];
  const context = ruleContext(student, settings, { today });
  if (!context.ok) return { studentId: student.studentId, deadlines: [], problems: [context.error.message] };
  if (student.exitDate && student.exitDate <= today) {
    return { studentId: student.studentId, deadlines: [], problems: [] };
  }
  const ctx = context.value;
  const lead = meetingNoticeLead(ctx);
  const deadlines: Deadline[] = [];
  for (const rule of ctx.rules.values()) {
    let outcome;
    try {
      outcome = rule.compute(ctx);
    } catch {
      problems.push(`${rule.title}: could not be computed; please report this.`);
      continue;
    }
    if (outcome === undefined) {
      const stated = systemStated(rule, student, today, settings);
      if (stated) deadlines.push(stated);
      const missing = missingStart(rule, student);
      if (missing) problems.push(missing);
      continue;
    }
    if (!outcome.ok) {
      // A timeline the record shows finished long ago (an evaluation before the calendar starts) is no problem.
      if (!completedBy(rule, student)) problems.push(`${rule.title}: ${outcome.error.message}`);
      continue;
    }
    const { dueDate, inputs, notes, scheduleBy, earliest, expiresAfter, showFrom, completedOn: ruleCompletedOn, title } = outcome.value;
    if ((expiresAfter && expiresAfter < today) || (showFrom && today < showFrom)) continue;
    const completedOn = ruleCompletedOn ?? completedBy(rule, student);
    const deadline = makeDeadline(student.studentId, rule, dueDate, today, settings, completedOn);
    if (title) deadline.title = title;
    deadline.basis.inputs = inputs;
    deadline.basis.notes = [...notes, ...weekendNote(rule, dueDate, settings)];
    const by = scheduleBy ?? (MEETING_KINDS.has(rule.kind) && lead ? countDaysBack(dueDate, lead.days, lead.unit, settings) : undefined);
    if (by) deadline.scheduleBy = by;
    if (earliest) deadline.earliest = earliest;
    const statedKey = STATED_BY_SYSTEM[rule.kind];
    const stated = statedKey ? (student[statedKey] as IsoDate | undefined) : undefined;
    if (stated && stated !== dueDate) {
      deadline.warnings.push(
        `The IEP system says ${stated}, but ${rule.citation} gives ${dueDate}${stated > dueDate ? ' (the system date is later: check it)' : ''}.`,
      );
    }
    if (rule.kind === 'annual-review' && student.nextIepMeetingDate && student.nextIepMeetingDate > dueDate) {
      deadline.warnings.push(`The meeting scheduled for ${student.nextIepMeetingDate} is after the due date ${dueDate}.`);
    }
    deadlines.push(deadline);
  }
  dropRepeatedInitialIep(deadlines);
  for (const source of CASELOAD_DEADLINE_SOURCES) {
    try {
      const found = source.compute(student, tables, settings, today);
      deadlines.push(...found.deadlines);
      problems.push(...found.problems);
    } catch {
      problems.push(`${source.title}: could not be computed; please report this.`);
    }
  }
  return { studentId: student.studentId, deadlines: sortByUrgency(deadlines), problems };
}

/** Kinds whose date is a count of days (not an anniversary, a birthday or an IEP in effect), where a weekend date is ambiguous. */
const COUNTED_KINDS: ReadonlySet<DeadlineKind> = new Set(['initial-evaluation', 'initial-iep']);

/**
 * A counted deadline on a Saturday or Sunday: whether it moves to the next school day is not settled
 * (timelines.md §0), so the date is kept (the earlier reading) and the deadline says so.
 */
function weekendNote(rule: TimelineRule, dueDate: IsoDate, settings: Settings): string[] {
  if (settings.rollForward || !COUNTED_KINDS.has(rule.kind)) return [];
  const weekday = weekdayOf(toDayNumber(dueDate));
  if (weekday !== 0 && weekday !== 6) return [];
  return [
    `Due on a ${weekday === 0 ? 'Sunday' : 'Saturday'}: the rules do not say whether it moves to the next school day, so Casekeeper keeps the earlier date (the rollForward setting moves it).`,
  ];
}

/** The recorded date that completed a rule's deadline: the first of its completing fields on or after the trigger. */
function completedBy(rule: TimelineRule, student: StudentRecord): IsoDate | undefined {
  const triggerDate = rule.trigger ? (student[rule.trigger] as string | undefined) : undefined;
  for (const key of COMPLETED_BY[rule.kind] ?? []) {
    const date = student[key] as IsoDate | undefined;
    if (date !== undefined && (!triggerDate || date >= triggerDate)) return date;
  }
  return undefined;
}

/**
 * Where the state's evaluation timeline ends in the IEP (CA, IL, NC …), the initial IEP falls on the
 * evaluation's own date until eligibility is decided: one open case is listed once, not twice.
 */
function dropRepeatedInitialIep(deadlines: Deadline[]): void {
  const evaluation = deadlines.find((d) => d.kind === 'initial-evaluation' && d.status !== 'done');
  const iep = deadlines.findIndex((d) => d.kind === 'initial-iep' && d.status !== 'done');
  if (!evaluation || iep < 0 || (deadlines[iep] as Deadline).dueDate !== evaluation.dueDate) return;
  deadlines.splice(iep, 1);
  evaluation.basis.notes.push('This is also the date of the initial IEP meeting.');
}

function makeDeadline(
  studentId: string,
  rule: TimelineRule,
  dueDate: IsoDate,
  today: IsoDate,
  settings: Settings,
  completedOn?: IsoDate,
): Deadline {
  const basis = { ruleId: rule.id, citation: rule.citation, verification: rule.verification, explanation: rule.explanation, inputs: {}, notes: [] };
  return buildDeadline({ studentId, kind: rule.kind, title: rule.title, dueDate, basis, ...(completedOn ? { completedOn } : {}) }, settings, today);
}

/**
 * Why an open evaluation has no deadline: the state counts it from the referral (NC, VA) and the record has
 * consent but no referral date.
 */
function missingStart(rule: TimelineRule, student: StudentRecord): string | undefined {
  // A referral without consent is no deadline yet where the clock starts at consent; consent without the
  // referral, where it starts at the referral, is a deadline the record cannot place.
  if (rule.kind !== 'initial-evaluation' || rule.trigger !== 'referralDate' || student.referralDate) return undefined;
  if (student.eligibilityDate || student.lastIepDate || !student.consentDate) return undefined;
  const started = 'consentDate' as const;
  const header = (key: keyof StudentRecord) => TRACKER_COLUMNS.find((c) => c.key === key)?.header ?? key;
  return `${rule.title} (${rule.citation}) counts from the ${header(rule.trigger)}, which is blank (the ${header(started)} is ${student[started]}): add it to see the deadline.`;
}

/** The district's own due date stands in when the engine lacks the inputs (e.g. no last IEP date). */
function systemStated(rule: TimelineRule, student: StudentRecord, today: IsoDate, settings: Settings): Deadline | undefined {
  const key = STATED_BY_SYSTEM[rule.kind];
  const stated = key ? (student[key] as IsoDate | undefined) : undefined;
  if (!key || !stated) return undefined;
  const deadline = makeDeadline(student.studentId, rule, stated, today, settings);
  deadline.basis.inputs = { [key]: stated };
  deadline.basis.notes = ['Taken from the IEP system: the record lacks the date the rule counts from, so Casekeeper could not check it.'];
  return deadline;
}
