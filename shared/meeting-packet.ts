import { accommodationFidelity, type AccommodationFidelity } from './accommodation-fidelity.ts';
import { type Caseload, caseloadOf } from './caseload.ts';
import { computeServiceCompliance, type ServiceCompliance } from './compute-service-compliance.ts';
import { evaluateGoals, type GoalProgress } from './progress/evaluate-goals.ts';
import { computeDeadlines } from './compute-deadlines.ts';
import type { ContactRecord } from './contact-record.ts';
import type { Deadline } from './deadline.ts';
import type { GoalDataPoint } from './goal-data-point.ts';
import type { GoalRecord } from './goal-record.ts';
import type { IsoDate } from './iso-date.ts';
import { meetingChecklist, type MeetingChecklist } from './meeting-checklist.ts';
import { openFollowUps, type OpenFollowUp } from './open-follow-ups.ts';
import { parentContactAttempts, type ParentContactAttempts } from './parent-contact-attempts.ts';
import { presentStudentName } from './present-student-name.ts';
import { fail, failWith, ok, type Result } from './result.ts';
import type { ServiceRecord } from './service-record.ts';
import type { SessionRecord } from './session-record.ts';
import type { Settings } from './settings.ts';
import type { StudentRecord } from './student-record.ts';
import { NO_STUDENT_TABLES, tablesByStudent } from './student-tables.ts';

/** A goal with its data points, oldest first, and its progress verdict. */
export interface GoalWithData {
  goal: GoalRecord;
  points: GoalDataPoint[];
  /** The verdict under the goal's decision rule, with the reason, report sentence and chart series. */
  progress: GoalProgress;
}

/** Everything the meeting packet prints, as plain data (no HTML): build it once, print it anywhere. */
export interface MeetingPacket {
  student: StudentRecord;
  /** The name as every part of Casekeeper shows it. */
  name: string;
  meetingDate: IsoDate;
  today: IsoDate;
  /** The period the packet reports on: from the last IEP meeting (absent: everything on record). */
  since?: IsoDate;
  /** Every deadline, done ones included, with its basis; the meeting date counts as the next IEP meeting. */
  deadlines: Deadline[];
  /** What kept a deadline from being computed. */
  problems: string[];
  services: ServiceRecord[];
  sessions: SessionRecord[];
  /** Each service's minutes required, delivered and owed from the last IEP (else the school year) to today. */
  serviceDelivery: ServiceCompliance[];
  goals: GoalWithData[];
  fidelity: AccommodationFidelity[];
  /** Contacts since the last IEP, oldest first. */
  contacts: ContactRecord[];
  openFollowUps: OpenFollowUp[];
  attempts: ParentContactAttempts;
  checklist: MeetingChecklist;
}

/**
 * The data of the meeting packet for one student and a meeting date (the date given, else the student's
 * Next IEP Meeting): identity, every deadline with its basis, service delivery against the mandate, each
 * goal with its data and verdict,
 * accommodation fidelity since the last IEP, contacts and open concerns since the last IEP, the record of
 * attempts to reach the parent, and the meeting checklist. Fails when the student is not on the caseload,
 * the ID names two students, or no meeting date is known.
 *
 * @example meetingPacket(caseload, 'S1002', { settings, today: '2026-11-23', meetingDate: '2026-12-10' })
 */
export function meetingPacket(caseload: Caseload, studentId: string, options: { settings: Settings; today: IsoDate; meetingDate?: IsoDate }): Result<MeetingPacket> {
  const matches = caseload.students.filter((s) => s.studentId === studentId);
  if (matches.length === 0) return fail('unknown-student', `No student with ID "${studentId}" is on this caseload.`);
  if (matches.length > 1) {
    return fail('duplicate-student', `Two students share the ID "${studentId}" (${matches.map((s) => presentStudentName(s)).join(' and ')}): fix the ID first.`);
  }
  const found = matches[0] as StudentRecord;
  const meetingDate = options.meetingDate ?? found.nextIepMeetingDate;
  if (!meetingDate) return fail('no-meeting-date', `No meeting is scheduled for ${presentStudentName(found)}: give the meeting date, or fill in Next IEP Meeting.`);
  const student: StudentRecord = { ...found, nextIepMeetingDate: meetingDate };
  const tables = tablesByStudent(caseload).get(studentId) ?? NO_STUDENT_TABLES;
  const { settings, today } = options;
  const since = student.lastIepDate && student.lastIepDate <= meetingDate ? student.lastIepDate : undefined;
  const inPeriod = (date: IsoDate) => (!since || date >= since) && date <= meetingDate;
  const checklist = meetingChecklist(student, tables, settings, today, { meetingDate });
  if (!checklist.ok) return failWith(checklist.error);
  const computed = computeDeadlines(student, settings, today, tables);
  const delivery = computeServiceCompliance(caseloadOf({ students: [student], services: tables.services, sessions: tables.sessions }), {
    settings,
    today,
    ...(since ? { from: since } : {}),
    to: meetingDate < today ? meetingDate : today,
  });
  const progress = evaluateGoals(caseloadOf({ goals: tables.goals, goalData: tables.goalData }), { settings, today });
  const byDate = <T extends { date: IsoDate }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return ok({
    student,
    name: presentStudentName(student),
    meetingDate,
    today,
    ...(since ? { since } : {}),
    deadlines: computed.deadlines,
    problems: computed.problems,
    services: [...tables.services],
    sessions: tables.sessions.filter((s) => inPeriod(s.date)).sort(byDate),
    serviceDelivery: delivery,
    goals: tables.goals.map((goal, i) => ({ goal, points: tables.goalData.filter((p) => p.goalId === goal.goalId).sort(byDate), progress: progress[i] as GoalProgress })),
    fidelity: accommodationFidelity(tables, { ...(since ? { from: since } : {}), to: meetingDate }),
    contacts: tables.contacts.filter((c) => inPeriod(c.date)).sort(byDate),
    openFollowUps: openFollowUps(tables.contacts),
    attempts: parentContactAttempts(tables.contacts, { meetingDate, ...(since ? { from: since } : {}) }),
    checklist: checklist.value,
  });
}
