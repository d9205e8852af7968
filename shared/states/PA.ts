import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/counting-rule.ts';
import { hasIntellectualDisability } from '../rules/has-intellectual-disability.ts';
import { reevaluationRule } from '../rules/reevaluation-rule.ts';


/** Pennsylvania: 60 days without the summer, IEP 30 days after the report, 2-year reevaluation for ID, transition at 14. */
export const PA: RulePack = {
  code: 'PA',
  name: 'Pennsylvania',
  rules: [
    {
      ...countingRule({
        id: 'PA.initial-evaluation',
        kind: 'initial-evaluation',
        title: 'Evaluation report to parents',
        citation: '22 Pa. Code 14.123(b)',
        verification: 'V',
        explanation:
          'The evaluation report goes to the parents within 60 calendar days of receiving consent, not counting the days from the day after the last day of the spring term through the day before the first day of the fall term.',
        trigger: 'consentDate',
        count: 60,
        unit: 'calendar',
        exclusions: { excludeSummer: true },
      }),
      summary: '60 calendar days from consent received, not counting the summer between the spring and fall terms',
    },
    countingRule({
      id: 'PA.initial-iep',
      kind: 'initial-iep',
      title: 'Initial IEP meeting',
      citation: 'PA ODR timelines page; 34 CFR 300.323(c)(1)',
      verification: 'S',
      explanation: 'The IEP is developed within 30 calendar days of the evaluation report (the eligibility date on the record stands for the report date).',
      trigger: 'eligibilityDate',
      count: 30,
      unit: 'calendar',
    }),
    reevaluationRule({
      id: 'PA.reevaluation',
      kind: 'reevaluation',
      title: 'Reevaluation',
      citation: '22 Pa. Code 14.124(b)-(d); 34 CFR 300.303(b)',
      verification: 'V',
      explanation:
        'A reevaluation is due every 3 years, and every 2 years for a student with an intellectual disability (read from the disability field); not more than once a year unless parent and school agree.',
      summary: '3 years from last evaluation; 2 years for intellectual disability',
      years: 3,
      shorter: { years: 2, appliesTo: hasIntellectualDisability },
    }),
  ],
  settings: [
    {
      id: 'PA.meetingNoticeDays',
      description: 'Days of notice in the invitation to an IEP meeting (the reference could not verify the number).',
      default: 10,
      citation: 'PA invitation to IEP meeting (not verified)',
      verification: 'U',
    }],
  meetingNotice: { days: 10, unit: 'calendar', citation: 'PA invitation to IEP meeting (not verified)', verification: 'U', settingId: 'PA.meetingNoticeDays' },
};
