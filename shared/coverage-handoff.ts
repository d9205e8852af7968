import type { AccommodationRecord } from './accommodation-record.ts';
import type { Caseload } from './caseload.ts';
import { computeDeadlines } from './compute-deadlines.ts';
import { computeServiceCompliance, type ServiceCompliance } from './compute-service-compliance.ts';
import { evaluateGoals, type GoalProgress } from './progress/evaluate-goals.ts';
import type { ContactRecord } from './contact-record.ts';
import { toDayNumber, weekdayOf } from './day-number.ts';
import type { Deadline } from './deadline.ts';
import type { GoalDataPoint } from './goal-data-point.ts';
import type { GoalRecord } from './goal-record.ts';
import type { IsoDate } from './iso-date.ts';
import { addCalendarDays } from './add-calendar-days.ts';
import { openFollowUps, type OpenFollowUp } from './open-follow-ups.ts';
import { presentStudentName } from './present-student-name.ts';
import { fail, ok, type Result } from './result.ts';
import type { ServiceRecord } from './service-record.ts';
import type { Settings } from './settings.ts';
import type { StudentRecord } from './student-record.ts';
import { NO_STUDENT_TABLES, tablesByStudent } from './student-tables.ts';

/** A service the covering person delivers, with the weekdays it has recently been held on. */
export interface HandoffService {
  service: ServiceRecord;
  /** The weekdays its sessions were usually logged on in the 8 weeks before the hand-off, in week order. */
  usualDays: string[];
  /** Minutes required, delivered and owed this school year up to the day before the hand-off starts. */
  delivery?: ServiceCompliance;
}

/** What the covering person needs for one student. */
export interface HandoffStudent {
  student: StudentRecord;
  name: string;
  /** Why some of it is missing (exited, rules could not be computed …). */
  notes: string[];
  services: HandoffService[];
  accommodations: AccommodationRecord[];
  /** Each goal with its latest data points (up to 3, newest last) and its verdict. */
  goals: { goal: GoalRecord; recent: GoalDataPoint[]; progress?: GoalProgress }[];
  /** Open deadlines due by the end of the window, overdue ones included. */
  deadlines: Deadline[];
  /** Open follow-ups and concerns. */
  followUps: OpenFollowUp[];
  /** The most recent contact that reached the family: who and how. */
  familyContact?: ContactRecord;
}

/** A coverage hand-off: what a substitute or contract provider needs for a date range. */
export interface CoverageHandoff {
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
  students: HandoffStudent[];
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** How far back the usual session days are read: a display aid, not a rule. */
const USUAL_DAYS_WEEKS = 8;

/**
 * The coverage hand-off for a substitute or contract provider over `from`–`to`: per student the services
 * in effect, the days they are usually held and the minutes owed so far this school year (make-ups), the accommodations, each goal with its latest data and verdict, the
 * open deadlines due by the end of the window (overdue ones too), and the family contacts to keep (open
 * follow-ups, and who was last reached and how). Every student asked for appears, in caseload order; a
 * student who has exited is listed with that note. Fails on an unknown student ID or a window that ends
 * before it starts.
 *
 * @example coverageHandoff(caseload, { settings, today: '2026-11-23', from: '2026-11-30', to: '2026-12-11' }).value.students.length
 */
export function coverageHandoff(
  caseload: Caseload,
  options: { settings: Settings; today: IsoDate; from: IsoDate; to: IsoDate; studentIds?: readonly string[] },
): Result<CoverageHandoff> {
  const { settings, today, from, to } = options;
  if (to < from) return fail('bad-range', `The hand-off ends (${to}) before it starts (${from}).`);
  const wanted = options.studentIds ? new Set(options.studentIds) : undefined;
  if (wanted) {
    const known = new Set(caseload.students.map((s) => s.studentId));
    const unknown = [...wanted].filter((id) => !known.has(id));
    if (unknown.length) return fail('unknown-student', `Not on this caseload: ${unknown.join(', ')}.`);
  }
  const tablesOf = tablesByStudent(caseload);
  const asOf = from <= today ? addCalendarDays(from, -1) : today;
  const delivery = new Map(computeServiceCompliance(caseload, { settings, today: asOf }).map((r) => [`${r.studentId}\u0000${r.serviceId}`, r]));
  const progress = new Map(evaluateGoals(caseload, { settings, today: asOf }).map((g) => [`${g.studentId}\u0000${g.goalId}`, g]));
  const since = addCalendarDays(from, -7 * USUAL_DAYS_WEEKS);
  const students = caseload.students
    .filter((s) => !wanted || wanted.has(s.studentId))
    .map((student): HandoffStudent => {
      const tables = tablesOf.get(student.studentId) ?? NO_STUDENT_TABLES;
      const notes: string[] = [];
      if (student.exitDate && student.exitDate <= to) notes.push(`Exited on ${student.exitDate}.`);
      const computed = computeDeadlines(student, settings, today, tables);
      notes.push(...computed.problems);
      const services = tables.services
        .filter((s) => (!s.startDate || s.startDate <= to) && (!s.endDate || s.endDate >= from))
        .map((service) => {
          const found = delivery.get(`${student.studentId}\u0000${service.serviceId}`);
          return { service, usualDays: usualDays(tables.sessions.filter((x) => x.serviceId === service.serviceId && x.date >= since && x.date < from).map((x) => x.date)), ...(found ? { delivery: found } : {}) };
        });
      const reached = tables.contacts.filter((c) => c.result === 'reached' || c.result === 'returned').sort((a, b) => (a.date < b.date ? -1 : 1));
      const handoff: HandoffStudent = {
        student,
        name: presentStudentName(student),
        notes,
        services,
        accommodations: [...tables.accommodations],
        goals: tables.goals.map((goal) => ({
          goal,
          ...(progress.has(`${student.studentId}\u0000${goal.goalId}`) ? { progress: progress.get(`${student.studentId}\u0000${goal.goalId}`) as GoalProgress } : {}),
          recent: tables.goalData
            .filter((p) => p.goalId === goal.goalId && p.date <= to)
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
            .slice(-3),
        })),
        deadlines: computed.deadlines.filter((d) => d.status !== 'done' && d.dueDate <= to),
        followUps: openFollowUps(tables.contacts),
      };
      const last = reached[reached.length - 1];
      if (last) handoff.familyContact = last;
      return handoff;
    });
  return ok({ from, to, today, students });
}

/** The weekdays sessions were usually held on: those with at least half the sessions of the busiest day, in week order. */
function usualDays(dates: readonly IsoDate[]): string[] {
  const counts = new Array<number>(7).fill(0);
  for (const date of dates) counts[weekdayOf(toDayNumber(date))]! += 1;
  const most = Math.max(...counts);
  return most === 0 ? [] : counts.flatMap((n, day) => (n * 2 >= most ? [WEEKDAYS[day] as string] : []));
}
