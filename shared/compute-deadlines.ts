import type { Deadline } from './deadline.ts';
import { STATUS_STYLES } from './deadline.ts';
import { buildDeadline } from './build-deadline.ts';
import { CASELOAD_DEADLINE_SOURCES } from './caseload-deadline-sources.ts';
import type { Caseload } from './caseload.ts';
import { NO_STUDENT_TABLES, tablesByStudent, type StudentTables } from './student-tables.ts';
import { toDayNumber } from './day-number.ts';
import { meetingNoticeLead, noticeSendBy } from './meeting-notice-lead.ts';
import type { IsoDate } from './iso-date.ts';
import { ruleContext } from './compute-due.ts';
import type { Settings } from './settings.ts';
import type { StudentRecord } from './student-record.ts';
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
 * trigger). An initial evaluation is over once eligibility is decided, or once an IEP has been held.
 */
const COMPLETED_BY: Partial<Record<DeadlineKind, readonly (keyof StudentRecord)[]>> = {
  'initial-evaluation': ['eligibilityDate', 'lastIepDate'],
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
  const context = ruleContext(student, settings);
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
      continue;
    }
    if (!outcome.ok) {
      problems.push(`${rule.title}: ${outcome.error.message}`);
      continue;
    }
    const { dueDate, inputs, notes, scheduleBy, earliest, expiresAfter, showFrom, completedOn: ruleCompletedOn } = outcome.value;
    if ((expiresAfter && expiresAfter < today) || (showFrom && today < showFrom)) continue;
    const triggerDate = rule.trigger ? (student[rule.trigger] as string | undefined) : undefined;
    let completedOn = ruleCompletedOn;
    for (const key of COMPLETED_BY[rule.kind] ?? []) {
      if (completedOn) break;
      const date = student[key] as IsoDate | undefined;
      if (date !== undefined && (!triggerDate || date >= triggerDate)) completedOn = date;
    }
    const deadline = makeDeadline(student.studentId, rule, dueDate, today, settings, completedOn);
    deadline.basis.inputs = inputs;
    deadline.basis.notes = notes;
    const by = scheduleBy ?? (MEETING_KINDS.has(rule.kind) && lead ? noticeSendBy(dueDate, lead, settings) : undefined);
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
  // Progress reports are on IEP goals: only a student who has an IEP gets one.
  const report = student.lastIepDate || student.annualReviewDue ? nextProgressReport(student.studentId, today, settings) : undefined;
  if (report) deadlines.push(report);
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

function nextProgressReport(studentId: string, today: IsoDate, settings: Settings): Deadline | undefined {
  let next: IsoDate | undefined;
  for (const d of settings.progressReportDates) if (d >= today && (next === undefined || d < next)) next = d;
  if (!next) return undefined;
  const basis = {
    ruleId: 'US.progress-report',
    citation: '34 CFR 300.320(a)(3)(ii)',
    verification: 'U' as const,
    explanation: 'The IEP says when progress toward annual goals is reported, such as quarterly or with report cards; this is the next reporting date in the settings.',
    inputs: { progressReportDate: next },
    notes: [],
  };
  return buildDeadline({ studentId, kind: 'progress-report', title: 'Progress report', dueDate: next, basis }, settings, today);
}

/** Most urgent first: by status (overdue, urgent, soon, upcoming, done), then due date, then student. */
export function sortByUrgency<T extends Pick<Deadline, 'status' | 'dueDate' | 'studentId'>>(deadlines: readonly T[]): T[] {
  // One numeric key per deadline (status rank, then day number) keeps the comparator cheap for big caseloads.
  const keys = new Float64Array(deadlines.length);
  deadlines.forEach((d, i) => {
    keys[i] = STATUS_STYLES[d.status].rank * 1_000_000 + toDayNumber(d.dueDate);
  });
  const order = Array.from(deadlines.keys());
  order.sort((i, j) => {
    const byKey = (keys[i] as number) - (keys[j] as number);
    if (byKey !== 0) return byKey;
    const a = (deadlines[i] as T).studentId;
    const b = (deadlines[j] as T).studentId;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return order.map((i) => deadlines[i] as T);
}

/**
 * All open (not done) deadlines of a caseload, most urgent first, and each student's problems. Given the
 * whole caseload, the deadlines that come from its other tables (services, contacts …) are included.
 */
export function computeCaseloadDeadlines(
  caseload: Caseload | readonly StudentRecord[],
  settings: Settings,
  today: IsoDate,
): { deadlines: Deadline[]; problems: { studentId: string; problem: string }[] } {
  const deadlines: Deadline[] = [];
  const problems: { studentId: string; problem: string }[] = [];
  const students = 'students' in caseload ? caseload.students : caseload;
  const tables = 'students' in caseload ? tablesByStudent(caseload) : new Map<string, StudentTables>();
  for (const student of students) {
    const result = computeDeadlines(student, settings, today, tables.get(student.studentId) ?? NO_STUDENT_TABLES);
    for (const d of result.deadlines) if (d.status !== 'done') deadlines.push(d);
    for (const problem of result.problems) problems.push({ studentId: student.studentId, problem });
  }
  return { deadlines: sortByUrgency(deadlines), problems };
}
