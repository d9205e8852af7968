import type { StudentRecord } from '../student-record.ts';
import type { TimelineRule } from '../timeline-rule.ts';
import type { RuleFacts } from './rule-facts.ts';
import { yearsRule } from './years-rule.ts';

/**
 * A reevaluation rule whose period depends on the student (PA: 2 years for intellectual disability).
 *
 * @example reevaluationRule({ ...facts, summary: '3 years (2 for intellectual disability)', years: 3, shorter: { years: 2, appliesTo: hasIntellectualDisability } })
 */
export function reevaluationRule(
  facts: RuleFacts & { summary: string; years: number; shorter: { years: number; appliesTo: (student: StudentRecord) => boolean } },
): TimelineRule {
  const { years, shorter, summary, ...rest } = facts;
  const base = { ...rest, trigger: 'lastEvaluationDate' as const, fallbackTrigger: 'eligibilityDate' as const, earliestYears: 1 };
  const usual = yearsRule({ ...base, years, appliesTo: (s) => !shorter.appliesTo(s) });
  const short = yearsRule({ ...base, years: shorter.years, appliesTo: shorter.appliesTo });
  return {
    ...rest,
    summary,
    trigger: 'lastEvaluationDate',
    compute: (ctx) => (shorter.appliesTo(ctx.student) ? short.compute(ctx) : usual.compute(ctx)),
  };
}
