import { addYears } from '../add-years.ts';
import { gradeNumber } from '../grade-number.ts';
import type { IsoDate } from '../iso-date.ts';
import { schoolYearStart } from '../school-year-start.ts';
import type { RuleContext } from '../timeline-rule.ts';

/**
 * The first day of the school year in which a student with the recorded grade enters `grade`, or
 * undefined when the grade cell is unreadable or the date the grade is current on is unknown.
 *
 * @example gradeEntryDate(ctx, 9) // '2028-07-01' for a 7th grader on 2026-11-23 (the calendar's first day of that year, when it has it)
 */
export function gradeEntryDate(ctx: RuleContext, grade: number): IsoDate | undefined {
  const current = gradeNumber(ctx.student.grade);
  if (current === undefined || !ctx.today) return undefined;
  // July 1 of the school year the student enters the grade, moved to the calendar's first day when it has that year.
  return schoolYearStart(addYears(schoolYearStart(ctx.today), grade - current), ctx.settings.calendar);
}
