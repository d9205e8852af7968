import { addCalendarDays } from '../add-calendar-days.ts';
import type { IsoDate } from '../iso-date.ts';
import type { RuleContext } from '../timeline-rule.ts';

/**
 * A date a fixed number of calendar days after another, honouring inclusive counting but never moved to
 * a school day (for dates the law fixes in the summer, e.g. "14 days after the end of the school year").
 *
 * @example calendarDaysAfter(ctx, '2026-06-12', 14) // '2026-06-26'
 */
export function calendarDaysAfter(ctx: RuleContext, start: IsoDate, count: number): IsoDate {
  return addCalendarDays(start, count - (ctx.settings.countTriggerDay && count > 0 ? 1 : 0));
}
