import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';

/** Colorado: 60 calendar days from consent, IEP 30 days after eligibility (the federal timelines). */
export const CO: RulePack = {
  code: 'CO',
  name: 'Colorado',
  rules: [
    countingRule({
      id: 'CO.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Initial evaluation',
      citation: 'Douglas County School District guidance (secondary source)',
      verification: 'S',
      explanation: 'The initial evaluation is due within 60 calendar days of receiving consent, the same as the federal timeline.',
      trigger: 'consentDate',
      count: 60,
      unit: 'calendar',
    }),
  ],
  settings: [],
};
