import { addCalendarDays } from '../add-calendar-days.ts';
import { schoolDaysBetween } from '../school-days-between.ts';
import { schoolYearOnOrAfter } from '../school-year-on-or-after.ts';
import type { IsoDate } from '../iso-date.ts';
import type { SchoolCalendar } from '../school-calendar.ts';

/** Where a date sits in the school year: that year (or the next to start) and the school days left in it. */
export interface SchoolYearPosition {
  firstDay: IsoDate;
  lastDay: IsoDate;
  /**
   * School days that a timeline starting on the date would count before the year ends: school days after
   * the date up to and including the last day (plus the date itself when the trigger day counts and is a
   * school day).
   */
  left: number;
}

/**
 * The school year a timeline starting on `date` runs in and the school days left in it, or undefined
 * when the calendar has no year on or after the date.
 *
 * @example schoolDaysLeftInYear(cal, '2026-04-01' as IsoDate, false) // { firstDay: '2025-08-25', lastDay: '2026-06-05', left: 46 }
 */
export function schoolDaysLeftInYear(calendar: SchoolCalendar, date: IsoDate, countTriggerDay: boolean): SchoolYearPosition | undefined {
  const year = schoolYearOnOrAfter(calendar, date);
  if (!year) return undefined;
  return { ...year, left: schoolDaysBetween(calendar, countTriggerDay ? addCalendarDays(date, -1) : date, year.lastDay) };
}
