import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';
import { iepWithinTimelineRule } from '../rules/iep-within-timeline-rule.ts';

const services = countingRule({
  id: 'NY.initial-iep',
  kind: 'initial-iep',
  title: 'Recommendation and services arranged',
  citation: '8 NYCRR 200.4(e)(1)',
  verification: 'S',
  explanation: 'Within 60 school days of receiving consent, the CSE recommendation is made and the special education programs and services are arranged.',
  trigger: 'consentDate',
  count: 60,
  unit: 'school',
});


/** New York: evaluation in 60 calendar days, services arranged in 60 school days, transition at 15. */
export const NY: RulePack = {
  code: 'NY',
  name: 'New York',
  rules: [
    countingRule({
      id: 'NY.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Initial evaluation',
      citation: '8 NYCRR 200.4(b)(7)',
      verification: 'S',
      explanation: 'The initial evaluation is completed within 60 calendar days of receiving parental consent.',
      trigger: 'consentDate',
      count: 60,
      unit: 'calendar',
    }),
    iepWithinTimelineRule({
      id: 'NY.initial-iep',
      kind: 'initial-iep',
      title: 'Recommendation and services arranged',
      citation: '8 NYCRR 200.4(e)(1); 34 CFR 300.323(c)(1)',
      verification: 'S',
      explanation:
        'Within 60 school days of receiving consent, the CSE recommends the program and arranges the services; the IEP meeting is also due within 30 days of the eligibility decision if that comes first.',
      summary: '60 school days from consent received, or 30 days from eligibility if sooner',
      timeline: services,
    }),
  ],
  settings: [
    {
      id: 'NY.meetingNoticeDays',
      description: 'Days of notice before a CSE meeting (the reference could not verify the number).',
      default: 5,
      citation: '8 NYCRR 200.5(c) (not verified)',
      verification: 'U',
    }],
  meetingNotice: { days: 5, unit: 'calendar', citation: '8 NYCRR 200.5(c) (not verified)', verification: 'U', settingId: 'NY.meetingNoticeDays' },
};
