import { calendarDaysBetween } from './add-calendar-days.ts';
import { compileCalendar } from './calendar-index.ts';
import { schoolDaysBetween } from './school-days-between.ts';
import type { Deadline, DeadlineBasis } from './deadline.ts';
import { toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { Settings } from './settings.ts';
import { statusFor } from './status-for.ts';
import type { DeadlineKind } from './timeline-rule.ts';

/** What a deadline is made from; days left, school days left and status are derived. */
export interface BuildDeadlineInput {
  studentId: string;
  kind: DeadlineKind;
  title: string;
  dueDate: IsoDate;
  basis: DeadlineBasis;
  /** The recorded date that completed it: the deadline is then `done`. */
  completedOn?: IsoDate;
  warnings?: string[];
}

/**
 * Makes one deadline as of `today`: calendar days left, school days left (when the school calendar covers
 * the span, else null), and the status from the caseload's urgent/soon thresholds (`done` once completed).
 * Every deadline the engine emits, from a timeline rule or from a caseload table, is built here.
 *
 * @example buildDeadline({ studentId: 'S1', kind: 'contact-follow-up', title: 'Follow-up', dueDate: '2026-12-03', basis }, defaultSettings, '2026-12-01').status // 'urgent'
 */
export function buildDeadline(input: BuildDeadlineInput, settings: Settings, today: IsoDate): Deadline {
  const daysLeft = calendarDaysBetween(today, input.dueDate);
  const deadline: Deadline = {
    studentId: input.studentId,
    kind: input.kind,
    title: input.title,
    dueDate: input.dueDate,
    daysLeft,
    schoolDaysLeft: schoolDaysLeftTo(today, input.dueDate, settings),
    status: input.completedOn ? 'done' : statusFor(daysLeft, settings),
    basis: input.basis,
    warnings: input.warnings ?? [],
  };
  if (input.completedOn) deadline.completedOn = input.completedOn;
  return deadline;
}

/** School days after `today` up to `due`, when the calendar covers both; else null. */
function schoolDaysLeftTo(today: IsoDate, due: IsoDate, settings: Settings): number | null {
  const calendar = settings.calendar;
  if (!calendar) return null;
  const index = compileCalendar(calendar);
  const t = toDayNumber(today);
  const d = toDayNumber(due);
  if (Math.min(t, d) < index.start - 1 || Math.max(t, d) > index.end) return null;
  return schoolDaysBetween(calendar, today, due);
}
