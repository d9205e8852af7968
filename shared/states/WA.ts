import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';


/** Washington: eligibility decision within 35 school days of consent. */
export const WA: RulePack = {
  code: 'WA',
  name: 'Washington',
  rules: [
    countingRule({
      id: 'WA.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Evaluation and eligibility decision',
      citation: 'WAC 392-172A-03005',
      verification: 'V',
      explanation: 'The evaluation and eligibility decision are due within 35 school days of receiving consent (or another period the parent and district agree to and document).',
      trigger: 'consentDate',
      count: 35,
      unit: 'school',
    }),
  ],
  settings: [],
};
