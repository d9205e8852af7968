import { addCalendarDays } from './add-calendar-days.ts';
import type { Caseload } from './caseload.ts';
import type { DayUnit } from './count-days.ts';
import { ruleContext } from './rule-context.ts';
import { computeDeadlines } from './compute-deadlines.ts';
import type { IsoDate } from './iso-date.ts';
import { meetingNoticeLead } from './meeting-notice-lead.ts';
import { earliestMeetingDate } from './earliest-meeting-date.ts';
import { countDaysBack } from './count-days-back.ts';
import { schoolWeeks } from './school-weeks.ts';
import { serviceWorkload } from './service-workload.ts';
import type { Settings } from './settings.ts';
import type { StudentRecord } from './student-record.ts';
import { NO_STUDENT_TABLES, tablesByStudent } from './student-tables.ts';
import { toDayNumber } from './day-number.ts';
import { WORK_KIND_INFO, type WorkKind } from './workload-settings.ts';

/** One piece of case-management work, with its effort and when it has to be done. */
export interface WorkItem {
  /** Stable and unique: `<kind>:<studentId>:<date>` (plus the service for service work). */
  id: string;
  studentId: string;
  /** The student's case manager as the tracker names them; absent when none is recorded. */
  caseManager?: string;
  kind: WorkKind;
  /** What it is, in a teacher's words: "Annual IEP review", "Meeting notice for the annual IEP review". */
  title: string;
  /** When the work lands: the meeting or report date (spread back from it), or the day it starts (make-up minutes). */
  date: IsoDate;
  /** The date it is due by (the deadline, the reporting date, the follow-up date). */
  dueDate: IsoDate;
  hours: number;
  /** Weeks the hours spread over, the date's week included. */
  spreadWeeks: number;
  /** `before`: preparation in the weeks before the date; `after`: spread from the date on (make-up sessions). */
  spread: 'before' | 'after';
  /** Levelling may suggest an earlier date (annual reviews not yet scheduled, progress-report writing). */
  movable: boolean;
  /** For a movable item: the first date it may move to (today, the notice lead time, the gap after the last IEP). */
  notBefore?: IsoDate;
  /** A meeting (annual review, initial IEP, reevaluation), whose dates must keep the minimum gap. */
  meeting: boolean;
  /** A meeting notice: the id of the meeting it announces (it moves with the meeting). */
  noticeFor?: string;
  /** A meeting notice: the lead time it goes out by, where the rules set one. */
  lead?: { days: number; unit: DayUnit };
  /** Service work: the minutes scheduled that week, or owed. */
  serviceMinutes?: number;
  /** How the hours were reached: "3 h per meeting (practitioner estimate, S)". */
  basis: string;
  notes: string[];
}

/** Options for {@link workItems}. */
export interface WorkItemsOptions {
  settings: Settings;
  today: IsoDate;
  /** The last date work is listed for (overdue work is always listed). */
  until: IsoDate;
}

/** Work items of a caseload, and what kept any from being counted. */
export interface CaseloadWork {
  items: WorkItem[];
  problems: { studentId: string; problem: string }[];
  /** About the whole count (what is not counted yet, and why). */
  notes: string[];
}

const TIMELINE_WORK: ReadonlySet<string> = new Set(['annual-review', 'reevaluation', 'initial-evaluation', 'initial-iep']);
const MEETINGS: ReadonlySet<string> = new Set(['annual-review', 'reevaluation', 'initial-iep']);

const round2 = (n: number) => Math.round(n * 100) / 100;

function basisOf(kind: WorkKind, hours: number, settings: Settings, times?: string): string {
  const info = WORK_KIND_INFO[kind];
  const set = settings.workload.effort[kind].hours;
  const mark = set === info.defaultHours ? `${info.verification === 'S' ? 'practitioner estimate' : 'Casekeeper estimate'}, ${info.verification}` : 'your setting';
  return `${round2(hours)} h: ${set} h ${info.per}${times ? ` × ${times}` : ''} (${mark})`;
}

/**
 * Every piece of work a caseload holds from today to `until`: each annual review, reevaluation, initial
 * evaluation and initial IEP still open (overdue ones included), the notice of each meeting, a progress
 * report per student with an IEP on each reporting date, each open contact follow-up, the make-up minutes
 * owed and each week's scheduled service minutes. Hours come from `settings.workload.effort`. Students
 * who have left (exit date today or earlier) have no work. Ordered by date, then student, then kind.
 *
 * @example workItems(caseload, { settings, today: '2026-11-23', until: '2027-02-14' }).items[0]?.title // 'Initial IEP meeting'
 */
export function workItems(caseload: Caseload, options: WorkItemsOptions): CaseloadWork {
  const { settings, today, until } = options;
  const effort = settings.workload.effort;
  const tables = tablesByStudent(caseload);
  const items: WorkItem[] = [];
  const problems: CaseloadWork['problems'] = [];
  const active = caseload.students.filter((s) => !(s.exitDate && s.exitDate <= today));
  const byId = new Map<string, StudentRecord>(active.map((s) => [s.studentId, s]));
  const cm = (s: StudentRecord) => (s.caseManager ? { caseManager: s.caseManager } : {});

  for (const student of active) {
    const studentTables = tables.get(student.studentId) ?? NO_STUDENT_TABLES;
    const result = computeDeadlines(student, settings, today, studentTables);
    for (const problem of result.problems) problems.push({ studentId: student.studentId, problem });
    const ctx = ruleContext(student, settings);
    const lead = ctx.ok ? meetingNoticeLead(ctx.value) : undefined;
    const earliest = earliestMeetingDate(today, lead, settings);
    for (const deadline of result.deadlines) {
      if (!TIMELINE_WORK.has(deadline.kind) || deadline.status === 'done' || deadline.dueDate > until) continue;
      const kind = deadline.kind as WorkKind;
      const notes: string[] = [];
      const scheduled =
        (kind === 'annual-review' || kind === 'initial-iep') && student.nextIepMeetingDate && student.nextIepMeetingDate >= today
          ? student.nextIepMeetingDate
          : undefined;
      if (scheduled) notes.push(`Meeting scheduled for ${scheduled}.`);
      if (deadline.dueDate < today) notes.push(`Overdue since ${deadline.dueDate}: counted this week.`);
      const date = scheduled ?? deadline.dueDate;
      const meeting = MEETINGS.has(kind);
      const movable = kind === 'annual-review' && !scheduled && deadline.dueDate >= today && earliest !== undefined;
      let notBefore: IsoDate | undefined;
      if (movable) {
        notBefore = earliest as IsoDate;
        if (deadline.earliest && deadline.earliest > notBefore) notBefore = deadline.earliest;
        if (student.lastIepDate) {
          const gap = addCalendarDays(student.lastIepDate, settings.workload.minMeetingGapDays);
          if (gap > notBefore) notBefore = gap;
        }
      }
      const id = `${kind}:${student.studentId}:${deadline.dueDate}`;
      items.push({
        id,
        studentId: student.studentId,
        ...cm(student),
        kind,
        title: deadline.title,
        date,
        dueDate: deadline.dueDate,
        hours: effort[kind].hours,
        spreadWeeks: effort[kind].spreadWeeks,
        spread: 'before',
        movable,
        ...(notBefore ? { notBefore } : {}),
        meeting,
        basis: basisOf(kind, effort[kind].hours, settings),
        notes,
      });
      if (!meeting || scheduled) continue;
      const sendBy = lead ? countDaysBack(date, lead.days, lead.unit, settings) : undefined;
      const noticeDate = sendBy ?? addCalendarDays(date, -7);
      items.push({
        id: `meeting-notice:${student.studentId}:${deadline.dueDate}:${kind}`,
        studentId: student.studentId,
        ...cm(student),
        kind: 'meeting-notice',
        title: `Meeting notice for the ${deadline.title.charAt(0).toLowerCase()}${deadline.title.slice(1)}`,
        date: noticeDate,
        dueDate: noticeDate,
        hours: effort['meeting-notice'].hours,
        spreadWeeks: effort['meeting-notice'].spreadWeeks,
        spread: 'before',
        movable: false,
        meeting: false,
        noticeFor: id,
        ...(lead ? { lead: { days: lead.days, unit: lead.unit } } : {}),
        basis: basisOf('meeting-notice', effort['meeting-notice'].hours, settings),
        notes: sendBy
          ? [`Send by ${sendBy}: ${lead?.days} ${lead?.unit} days before the meeting (${lead?.citation}).`]
          : lead
            ? ['The notice date needs the school calendar: planned a week before the meeting.']
            : ['No notice lead time in these rules: planned a week before the meeting.'],
      });
    }

    // Progress reports: one per reporting date for a student with an IEP.
    if (student.lastIepDate || student.annualReviewDue) {
      const goals = studentTables.goals.length;
      for (const date of [...settings.progressReportDates].sort()) {
        if (date < today || date > until || (student.exitDate && student.exitDate <= date)) continue;
        const hours = effort['progress-report'].hours * Math.max(1, goals);
        items.push({
          id: `progress-report:${student.studentId}:${date}`,
          studentId: student.studentId,
          ...cm(student),
          kind: 'progress-report',
          title: 'Progress report',
          date,
          dueDate: date,
          hours,
          spreadWeeks: effort['progress-report'].spreadWeeks,
          spread: 'before',
          movable: true,
          notBefore: today,
          meeting: false,
          basis: basisOf('progress-report', hours, settings, `${Math.max(1, goals)} goal${goals === 1 ? '' : 's'}`),
          notes: goals === 0 ? ['No goals are recorded: counted as one goal.'] : [],
        });
      }
    }

    for (const contact of studentTables.contacts) {
      if (!contact.followUpDue || contact.followUpDone || contact.followUpDue > until) continue;
      const hours = effort['contact-follow-up'].hours;
      items.push({
        id: `contact-follow-up:${student.studentId}:${contact.followUpDue}:${contact.contactId}`,
        studentId: student.studentId,
        ...cm(student),
        kind: 'contact-follow-up',
        title: `Follow-up${contact.topic ? `: ${contact.topic}` : ''}`,
        date: contact.followUpDue,
        dueDate: contact.followUpDue,
        hours,
        spreadWeeks: effort['contact-follow-up'].spreadWeeks,
        spread: 'before',
        movable: false,
        meeting: false,
        basis: basisOf('contact-follow-up', hours, settings),
        notes: contact.followUpDue < today ? [`Overdue since ${contact.followUpDue}: counted this week.`] : [],
      });
    }
  }

  // Services: make-up minutes owed, and each week's scheduled minutes (one item per student and week).
  const weekCount = Math.floor((toDayNumber(until) - toDayNumber(today)) / 7) + 2;
  const weeks = schoolWeeks(settings, today, weekCount);
  const scheduled = new Map<string, number[]>();
  const services = serviceWorkload(caseload, weeks, { settings, today });
  for (const s of services.services) {
    const student = byId.get(s.studentId);
    if (!student) continue;
    if (!s.weeklyMinutes) for (const note of s.notes) problems.push({ studentId: s.studentId, problem: note });
    if (s.owedMinutes > 0) {
      const hours = (s.owedMinutes / 60) * effort['make-up-minutes'].hours;
      items.push({
        id: `make-up-minutes:${s.studentId}:${today}:${s.serviceId}`,
        studentId: s.studentId,
        ...cm(student),
        kind: 'make-up-minutes',
        title: `Make-up minutes: ${s.service} (${Math.round(s.owedMinutes)} min owed)`,
        serviceMinutes: s.owedMinutes,
        date: today,
        dueDate: today,
        hours,
        spreadWeeks: effort['make-up-minutes'].spreadWeeks,
        spread: 'after',
        movable: false,
        meeting: false,
        basis: basisOf('make-up-minutes', hours, settings, `${round2(s.owedMinutes / 60)} h owed`),
        notes: s.notes,
      });
    }
    const minutes = scheduled.get(s.studentId) ?? weeks.map(() => 0);
    scheduled.set(s.studentId, minutes);
    if (s.weeklyMinutes) s.weeklyMinutes.forEach((m, i) => (minutes[i] = (minutes[i] as number) + m));
  }
  for (const [studentId, minutes] of scheduled) {
    const student = byId.get(studentId) as StudentRecord;
    weeks.forEach((week, i) => {
      const m = minutes[i] as number;
      if (m <= 0 || week.weekStart > until) return;
      const hours = (m / 60) * effort['service-minutes'].hours;
      const date = i === 0 ? today : week.weekStart;
      items.push({
        id: `service-minutes:${studentId}:${week.weekStart}`,
        studentId,
        ...cm(student),
        kind: 'service-minutes',
        title: `Scheduled services (${Math.round(m)} min)`,
        serviceMinutes: m,
        date,
        dueDate: date,
        hours,
        spreadWeeks: 1,
        spread: 'before',
        movable: false,
        meeting: false,
        basis: basisOf('service-minutes', hours, settings, `${round2(m / 60)} h scheduled`),
        notes: [],
      });
    });
  }
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { items, problems, notes: services.notes };
}
