import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';
import { iepWithinTimelineRule } from '../rules/iep-within-timeline-rule.ts';

const evaluation = countingRule({
  id: 'WI.initial-evaluation',
  kind: 'initial-evaluation',
  title: 'Evaluation, eligibility and IEP',
  citation: 'Wis. Stat. 115.78(3); DPI WISEdata consent page',
  verification: 'V',
  explanation:
    "Wisconsin's timeline ends in the IEP: eligibility and, if eligible, the IEP and placement within 60 days of the date the district receives the signed consent (receipt, not signature, starts the clock).",
  trigger: 'consentDate',
  count: 60,
  unit: 'calendar',
});

/** Wisconsin: 60 days from the district's receipt of consent to eligibility and the IEP. */
export const WI: RulePack = {
  code: 'WI',
  name: 'Wisconsin',
  rules: [
    evaluation,
    iepWithinTimelineRule({
      id: 'WI.initial-iep',
      kind: 'initial-iep',
      title: 'Initial IEP and placement',
      citation: 'Wis. Stat. 115.78(3); 34 CFR 300.323(c)(1)',
      verification: 'V',
      explanation: 'The IEP is part of the 60-day timeline from receipt of consent; if eligibility was decided earlier, the meeting is due within 30 days of that decision.',
      summary: 'by the 60-day timeline, or 30 days from eligibility if sooner',
      timeline: evaluation,
    }),
  ],
  settings: [],
};
