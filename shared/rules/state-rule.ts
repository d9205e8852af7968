import type { DayUnit } from '../count-days.ts';
import type { IsoDate } from '../iso-date.ts';
import type { Result } from '../result.ts';
import type { StudentRecord } from '../student-record.ts';
import type { RuleContext, RuleOutcome, TimelineRule } from '../timeline-rule.ts';
import type { RuleFacts } from './rule-facts.ts';

/**
 * A state initial-evaluation rule whose date comes from a custom computation (end-of-year rules, absence
 * extensions), with the summary numbers shown in rule tables.
 *
 * @example stateRule({ ...facts, summary: '45 school days, or by June 30', trigger: 'consentDate', compute: (ctx, start) => countFrom(ctx, start, 45, 'school') … })
 */
export function stateRule(
  facts: RuleFacts & {
    summary: string;
    trigger: keyof StudentRecord;
    count?: number;
    unit?: DayUnit;
    compute: (ctx: RuleContext, start: IsoDate) => Result<RuleOutcome> | undefined;
  },
): TimelineRule {
  const { compute, ...rest } = facts;
  return {
    ...rest,
    compute(ctx) {
      const start = ctx.student[facts.trigger] as IsoDate | undefined;
      return start ? compute(ctx, start) : undefined;
    },
  };
}
