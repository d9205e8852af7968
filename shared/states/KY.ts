import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';

/** Kentucky: 60 school days from consent. */
export const KY: RulePack = {
  code: 'KY',
  name: 'Kentucky',
  rules: [
    countingRule({
      id: 'KY.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Initial evaluation',
      citation: 'KY Division of Special Education, Indicator 11 guidance',
      verification: 'S',
      explanation: 'The initial evaluation and eligibility determination are due within 60 school days of receiving consent.',
      trigger: 'consentDate',
      count: 60,
      unit: 'school',
    }),
  ],
  settings: [],
};
