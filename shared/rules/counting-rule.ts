import { countDays, type CountDaysOptions, type DayUnit } from '../count-days.ts';
import type { IsoDate } from '../iso-date.ts';
import { ok } from '../result.ts';
import type { StudentRecord } from '../student-record.ts';
import type { TimelineRule } from '../timeline-rule.ts';
import { countOptionsFrom } from './count-options-from.ts';
import type { RuleFacts } from './rule-facts.ts';
import { skippedNotes } from './skipped-notes.ts';
import { TRIGGER_WORDS } from './trigger-words.ts';

const UNIT_WORDS: Record<DayUnit, string> = { calendar: 'calendar days', school: 'school days', business: 'business days' };

/**
 * A rule that counts a fixed number of days of one unit from a trigger date, with optional exclusion
 * windows (summer, long breaks, closures).
 *
 * @example countingRule({ ...facts, trigger: 'consentDate', count: 60, unit: 'calendar' })
 */
export function countingRule(
  facts: RuleFacts & {
    trigger: keyof StudentRecord;
    count: number;
    unit: DayUnit;
    exclusions?: Pick<CountDaysOptions, 'excludeSummer' | 'excludeBreaksOfAtLeast' | 'excludeClosures'>;
  },
): TimelineRule {
  return {
    ...facts,
    summary: `${facts.count} ${UNIT_WORDS[facts.unit]} from ${TRIGGER_WORDS[facts.trigger] ?? facts.trigger}`,
    compute(ctx) {
      const start = ctx.student[facts.trigger] as IsoDate | undefined;
      if (!start) return undefined;
      const counted = countDays(start, facts.count, facts.unit, { ...countOptionsFrom(ctx.settings), ...facts.exclusions });
      if (!counted.ok) return counted;
      return ok({ dueDate: counted.value.date, inputs: { [facts.trigger]: start }, notes: skippedNotes(counted.value.skipped) });
    },
  };
}
