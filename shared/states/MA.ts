import { ok } from '../result.ts';
import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';
import { calendarDaysAfter } from '../rules/calendar-days-after.ts';
import { countFrom } from '../rules/count-from.ts';
import { iepWithinTimelineRule } from '../rules/iep-within-timeline-rule.ts';
import { outcomeOf } from '../rules/outcome-of.ts';
import { schoolDaysLeftInYear } from '../rules/school-days-left-in-year.ts';
import { stateRule } from '../rules/state-rule.ts';

/** School working days from consent to the proposed IEP (or notice of no eligibility). */
const PROPOSED_IEP_DAYS = 45;
/** Consent this many to 45 school working days before the end of the year → 14 days after it ends. */
const END_OF_YEAR_FROM = 30;
/** Days after the end of the school year, in that case. */
const AFTER_YEAR_END_DAYS = 14;

const proposedIep = stateRule({
  id: 'MA.proposed-iep',
  kind: 'initial-iep',
  title: 'Team meeting and proposed IEP',
  citation: '603 CMR 28.05(1)',
  verification: 'V',
  explanation:
    'Within 45 school working days of consent, the evaluation is done, the Team meets and the parent receives the proposed IEP or a notice of no eligibility; if consent came 30 to 45 school working days before the end of the school year, it is due 14 days after the year ends.',
  summary: '45 school working days from consent received; 30-45 before the end of the year: 14 days after it ends',
  trigger: 'consentDate',
  count: PROPOSED_IEP_DAYS,
  unit: 'school',
  compute(ctx, consent) {
    const calendar = ctx.settings.calendar;
    const position = calendar ? schoolDaysLeftInYear(calendar, consent, ctx.settings.countTriggerDay) : undefined;
    if (position && position.left >= END_OF_YEAR_FROM && position.left <= PROPOSED_IEP_DAYS) {
      return ok({
        dueDate: calendarDaysAfter(ctx, position.lastDay, AFTER_YEAR_END_DAYS),
        inputs: { consentDate: consent, endOfSchoolYear: position.lastDay },
        notes: [`Consent came ${position.left} school working days before the end of the school year (${position.lastDay}): due 14 days after the year ends.`],
      });
    }
    const counted = countFrom(ctx, consent, PROPOSED_IEP_DAYS, 'school');
    if (!counted.ok) return counted;
    return ok(outcomeOf(counted.value, { consentDate: consent }));
  },
});


/** Massachusetts: assessments in 30 and the proposed IEP in 45 school working days; end-of-year rule; transition at 14. */
export const MA: RulePack = {
  code: 'MA',
  name: 'Massachusetts',
  rules: [
    {
      ...countingRule({
        id: 'MA.initial-evaluation',
        kind: 'initial-evaluation',
        title: 'Assessments completed',
        citation: '603 CMR 28.04(1)',
        verification: 'V',
        explanation:
          'The assessments are completed within 30 school working days of receiving consent (counted as school days on the district calendar); the Team meeting and proposed IEP follow within 45.',
        trigger: 'consentDate',
        count: 30,
        unit: 'school',
      }),
      summary: '30 school working days from consent received (assessments)',
    },
    iepWithinTimelineRule({
      id: 'MA.initial-iep',
      kind: 'initial-iep',
      title: 'Team meeting and proposed IEP',
      citation: '603 CMR 28.05(1); 34 CFR 300.323(c)(1)',
      verification: 'V',
      explanation:
        "Massachusetts' timeline ends in the proposed IEP: within 45 school working days of consent (14 days after the end of the school year when consent came 30 to 45 school working days before it ends).",
      summary: '45 school working days from consent received; 30-45 before the end of the year: 14 days after it ends',
      timeline: proposedIep,
    }),
  ],
  settings: [],
};
