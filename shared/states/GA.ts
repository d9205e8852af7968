import { addCalendarDays } from '../add-calendar-days.ts';
import { schoolYearOnOrAfter } from '../school-year-on-or-after.ts';
import { ok } from '../result.ts';
import type { RulePack } from '../timeline-rule.ts';
import { countFrom } from '../rules/count-from.ts';
import { outcomeOf } from '../rules/outcome-of.ts';
import { stateRule } from '../rules/state-rule.ts';

/** Georgia setting ids (facts the reference could not read). */
export const GA_SETTINGS = {
  earlyConsentDays: 'GA.summerCountedForConsentDaysBeforeYearEnd',
} as const;

const DAYS = 60;
const CLOSURE_SCHOOL_DAYS = 5;

const evaluation = stateRule({
  id: 'GA.initial-evaluation',
  kind: 'initial-evaluation',
  title: 'Initial evaluation and eligibility',
  citation: 'Ga. Comp. R. & Regs. 160-4-7-.04(1)(b); GaDOE GO-IEP timelines',
  // Read (2026-12, a mirror of the rule text): 60 calendar days of receiving consent; holiday periods and other
  // times children are not in attendance for five consecutive school days are not counted, with the weekend days
  // before and after them; a summer vacation in which most of the LEA's teachers are not under contract is not
  // included. The sub-clause that follows, "Consent received 30 days or more prior to the end of the school
  // year …", is cut off in every copy found, so that case is a setting (U) and the rule as a whole is not V.
  verification: 'S',
  explanation:
    "Evaluation and eligibility within 60 calendar days of receiving consent, not counting holiday periods when children are out of school for 5 or more consecutive school days (with the weekends joined to them) or summer vacation. Georgia has a special rule for consent received 30 days or more before the end of the school year that Casekeeper could not read: for such consent it takes the earlier reading, counting through the summer (setting), and says so on the date.",
  summary: '60 calendar days from consent received, not counting closures of 5 or more school days (with their weekends) or summer; consent 30+ days before the year ends: summer counted (setting)',
  trigger: 'consentDate',
  count: DAYS,
  unit: 'calendar',
  compute(ctx, consent) {
    const inputs = { consentDate: consent };
    const skipping = countFrom(ctx, consent, DAYS, 'calendar', { excludeSummer: true, excludeBreaksOfAtLeast: CLOSURE_SCHOOL_DAYS });
    if (!skipping.ok) return skipping;
    const early = ctx.setting<number | null>(GA_SETTINGS.earlyConsentDays);
    const year = ctx.settings.calendar ? schoolYearOnOrAfter(ctx.settings.calendar, consent) : undefined;
    const spansSummer = year !== undefined && skipping.value.date > year.lastDay;
    if (!spansSummer || early === null || !year || addCalendarDays(consent, early) > year.lastDay) return ok(outcomeOf(skipping.value, inputs));
    const through = countFrom(ctx, consent, DAYS, 'calendar', { excludeBreaksOfAtLeast: CLOSURE_SCHOOL_DAYS });
    if (!through.ok) return through;
    return ok(
      outcomeOf(through.value, { ...inputs, lastSchoolDay: year.lastDay }, [
        `Consent came ${early} days or more before the last school day (${year.lastDay}). Georgia's rule for this case could not be read, so Casekeeper takes the earlier reading and counts through the summer; skipping the summer would give ${skipping.value.date} (setting ${GA_SETTINGS.earlyConsentDays}).`,
      ]),
    );
  },
});

/** Georgia: 60 days not counting closures of 5 or more school days (with their weekends) or summer. */
export const GA: RulePack = {
  code: 'GA',
  name: 'Georgia',
  rules: [evaluation],
  settings: [
    {
      id: GA_SETTINGS.earlyConsentDays,
      description:
        'Consent received at least this many days before the last school day: the summer is counted (the earlier date), because the end-of-year clause of GAC 160-4-7-.04 was not read. null: always skip the summer.',
      default: 30,
      citation: 'Ga. Comp. R. & Regs. 160-4-7-.04(1)(b) (end-of-year sub-clause: text not found)',
      verification: 'U',
    },
  ],
};
