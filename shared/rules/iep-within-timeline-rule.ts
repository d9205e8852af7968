import { ok } from '../result.ts';
import type { TimelineRule } from '../timeline-rule.ts';
import { countFrom } from './count-from.ts';
import type { RuleFacts } from './rule-facts.ts';

/** The federal IEP-meeting timeline that still applies inside every state timeline (34 CFR 300.323(c)(1)). */
const FEDERAL_IEP_DAYS = 30;

/**
 * The initial-IEP rule of a state whose evaluation timeline ends in the IEP itself (CA, IL, NC, NJ, MA,
 * MI, NY, WI): due on the state timeline's date, or 30 days after the eligibility determination when that
 * comes first (34 CFR 300.323(c)(1) applies in every state).
 *
 * @example iepWithinTimelineRule({ ...facts, summary: 'within the 60-day timeline', timeline: evaluationRule })
 */
export function iepWithinTimelineRule(facts: RuleFacts & { summary: string; timeline: TimelineRule }): TimelineRule {
  const { timeline, ...rest } = facts;
  return {
    ...rest,
    ...(timeline.trigger ? { trigger: timeline.trigger } : {}),
    ...(timeline.count !== undefined ? { count: timeline.count } : {}),
    ...(timeline.unit ? { unit: timeline.unit } : {}),
    compute(ctx) {
      const state = timeline.compute(ctx);
      if (state && !state.ok) return state;
      const eligibility = ctx.student.eligibilityDate;
      const federal = eligibility ? countFrom(ctx, eligibility, FEDERAL_IEP_DAYS, 'calendar') : undefined;
      if (federal && !federal.ok) return federal;
      if (!state) {
        if (!federal || !eligibility) return undefined;
        return ok({
          dueDate: federal.value.date,
          inputs: { eligibilityDate: eligibility },
          notes: [`No ${timeline.trigger ?? 'start'} date recorded: 30 days from the eligibility determination (34 CFR 300.323(c)(1)).`],
        });
      }
      if (federal && eligibility && federal.value.date < state.value.dueDate) {
        return ok({
          ...state.value,
          dueDate: federal.value.date,
          inputs: { ...state.value.inputs, eligibilityDate: eligibility },
          notes: [
            ...state.value.notes,
            `30 days from the eligibility determination (${federal.value.date}, 34 CFR 300.323(c)(1)) comes before the state timeline (${state.value.dueDate}).`,
          ],
        });
      }
      return ok({ ...state.value, notes: [...state.value.notes, 'The state timeline includes the IEP meeting.'] });
    },
  };
}
