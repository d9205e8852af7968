import type { RulePack } from '../timeline-rule.ts';
import { countingRule } from '../rules/rule-builders.ts';


/** Georgia: 60 days not counting closures of 5 or more school days (with their weekends) or summer. */
export const GA: RulePack = {
  code: 'GA',
  name: 'Georgia',
  rules: [
    {
      ...countingRule({
        id: 'GA.initial-evaluation',
        kind: 'initial-evaluation',
        title: 'Initial evaluation and eligibility',
        citation: 'GAC 160-4-7-.04(1)(b); GaDOE GO-IEP timelines',
        verification: 'V',
        explanation:
          'Evaluation and eligibility within 60 calendar days of receiving consent, not counting holiday periods when children are out of school for 5 or more consecutive school days (with the weekends joined to them) or summer vacation.',
        trigger: 'consentDate',
        count: 60,
        unit: 'calendar',
        exclusions: { excludeSummer: true, excludeBreaksOfAtLeast: 5 },
      }),
      summary: '60 calendar days from consent received, not counting closures of 5 or more school days (with their weekends) or summer',
    },
  ],
  settings: [],
};
