import { addCalendarDays } from '../add-calendar-days.ts';
import { fail, ok } from '../result.ts';
import type { RulePack } from '../timeline-rule.ts';
import { countFrom } from '../rules/count-from.ts';
import { iepWithinTimelineRule } from '../rules/iep-within-timeline-rule.ts';
import { needsNextYear } from '../rules/needs-next-year.ts';
import { nextSchoolYear } from '../rules/next-school-year.ts';
import { outcomeOf } from '../rules/outcome-of.ts';
import { schoolDaysLeftInYear } from '../rules/school-days-left-in-year.ts';
import { stateRule } from '../rules/state-rule.ts';

/** School days (pupil attendance days) from consent to the eligibility and IEP meeting (23 IAC 226.110). */
const SCHOOL_DAYS = 60;

const evaluation = stateRule({
  id: 'IL.initial-evaluation',
  kind: 'initial-evaluation',
  title: 'Evaluation, eligibility and IEP meeting',
  citation: '23 IAC 226.110; ISBE Indicator 11',
  verification: 'V',
  explanation:
    "Illinois' timeline ends in the IEP itself: evaluation, eligibility determination and (if eligible) the IEP meeting within 60 school days (pupil attendance days on the district calendar) of consent. If fewer than 60 attendance days are left in the school year, they must be done before the first day of the next school year.",
  summary: '60 school days from consent received; fewer than 60 left in the year: before the first day of the next year',
  trigger: 'consentDate',
  count: SCHOOL_DAYS,
  unit: 'school',
  compute(ctx, consent) {
    const calendar = ctx.settings.calendar;
    const position = calendar ? schoolDaysLeftInYear(calendar, consent, ctx.settings.countTriggerDay) : undefined;
    if (calendar && position && position.left < SCHOOL_DAYS) {
      const next = nextSchoolYear(calendar, position.lastDay);
      if (!next) return fail('past-calendar', needsNextYear(position.lastDay));
      return ok({
        dueDate: addCalendarDays(next.firstDay, -1),
        inputs: { consentDate: consent, lastAttendanceDay: position.lastDay, nextYearStarts: next.firstDay },
        notes: [`Only ${position.left} attendance days were left in the school year after consent: due before the first day of the next school year (${next.firstDay}).`],
      });
    }
    const counted = countFrom(ctx, consent, SCHOOL_DAYS, 'school');
    if (!counted.ok) return counted;
    return ok(outcomeOf(counted.value, { consentDate: consent }));
  },
});


/** Illinois: 60 school days to eligibility and IEP, the end-of-year rule, transition at 14½. */
export const IL: RulePack = {
  code: 'IL',
  name: 'Illinois',
  rules: [
    evaluation,
    iepWithinTimelineRule({
      id: 'IL.initial-iep',
      kind: 'initial-iep',
      title: 'Initial IEP meeting',
      citation: '23 IAC 226.110; 34 CFR 300.323(c)(1)',
      verification: 'V',
      explanation:
        'The IEP meeting is part of the 60-school-day timeline (and its end-of-year rule); if eligibility was decided earlier, the meeting is due within 30 days of that decision.',
      summary: 'by the 60-school-day timeline, or 30 days from eligibility if sooner',
      timeline: evaluation,
    }),
  ],
  settings: [
    {
      id: 'IL.meetingNoticeDays',
      description:
        'Days of written notice before an IEP meeting (23 IAC 226.530, notice of meetings; the reference read the 10 days in 226.520, prior written notice, so the number is a setting).',
      default: 10,
      citation: '23 IAC 226.530',
      verification: 'S',
    },
  ],
  meetingNotice: { days: 10, unit: 'calendar', citation: '23 IAC 226.530 (notice of meetings)', verification: 'S', settingId: 'IL.meetingNoticeDays' },
};
