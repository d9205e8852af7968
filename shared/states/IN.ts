import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';

/** Indiana: 50 instructional days from consent. */
export const IN: RulePack = {
  code: 'IN',
  name: 'Indiana',
  rules: [
    countingRule({
      id: 'IN.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Initial evaluation',
      citation: '511 IAC 7 (via PowerSchool Indiana documentation)',
      verification: 'S',
      explanation:
        'The initial evaluation is due within 50 instructional days of receiving consent (20 instructional days when response-to-intervention data already exist: not applied here, the record has no field for it).',
      trigger: 'consentDate',
      count: 50,
      unit: 'school',
    }),
  ],
  settings: [],
};
