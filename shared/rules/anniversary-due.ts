import { addCalendarDays } from '../add-calendar-days.ts';
import { addYears } from '../add-years.ts';
import type { IsoDate } from '../iso-date.ts';
import type { Settings } from '../settings.ts';

/**
 * The due date a number of years after a meeting, by the caseload's anniversary convention.
 *
 * @example anniversaryDue('2025-10-15', 1, settings) // '2026-10-14' (the day before the anniversary, by default)
 */
export function anniversaryDue(from: IsoDate, years: number, settings: Settings): IsoDate {
  const anniversary = addYears(from, years);
  return settings.annualReviewConvention === 'anniversary' ? anniversary : addCalendarDays(anniversary, -1);
}
