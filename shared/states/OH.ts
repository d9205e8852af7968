import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';


/** Ohio: ETR within 60 real calendar days (leap days count), transition at 14. */
export const OH: RulePack = {
  code: 'OH',
  name: 'Ohio',
  rules: [
    countingRule({
      id: 'OH.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Evaluation team report (ETR)',
      citation: 'OAC 3301-51-06; ODE guidance',
      verification: 'V',
      explanation: 'The evaluation team report is completed within 60 calendar days of receiving consent, counting the actual days (February 29 counts in a leap year).',
      trigger: 'consentDate',
      count: 60,
      unit: 'calendar',
    }),
  ],
  settings: [],
};
