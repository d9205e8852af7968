import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';

/** Connecticut: 60 calendar days from consent, as the state's data collection counts it. */
export const CT: RulePack = {
  code: 'CT',
  name: 'Connecticut',
  rules: [
    countingRule({
      id: 'CT.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Initial evaluation',
      citation: 'CSDE data collection help site (secondary source)',
      verification: 'S',
      explanation:
        "The initial evaluation is due within 60 calendar days of receiving consent, the federal timeline the state's data collection uses. A state rule of 45 school days from referral to implementation is reported but not verified, so it is not applied: check it.",
      trigger: 'consentDate',
      count: 60,
      unit: 'calendar',
    }),
  ],
  settings: [],
};
