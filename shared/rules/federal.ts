import { addCalendarDays } from '../add-calendar-days.ts';
import { addCalendarMonths } from '../add-years.ts';
import { ok } from '../result.ts';
import type { RulePack } from '../timeline-rule.ts';
import { birthdayAt } from './birthday-at.ts';
import { countingRule } from './counting-rule.ts';
import { majorityRules } from './majority-rules.ts';
import { transitionRule } from './transition-rule.ts';
import { yearsRule } from './years-rule.ts';

/** Setting ids of the federal baseline. */
export const FEDERAL_SETTINGS = {
  ageOfMajority: 'US.ageOfMajority',
} as const;

/**
 * The federal baseline, IDEA Part B (34 CFR Part 300) and Part C (Part 303). States override single
 * rules; anything a state pack leaves out falls back to these.
 */
export const FEDERAL_RULES: RulePack = {
  code: 'US',
  name: 'Federal (IDEA, 34 CFR 300)',
  settings: [
    {
      id: FEDERAL_SETTINGS.ageOfMajority,
      description: 'Age of majority at which IDEA rights transfer (set by each state; 18 in most; null = no transfer).',
      default: 18,
      citation: '34 CFR 300.520(a)',
      verification: 'S',
    },
  ],
  rules: [
    countingRule({
      id: 'US.initial-evaluation',
      kind: 'initial-evaluation',
      title: 'Initial evaluation',
      citation: '34 CFR 300.301(c)(1)',
      verification: 'V',
      explanation: 'The initial evaluation must be completed within 60 days of receiving parental consent (unless the state sets its own timeframe).',
      trigger: 'consentDate',
      count: 60,
      unit: 'calendar',
    }),
    countingRule({
      id: 'US.initial-iep',
      kind: 'initial-iep',
      title: 'Initial IEP meeting',
      citation: '34 CFR 300.323(c)(1)',
      verification: 'V',
      explanation: 'A meeting to develop the IEP must be held within 30 days of the determination that the child needs special education.',
      trigger: 'eligibilityDate',
      count: 30,
      unit: 'calendar',
    }),
    yearsRule({
      id: 'US.annual-review',
      kind: 'annual-review',
      title: 'Annual IEP review',
      citation: '34 CFR 300.324(b)(1)(i)',
      verification: 'V',
      explanation: 'The IEP team must review the IEP periodically, but not less than annually.',
      trigger: 'lastIepDate',
      years: 1,
    }),
    yearsRule({
      id: 'US.reevaluation',
      kind: 'reevaluation',
      title: 'Reevaluation (3-year)',
      citation: '34 CFR 300.303(b)(1)-(2)',
      verification: 'V',
      explanation: 'A reevaluation must happen at least once every 3 years (unless parent and school agree it is unnecessary) and not more than once a year unless they agree.',
      trigger: 'lastEvaluationDate',
      fallbackTrigger: 'eligibilityDate',
      years: 3,
      earliestYears: 1,
    }),
    transitionRule({
      id: 'US.transition-services',
      kind: 'transition-services',
      title: 'Transition services in the IEP',
      citation: '34 CFR 300.320(b)',
      verification: 'V',
      explanation: 'Beginning not later than the first IEP to be in effect when the student turns 16, the IEP must include measurable postsecondary goals and transition services.',
      age: 16,
    }),
    ...majorityRules({
      pack: 'US',
      age: (ctx) => ctx.setting<number | null>(FEDERAL_SETTINGS.ageOfMajority),
      noticeCitation: '34 CFR 300.320(c)',
      transferCitation: '34 CFR 300.520(a)',
      verification: 'V',
    }),
    {
      id: 'US.progress-report',
      kind: 'progress-report',
      title: 'Progress report',
      citation: '34 CFR 300.320(a)(3)(ii)',
      verification: 'U',
      explanation:
        'The IEP says when progress toward annual goals is reported, such as quarterly or with report cards; this is the next reporting date in the settings.',
      summary: 'the next progress-report date in the settings (e.g. report-card dates)',
      compute(ctx) {
        // Progress reports are on IEP goals: only a student who has an IEP gets one.
        if (!ctx.today || !(ctx.student.lastIepDate || ctx.student.annualReviewDue)) return undefined;
        const today = ctx.today;
        const next = ctx.settings.progressReportDates.filter((x) => x >= today).sort()[0];
        return next ? ok({ dueDate: next, inputs: { progressReportDate: next }, notes: [] }) : undefined;
      },
    },
    {
      id: 'US.part-c-transition',
      kind: 'part-c-transition',
      title: 'Part C to B: IEP by the third birthday',
      citation: '34 CFR 300.124(b); 34 CFR 303.209(b)-(c)',
      verification: 'U',
      explanation: 'A child moving from early intervention (Part C) must have an IEP developed and implemented by the third birthday; the transition conference is held 90 days to 9 months before it.',
      summary: 'third birthday; conference 9 months to 90 days before',
      trigger: 'dateOfBirth',
      compute(ctx) {
        const dob = ctx.student.dateOfBirth;
        if (!dob) return undefined;
        const third = birthdayAt(dob, 3);
        return ok({
          dueDate: third,
          inputs: { dateOfBirth: dob },
          notes: [`Transition conference window: ${addCalendarMonths(third, -9)} to ${addCalendarDays(third, -90)}.`],
          scheduleBy: addCalendarDays(third, -90),
          expiresAfter: third,
        });
      },
    },
  ],
};
