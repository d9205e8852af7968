import { countDays, type CountDaysOptions, type CountedDate, type DayUnit } from '../count-days.ts';
import type { IsoDate } from '../iso-date.ts';
import type { Result } from '../result.ts';
import type { RuleContext } from '../timeline-rule.ts';
import { countOptionsFrom } from './count-options-from.ts';

/** The exclusion windows a state timeline names (summer, long breaks, every closure). */
export type Exclusions = Pick<CountDaysOptions, 'excludeSummer' | 'excludeBreaksOfAtLeast' | 'countBreakEdgeWeekends' | 'excludeClosures'>;

/**
 * Counts days from a date with the caseload's counting options (calendar, inclusive counting,
 * roll-forward, holidays) plus a state's exclusion windows.
 *
 * @example countFrom(ctx, consent, 60, 'calendar', { excludeSummer: true })
 */
export function countFrom(ctx: RuleContext, start: IsoDate, count: number, unit: DayUnit, exclusions: Exclusions = {}): Result<CountedDate> {
  return countDays(start, count, unit, { ...countOptionsFrom(ctx.settings), ...exclusions });
}
