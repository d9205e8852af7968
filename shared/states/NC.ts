import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';
import { iepWithinTimelineRule } from '../rules/iep-within-timeline-rule.ts';

const evaluation = countingRule({
  id: 'NC.initial-evaluation',
  kind: 'initial-evaluation',
  title: 'Evaluation, eligibility, IEP and placement',
  citation: 'NC 1503-2.2',
  verification: 'V',
  explanation:
    "North Carolina's timeline runs from the written referral and ends in placement: evaluation, eligibility, the IEP and placement within 90 calendar days of receiving the referral, with no break exclusions.",
  trigger: 'referralDate',
  count: 90,
  unit: 'calendar',
});


/** North Carolina: 90 days from the written referral to placement, transition at 14. */
export const NC: RulePack = {
  code: 'NC',
  name: 'North Carolina',
  rules: [
    evaluation,
    iepWithinTimelineRule({
      id: 'NC.initial-iep',
      kind: 'initial-iep',
      title: 'Initial IEP and placement',
      citation: 'NC 1503-2.2; 34 CFR 300.323(c)(1)',
      verification: 'V',
      explanation: 'The IEP and placement are part of the 90-day timeline from referral; if eligibility was decided earlier, the IEP meeting is due within 30 days of that decision.',
      summary: 'by the 90-day timeline from referral, or 30 days from eligibility if sooner',
      timeline: evaluation,
    }),
  ],
  settings: [
    {
      id: 'NC.meetingNoticeDays',
      description: 'Days of notice before an IEP meeting (DPI guidance says 7-10 days; secondary source).',
      default: 10,
      citation: 'NC DPI guidance: "adequate" notice is 7-10 days',
      verification: 'S',
    }],
  meetingNotice: { days: 10, unit: 'calendar', citation: 'NC DPI guidance: "adequate" notice is 7-10 days', verification: 'S', settingId: 'NC.meetingNoticeDays' },
};
