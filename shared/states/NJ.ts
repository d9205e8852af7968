import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';
import { iepWithinTimelineRule } from '../rules/iep-within-timeline-rule.ts';

const evaluation = countingRule({
  id: 'NJ.initial-evaluation',
  kind: 'initial-evaluation',
  title: 'Evaluation, eligibility and IEP',
  citation: 'N.J.A.C. 6A:14-3.4',
  verification: 'S',
  explanation:
    "New Jersey's timeline ends in the IEP: evaluation, the eligibility determination and the development and implementation of the IEP within 90 calendar days of receiving consent.",
  trigger: 'consentDate',
  count: 90,
  unit: 'calendar',
});


/** New Jersey: 90 days from consent to an implemented IEP; IEP meeting 30 days after eligibility; transition at 14. */
export const NJ: RulePack = {
  code: 'NJ',
  name: 'New Jersey',
  rules: [
    evaluation,
    iepWithinTimelineRule({
      id: 'NJ.initial-iep',
      kind: 'initial-iep',
      title: 'Initial IEP meeting',
      citation: 'N.J.A.C. 6A:14-3.7(a); N.J.A.C. 6A:14-3.4',
      verification: 'S',
      explanation: 'The IEP meeting is held within 30 calendar days of the eligibility determination, and the IEP must be in place within the 90 days from consent, whichever comes first.',
      summary: '30 days from eligibility, and within 90 days from consent',
      timeline: evaluation,
    }),
  ],
  settings: [],
};
