import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';

/** Tennessee: 60 calendar days from consent (extensions need state approval). */
export const TN: RulePack = {
  code: 'TN',
  name: 'Tennessee',
  rules: [
    countingRule({
      id: 'TN.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Initial evaluation',
      citation: 'CMCSS special education manual; TNPulse (secondary sources)',
      verification: 'S',
      explanation:
        'The initial evaluation is due within 60 calendar days of receiving consent, the same count as the federal timeline; an extension needs state approval (recorded in TNPulse).',
      trigger: 'consentDate',
      count: 60,
      unit: 'calendar',
    }),
  ],
  settings: [],
};
