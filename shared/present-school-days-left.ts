import type { Deadline } from './deadline.ts';
import { presentDate } from './present-date.ts';
import { presentDaysLeft } from './present-days-left.ts';
import type { Settings } from './settings.ts';

/** School days left to a deadline in words: the count, or why there is none. */
export interface SchoolDaysLook {
  /** "12 school days left", or "—" when no count can be given. */
  text: string;
  /** Why there is no count, in a teacher's words (absent when there is one). */
  reason?: string;
}

/**
 * School days left to a deadline, or the reason there is no count: no school calendar, or a due date
 * (or today) outside the years the calendar holds. Never a blank without a word why.
 *
 * @example presentSchoolDaysLeft({ schoolDaysLeft: 12, dueDate: '2026-12-15' }, settings) // { text: '12 school days left' }
 * @example presentSchoolDaysLeft({ schoolDaysLeft: null, dueDate: '2028-09-08' }, withCalendarTo2028June) // { text: '—', reason: 'the school calendar ends 6/9/2028: add the next school year to count school days' }
 */
export function presentSchoolDaysLeft(deadline: Pick<Deadline, 'schoolDaysLeft' | 'dueDate'>, settings: Partial<Pick<Settings, 'calendar' | 'dateStyle'>>): SchoolDaysLook {
  if (deadline.schoolDaysLeft !== null) return { text: presentDaysLeft(deadline.schoolDaysLeft, 'school day') };
  const calendar = settings.calendar;
  if (!calendar || calendar.schoolYears.length === 0) return { text: '—', reason: 'add a school calendar to count school days' };
  const style = settings.dateStyle ?? 'us';
  let first: string = calendar.schoolYears[0]?.firstDay ?? '';
  let last: string = calendar.schoolYears[0]?.lastDay ?? '';
  for (const y of calendar.schoolYears) {
    if (y.firstDay < first) first = y.firstDay;
    if (y.lastDay > last) last = y.lastDay;
  }
  if (deadline.dueDate > last) return { text: '—', reason: `the school calendar ends ${presentDate(last, style)}: add the next school year to count school days` };
  return { text: '—', reason: `the school calendar starts ${presentDate(first, style)}: add the earlier school year to count school days` };
}
