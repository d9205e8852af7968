import { calendarDaysBetween } from './add-calendar-days.ts';
import { statusFor } from './status-for.ts';
import { ruleContext } from './rule-context.ts';
import { countDaysBack } from './count-days-back.ts';
import type { DeadlineStatus } from './deadline.ts';
import type { IsoDate } from './iso-date.ts';
import { meetingMaterialsDue } from './meeting-materials-due.ts';
import { meetingNoticeLead } from './meeting-notice-lead.ts';
import { openFollowUps } from './open-follow-ups.ts';
import { parentContactAttempts } from './parent-contact-attempts.ts';
import { fail, ok, type Result } from './result.ts';
import type { Settings } from './settings.ts';
import type { StudentRecord } from './student-record.ts';
import type { StudentTables } from './student-tables.ts';

/** One step before a meeting: what to do, by when (where a rule or the data sets a date), and where it stands. */
export interface ChecklistItem {
  step: string;
  /** The date it must be done by; absent where no rule sets one. */
  dueDate?: IsoDate;
  /** Where it stands today: a deadline status for dated steps, `done` when the records show it, else absent. */
  status?: DeadlineStatus;
  /** The rule behind the date, if any. */
  citation?: string;
  /** What the records show, in a teacher's words. */
  detail: string;
  warnings: string[];
}

/** The preparation of one meeting. */
export interface MeetingChecklist {
  meetingDate: IsoDate;
  items: ChecklistItem[];
}

/**
 * The checklist for a scheduled meeting (the date given, else the student's next IEP meeting): the notice
 * sent by its send-by date (the state's lead time, as for every "schedule by" date), attempts to agree a
 * time with the parent logged (34 CFR 300.322(d)), the draft IEP and evaluation reports ready, in Illinois
 * the written materials with the parent 3 school days before (105 ILCS 5/14-8.02f(c)), then progress data,
 * open concerns and accommodation checks as the records show them. Fails when there is no meeting date.
 *
 * @example meetingChecklist(student, tables, settings, '2026-11-23', { meetingDate: '2026-12-10' }).value.items[0]?.step // 'Send the meeting notice …'
 */
export function meetingChecklist(
  student: StudentRecord,
  tables: StudentTables,
  settings: Settings,
  today: IsoDate,
  options: { meetingDate?: IsoDate } = {},
): Result<MeetingChecklist> {
  const meetingDate = options.meetingDate ?? student.nextIepMeetingDate;
  if (!meetingDate) return fail('no-meeting-date', 'No meeting is scheduled: give the meeting date, or fill in Next IEP Meeting.');
  const dated = (dueDate: IsoDate): DeadlineStatus => statusFor(calendarDaysBetween(today, dueDate), settings);
  const items: ChecklistItem[] = [];
  const since = student.lastIepDate;
  const sinceWords = since ? `since the last IEP (${since})` : 'on record';

  const ctx = ruleContext(student, settings);
  const lead = ctx.ok ? meetingNoticeLead(ctx.value) : undefined;
  const notice: ChecklistItem = { step: 'Send the meeting notice (purpose, time, location, who will attend)', citation: '34 CFR 300.322(a)–(b)', detail: '', warnings: [] };
  if (!ctx.ok) notice.warnings.push(ctx.error.message);
  if (lead) {
    const by = countDaysBack(meetingDate, lead.days, lead.unit, settings);
    notice.citation = `34 CFR 300.322(a)–(b); ${lead.citation}`;
    if (by) {
      notice.dueDate = by;
      notice.status = dated(by);
      notice.detail = `${lead.days} ${lead.unit === 'calendar' ? '' : `${lead.unit} `}days before the meeting.`;
    } else {
      notice.detail = `${lead.days} ${lead.unit} days before the meeting.`;
      notice.warnings.push('The send-by date needs a school calendar covering the meeting.');
    }
  } else {
    notice.detail = 'Early enough for the parent to attend; no day count set for this state.';
  }
  items.push(notice);

  const attempts = parentContactAttempts(tables.contacts, { meetingDate, ...(since ? { from: since } : {}) });
  items.push({
    step: 'Agree a time and place with the parent; log every attempt',
    citation: '34 CFR 300.322(d)',
    ...(attempts.reached > 0 ? { status: 'done' as const } : {}),
    detail: `${attempts.attempts.length} contact${attempts.attempts.length === 1 ? '' : 's'} logged ${sinceWords}; the parent was reached ${attempts.reached} time${attempts.reached === 1 ? '' : 's'}.`,
    warnings: [],
  });

  const materials = meetingMaterialsDue(meetingDate, student.state ?? settings.state, settings);
  const materialsDate = materials ? { dueDate: materials.dueDate, status: dated(materials.dueDate) } : {};
  items.push({
    step: 'Draft IEP and proposed goals ready to share',
    ...materialsDate,
    detail: materials ? 'Part of the written materials the parent receives before the meeting.' : 'No rule sets a date; share drafts before the meeting where the district does.',
    warnings: [],
  });

  const newEvaluation = student.lastEvaluationDate && (!since || student.lastEvaluationDate > since);
  const evaluationUnderWay = student.consentDate && !student.eligibilityDate && (!since || student.consentDate > since);
  if (newEvaluation || evaluationUnderWay) {
    items.push({
      step: 'Evaluation report ready for the team and the parent',
      ...materialsDate,
      citation: '34 CFR 300.306(a)(2)',
      detail: newEvaluation ? `Evaluation of ${student.lastEvaluationDate} is new since the last IEP.` : `Evaluation under way (consent ${student.consentDate}).`,
      warnings: [],
    });
  }

  if (materials) {
    items.push({
      step: 'Written materials to the parent (drafts, evaluation reports, data)',
      dueDate: materials.dueDate,
      status: dated(materials.dueDate),
      citation: materials.citation,
      detail: materials.notes.join(' '),
      warnings: materials.warnings,
    });
  }

  const goalsWithoutData = tables.goals.filter((g) => !tables.goalData.some((p) => p.goalId === g.goalId && (!since || p.date >= since)));
  items.push({
    step: 'Progress data current for every goal',
    ...(tables.goals.length > 0 && goalsWithoutData.length === 0 ? { status: 'done' as const } : {}),
    citation: '34 CFR 300.320(a)(3)',
    detail:
      tables.goals.length === 0
        ? 'No goals on record.'
        : `${tables.goals.length} goal${tables.goals.length === 1 ? '' : 's'}; ${goalsWithoutData.length} with no data ${sinceWords}.`,
    warnings: [],
  });

  const concerns = openFollowUps(tables.contacts);
  items.push({
    step: 'Answer open parent concerns and follow-ups',
    ...(concerns.length === 0 ? { status: 'done' as const } : {}),
    detail: concerns.length === 0 ? 'None open.' : `${concerns.length} open: ${concerns.map((c) => `${c.contact.topic ?? 'concern'} (${c.contact.date})`).join('; ')}.`,
    warnings: [],
  });

  const unchecked = tables.accommodations.filter((a) => !tables.checks.some((c) => c.accommodationId === a.accommodationId && (!since || c.date >= since)));
  items.push({
    step: 'Implementation checks for every accommodation',
    ...(tables.accommodations.length > 0 && unchecked.length === 0 ? { status: 'done' as const } : {}),
    citation: '34 CFR 300.323(d)',
    detail:
      tables.accommodations.length === 0
        ? 'No accommodations on record.'
        : `${tables.accommodations.length} accommodation${tables.accommodations.length === 1 ? '' : 's'}; ${unchecked.length} not checked ${sinceWords}.`,
    warnings: [],
  });
  return ok({ meetingDate, items });
}
