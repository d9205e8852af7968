import { addYears } from '../add-years.ts';
import type { IsoDate } from '../iso-date.ts';
import { ok } from '../result.ts';
import type { StudentRecord } from '../student-record.ts';
import type { RuleOutcome, TimelineRule } from '../timeline-rule.ts';
import { anniversaryDue } from './anniversary-due.ts';
import type { RuleFacts } from './rule-facts.ts';
import { TRIGGER_WORDS } from './trigger-words.ts';

/**
 * A rule due a number of years after a record date (annual review, reevaluation).
 *
 * @example yearsRule({ ...facts, trigger: 'lastIepDate', years: 1 }).summary // '1 year from last IEP meeting'
 */
export function yearsRule(
  facts: RuleFacts & {
    trigger: keyof StudentRecord;
    years: number;
    /** Used when the trigger is missing (reevaluation: the initial eligibility date). */
    fallbackTrigger?: keyof StudentRecord;
    /** Earliest allowed next date, in years (reevaluation: not more than once a year). */
    earliestYears?: number;
    /** Applies only to students this predicate accepts (e.g. a disability category). */
    appliesTo?: (student: StudentRecord) => boolean;
  },
): TimelineRule {
  return {
    ...facts,
    summary: `${facts.years} year${facts.years === 1 ? '' : 's'} from ${TRIGGER_WORDS[facts.trigger] ?? facts.trigger}`,
    compute(ctx) {
      if (facts.appliesTo && !facts.appliesTo(ctx.student)) return undefined;
      const key = ctx.student[facts.trigger] ? facts.trigger : facts.fallbackTrigger;
      const from = key ? (ctx.student[key] as IsoDate | undefined) : undefined;
      if (!key || !from) return undefined;
      const outcome: RuleOutcome = {
        dueDate: anniversaryDue(from, facts.years, ctx.settings),
        inputs: { [key]: from, convention: ctx.settings.annualReviewConvention },
        notes: key === facts.trigger ? [] : [`No ${TRIGGER_WORDS[facts.trigger] ?? facts.trigger} date; counted from the ${TRIGGER_WORDS[key] ?? key} date.`],
      };
      if (facts.earliestYears !== undefined) outcome.earliest = addYears(from, facts.earliestYears);
      return ok(outcome);
    },
  };
}
