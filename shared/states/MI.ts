import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';
import { iepWithinTimelineRule } from '../rules/iep-within-timeline-rule.ts';

const evaluation = countingRule({
  id: 'MI.initial-evaluation',
  kind: 'initial-evaluation',
  title: 'Evaluation and notice of FAPE offer',
  citation: 'Mich. Admin. Code R 340.1721b',
  verification: 'V',
  explanation:
    "Michigan's timeline ends in the offer: within 30 school days of receiving consent the parent receives written notice of the offer of a free appropriate public education (the IEP) or of ineligibility; extensions must be in writing and in school days.",
  trigger: 'consentDate',
  count: 30,
  unit: 'school',
});


/** Michigan: 30 school days from consent to the notice of FAPE offer. */
export const MI: RulePack = {
  code: 'MI',
  name: 'Michigan',
  rules: [
    evaluation,
    iepWithinTimelineRule({
      id: 'MI.initial-iep',
      kind: 'initial-iep',
      title: 'Initial IEP and notice of offer',
      citation: 'Mich. Admin. Code R 340.1721b; 34 CFR 300.323(c)(1)',
      verification: 'V',
      explanation: 'The IEP meeting and the notice of the offer fall within the 30 school days from consent; if eligibility was decided earlier, the meeting is due within 30 days of that decision.',
      summary: 'by the 30-school-day timeline, or 30 days from eligibility if sooner',
      timeline: evaluation,
    }),
  ],
  settings: [],
};
