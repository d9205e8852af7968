import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/rule-builders.ts';


/** Virginia: eligibility within 65 business days of the referral, transition at 14. */
export const VA: RulePack = {
  code: 'VA',
  name: 'Virginia',
  rules: [
    countingRule({
      id: 'VA.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Evaluation and eligibility',
      citation: '8VAC20-81-60',
      verification: 'V',
      explanation:
        'The eligibility determination is due within 65 business days of the special education administrator receiving the referral; business days are Monday to Friday all year, summer included, except holidays (federal holidays plus the state holidays in your settings).',
      trigger: 'referralDate',
      count: 65,
      unit: 'business',
    }),
  ],
  settings: [],
};
