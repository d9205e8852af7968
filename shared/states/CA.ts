import { calendarDaysBetween } from '../add-calendar-days.ts';
import { schoolYearOnOrAfter } from '../school-year-on-or-after.ts';
import { fail, ok } from '../result.ts';
import type { IsoDate } from '../iso-date.ts';
import type { RuleContext, RulePack } from '../timeline-rule.ts';
import { countFrom, type Exclusions } from '../rules/count-from.ts';
import { iepWithinTimelineRule } from '../rules/iep-within-timeline-rule.ts';
import { NEEDS_CALENDAR } from '../rules/needs-calendar.ts';
import { needsNextYear } from '../rules/needs-next-year.ts';
import { nextSchoolYear } from '../rules/next-school-year.ts';
import { outcomeOf } from '../rules/outcome-of.ts';
import { stateRule } from '../rules/state-rule.ts';

/** Days (not counting long breaks) from consent received to the IEP meeting (EC 56043, 56344(a)). */
const IEP_DAYS = 60;
/** A referral this many days or fewer before the end of the regular school year moves the IEP into the next year. */
const LATE_REFERRAL_DAYS = 30;
/** Days after the next regular school year begins, for a late referral. */
const NEXT_YEAR_DAYS = 30;
/** California setting ids. */
export const CA_SETTINGS = { excludeWeekendsAroundBreaks: 'CA.excludeWeekendsAroundBreaks' } as const;

/** Days between sessions and school vacations of more than 5 school days do not count. */
function exclusionsFor(ctx: RuleContext): Exclusions {
  const weekends = ctx.setting<boolean>(CA_SETTINGS.excludeWeekendsAroundBreaks);
  return { excludeSummer: true, excludeBreaksOfAtLeast: 6, countBreakEdgeWeekends: !weekends };
}

/**
 * Whether the weekends beside a long vacation stop the clock too is not settled (EC 56043): when the
 * reading makes a difference, the date says so and names the other reading's date.
 */
function weekendNote(ctx: RuleContext, consent: IsoDate, due: IsoDate): string[] {
  const weekends = ctx.setting<boolean>(CA_SETTINGS.excludeWeekendsAroundBreaks);
  const other = countFrom(ctx, consent, IEP_DAYS, 'calendar', { excludeSummer: true, excludeBreaksOfAtLeast: 6, countBreakEdgeWeekends: weekends });
  if (!other.ok || other.value.date === due) return [];
  return [
    `The law does not settle whether the weekends beside a vacation of more than 5 school days stop the clock: this date ${
      weekends ? 'does not count them' : 'counts them (the earlier reading)'
    }; the other reading gives ${other.value.date} (setting ${CA_SETTINGS.excludeWeekendsAroundBreaks}).`,
  ];
}

const evaluation = stateRule({
  id: 'CA.initial-evaluation',
  kind: 'initial-evaluation',
  title: 'Assessment and IEP meeting',
  citation: 'EC 56043; EC 56344(a)',
  verification: 'V',
  explanation:
    "California's timeline ends in the IEP itself: assessment, eligibility and the IEP meeting within 60 days of receiving consent, not counting days between school years or school vacations of more than 5 school days (the clock restarts when school reconvenes). If the referral came 30 days or less before the end of the regular school year, the IEP is due within 30 days after the next school year begins.",
  summary: '60 days from consent received, not counting summer or vacations of more than 5 school days; late-spring referral: 30 days into the next year',
  trigger: 'consentDate',
  count: IEP_DAYS,
  unit: 'calendar',
  compute(ctx, consent) {
    const calendar = ctx.settings.calendar;
    if (!calendar) return fail('needs-calendar', NEEDS_CALENDAR);
    const referral = ctx.student.referralDate;
    if (referral) {
      const year = schoolYearOnOrAfter(calendar, referral);
      const before = year ? calendarDaysBetween(referral, year.lastDay) : -1;
      // Keyed to the referral (EC 56344(a)): consent that comes after the last school day, in the summer, still
      // falls under it; consent once the next year has begun is counted as usual.
      if (year && referral >= year.firstDay && before >= 0 && before <= LATE_REFERRAL_DAYS) {
        const next = nextSchoolYear(calendar, year.lastDay);
        if (!next) return fail('past-calendar', needsNextYear(year.lastDay));
        if (consent >= next.firstDay) {
          const counted = countFrom(ctx, consent, IEP_DAYS, 'calendar', exclusionsFor(ctx));
          if (!counted.ok) return counted;
          return ok(
            outcomeOf(counted.value, { consentDate: consent, referralDate: referral }, [
              `The referral came ${before} days before the end of the school year, but consent came after the next year began (${next.firstDay}): 60 days from consent.`,
            ]),
          );
        }
        const counted = countFrom(ctx, next.firstDay, NEXT_YEAR_DAYS, 'calendar', exclusionsFor(ctx));
        if (!counted.ok) return counted;
        return ok(
          outcomeOf(counted.value, { consentDate: consent, referralDate: referral, endOfSchoolYear: year.lastDay, nextYearStarts: next.firstDay }, [
            `Referral came ${before} days before the end of the regular school year (${year.lastDay}): the IEP is due within 30 days after the next school year begins (${next.firstDay}).`,
          ]),
        );
      }
    }
    const counted = countFrom(ctx, consent, IEP_DAYS, 'calendar', exclusionsFor(ctx));
    if (!counted.ok) return counted;
    return ok(outcomeOf(counted.value, { consentDate: consent }, weekendNote(ctx, consent, counted.value.date)));
  },
});


/** California: 60 days to the IEP excluding breaks of more than 5 school days; late-referral rule. */
export const CA: RulePack = {
  code: 'CA',
  name: 'California',
  rules: [
    evaluation,
    iepWithinTimelineRule({
      id: 'CA.initial-iep',
      kind: 'initial-iep',
      title: 'Initial IEP meeting',
      citation: 'EC 56344(a); EC 56043',
      verification: 'V',
      explanation:
        'The initial IEP meeting is part of the 60-day assessment timeline (same break exclusions and late-referral rule); if eligibility was decided earlier, the meeting is due within 30 days of that decision.',
      summary: 'by the 60-day assessment timeline, or 30 days from eligibility if sooner',
      timeline: evaluation,
    }),
  ],
  settings: [
    {
      id: CA_SETTINGS.excludeWeekendsAroundBreaks,
      description:
        'The weekends just before and after a school vacation of more than 5 school days stop the clock with it (false: only the vacation days themselves are not counted).',
      default: false,
      citation: 'EC 56043 (whether "days of school vacation" include the joined weekends is not settled; the default is the earlier date)',
      verification: 'U',
    }
  ],
};
