import { calendarDaysBetween } from './add-calendar-days.ts';
import { isSchoolDay } from './is-school-day.ts';
import type { Deadline } from './deadline.ts';
import { toDayNumber, weekdayOf } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import { presentDate } from './present-date.ts';
import type { Settings } from './settings.ts';
import type { StudentRecord, TrackerKey } from './student-record.ts';
import { TRACKER_COLUMNS } from './tracker-columns.ts';
import { usFederalHolidays } from './us-federal-holidays.ts';

/** What kind of doubt a sanity warning raises. */
export type SanityCode = 'date-in-future' | 'birth-date-in-future' | 'too-young' | 'too-old' | 'due-on-non-school-day';

/** A value that is allowed but probably wrong, with the reason in a teacher's words. */
export interface SanityWarning {
  code: SanityCode;
  studentId: string;
  /** The record field it is about, or `dueDate` for a computed due date. */
  field: TrackerKey | 'dueDate';
  /** For `due-on-non-school-day`: which deadline. */
  kind?: Deadline['kind'];
  message: string;
  /** What to do about it, where the same advice fits every warning of its code (shown once under a list). */
  advice?: string;
}

/** Options for {@link sanityCheckStudent}. */
export interface SanityCheckOptions {
  /** The student's computed deadlines: open ones due on a weekend, holiday or closure are flagged. */
  deadlines?: readonly Deadline[];
  /** For the school calendar, state holidays, `rollForward` and `dateStyle`. */
  settings?: Settings;
}

/**
 * Dates of things that have already happened. A few days ahead is allowed (a date typed the week before
 * a scheduled meeting); more is almost surely a typing error, and would put deadlines years away.
 */
const PAST_FIELDS: readonly TrackerKey[] = ['referralDate', 'consentDate', 'eligibilityDate', 'lastIepDate', 'lastEvaluationDate'];
/** Calendar days ahead of today a past-event date may be before it is flagged. */
export const FUTURE_GRACE_DAYS = 7;
/**
 * IDEA Part B serves children 3 through 21 (34 CFR 300.101(a)); transition from Part C is planned from
 * age 2 years 9 months (34 CFR 300.124). Younger than 2 or older than 22 is almost surely a wrong birth date.
 */
const MIN_AGE = 2;
const MAX_AGE = 22;

const HEADER = new Map<string, string>(TRACKER_COLUMNS.map((c) => [c.key, c.header]));
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function ageOn(birth: IsoDate, today: IsoDate): number {
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** Why a date is not a school day, or undefined when it is one (or nothing is known against it). */
function nonSchoolDay(date: IsoDate, settings: Settings | undefined): string | undefined {
  const weekday = weekdayOf(toDayNumber(date));
  const calendar = settings?.calendar;
  if (calendar && calendar.schoolYears.some((y) => y.firstDay <= date && date <= y.lastDay)) {
    if (isSchoolDay(calendar, date)) return undefined;
    if (weekday === 0 || weekday === 6) return 'a weekend';
    const closure = calendar.closures.find((c) => ('date' in c ? c.date === date : c.from <= date && date <= c.to));
    return closure && 'name' in closure && closure.name ? `a day school is closed (${closure.name})` : `a day school is closed on ${calendar.name}`;
  }
  if (weekday === 0 || weekday === 6) return 'a weekend';
  const holiday = usFederalHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
  if (holiday) return `a federal holiday (${holiday.name})`;
  if (settings?.holidays.includes(date)) return 'a state holiday';
  return undefined;
}

/**
 * Values that are allowed but probably wrong, each with a code and a reason: dates of past events (last
 * IEP, last evaluation, consent, eligibility, referral) more than a week ahead of today, a birth date
 * that makes the student younger than 2 or older than 22, and (given the deadlines) an open due date on
 * a weekend, holiday or school closure, with what the `rollForward` setting does about it. They are
 * warnings, not errors: the deadlines are still computed and shown.
 *
 * @example sanityCheckStudent({ studentId: '7', lastIepDate: '2030-01-10' }, '2026-11-23')[0]?.code // 'date-in-future'
 */
export function sanityCheckStudent(student: StudentRecord, today: IsoDate, options: SanityCheckOptions = {}): SanityWarning[] {
  const { deadlines = [], settings } = options;
  const show = (date: IsoDate) => presentDate(date, settings?.dateStyle ?? 'us');
  const warnings: SanityWarning[] = [];
  const studentId = student.studentId;
  for (const field of PAST_FIELDS) {
    const date = student[field] as IsoDate | undefined;
    if (date && calendarDaysBetween(today, date) > FUTURE_GRACE_DAYS) {
      warnings.push({ code: 'date-in-future', studentId, field, message: `${HEADER.get(field)} ${show(date)} is in the future; it should be the date it happened. Check for a typing error.` });
    }
  }
  const birth = student.dateOfBirth;
  if (birth) {
    const age = ageOn(birth, today);
    if (birth > today) warnings.push({ code: 'birth-date-in-future', studentId, field: 'dateOfBirth', message: `Date of Birth ${show(birth)} is in the future. Check for a typing error.` });
    else if (age < MIN_AGE) warnings.push({ code: 'too-young', studentId, field: 'dateOfBirth', message: `Date of Birth ${show(birth)} makes the student ${age} years old; special education under an IEP starts at 3 (34 CFR 300.101(a)). Check the year.` });
    else if (age > MAX_AGE) warnings.push({ code: 'too-old', studentId, field: 'dateOfBirth', message: `Date of Birth ${show(birth)} makes the student ${age} years old; IEP services end by age 22 in most states (34 CFR 300.101(a)). Check the year.` });
  }
  for (const d of deadlines) {
    // Rights transfer on the birthday itself whatever the weekday: nothing is held that day.
    if (d.studentId !== studentId || d.status === 'done' || d.kind === 'transfer-of-rights') continue;
    const why = nonSchoolDay(d.dueDate, settings);
    if (!why) continue;
    const weekday = WEEKDAYS[weekdayOf(toDayNumber(d.dueDate))];
    const advice = settings?.rollForward
      ? 'These dates are not moved by "Move due dates off non-school days" (rollForward): hold them on the school day before.'
      : 'Due dates are not moved off non-school days: hold these on the school day before, or turn on "Move due dates off non-school days" (--setting rollForward=yes) to move them to the next school day.';
    warnings.push({ code: 'due-on-non-school-day', studentId, field: 'dueDate', kind: d.kind, message: `${d.title} is due ${weekday} ${show(d.dueDate)}, ${why}.`, advice });
  }
  return warnings;
}
