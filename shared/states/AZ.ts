import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';


/** Arizona: 60 days from consent to the MET eligibility determination. */
export const AZ: RulePack = {
  code: 'AZ',
  name: 'Arizona',
  rules: [
    countingRule({
      id: 'AZ.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Evaluation and MET eligibility determination',
      citation: 'A.A.C. R7-2-401(E)(3)-(4)',
      verification: 'V',
      explanation: 'The evaluation ends with the multidisciplinary evaluation team (MET) eligibility determination within 60 calendar days of receiving consent.',
      trigger: 'consentDate',
      count: 60,
      unit: 'calendar',
    }),
  ],
  settings: [],
};
