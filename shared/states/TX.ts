import { addCalendarDays } from '../add-calendar-days.ts';
import { compileCalendar } from '../calendar-index.ts';
import { countDays } from '../count-days.ts';
import { toDayNumber } from '../day-number.ts';
import { fail, ok } from '../result.ts';
import type { IsoDate } from '../iso-date.ts';
import type { RuleContext, RulePack } from '../timeline-rule.ts';
import { countFrom } from '../rules/count-from.ts';
import { june30Of } from '../rules/june-30-of.ts';
import { needsNextYear } from '../rules/needs-next-year.ts';
import { nextSchoolYear } from '../rules/next-school-year.ts';
import { outcomeOf } from '../rules/outcome-of.ts';
import { schoolDaysLeftInYear } from '../rules/school-days-left-in-year.ts';
import { stateRule } from '../rules/state-rule.ts';

/** Texas setting ids (facts the reference could not verify from the rule text). */
export const TX_SETTINGS = {
  ardSummerRule: 'TX.ardSummerRule',
  june30ArdSchoolDay: 'TX.june30ArdSchoolDay',
} as const;

/** School days of the FIIE timeline (TEC 29.004(a)(1); 19 TAC 89.1011). */
const FIIE_SCHOOL_DAYS = 45;
/** Absent on this many school days or more → the timeline is extended by every day absent. */
const ABSENCE_THRESHOLD = 3;
/** Consent at least this many, and fewer than 45, school days before the last instructional day → June 30. */
const JUNE_30_FROM = 35;
/** Calendar days from the FIIE report to the ARD decisions. */
const ARD_DAYS = 30;

/** Where a consent date sits before the last instructional day, and whether the June 30 date applies. */
function june30Case(ctx: RuleContext, consent: IsoDate) {
  const calendar = ctx.settings.calendar;
  if (!calendar) return undefined;
  const position = schoolDaysLeftInYear(calendar, consent, ctx.settings.countTriggerDay);
  if (!position || position.left < JUNE_30_FROM || position.left >= FIIE_SCHOOL_DAYS) return undefined;
  const absences = ctx.student.absences ?? 0;
  return { ...position, applies: absences < ABSENCE_THRESHOLD, absences };
}

const evaluation = stateRule({
  id: 'TX.initial-evaluation',
  kind: 'initial-evaluation',
  title: 'Initial evaluation (FIIE report)',
  citation: '19 TAC 89.1011(b)-(e); TEC 29.004',
  verification: 'V',
  explanation:
    'The written report of the full individual and initial evaluation (FIIE) is due by the 45th school day after the district receives written consent; day 1 is the first school day after consent. If the student is absent 3 or more school days in that period, it is extended by the number of days absent. If consent came at least 35 but fewer than 45 school days before the last instructional day, the report is due June 30 (unless the student was absent 3 or more days).',
  summary: '45 school days from consent received (+ days absent when 3 or more); June 30 when consent is 35-44 school days before the last instructional day',
  trigger: 'consentDate',
  count: FIIE_SCHOOL_DAYS,
  unit: 'school',
  compute(ctx, consent) {
    const absences = ctx.student.absences ?? 0;
    const inputs: Record<string, string | number> = { consentDate: consent };
    if (ctx.student.absences !== undefined) inputs.absences = absences;
    const notes: string[] = [];
    const special = june30Case(ctx, consent);
    if (special) {
      inputs.lastInstructionalDay = special.lastDay;
      if (special.applies) {
        return ok({
          dueDate: june30Of(special.lastDay),
          inputs,
          notes: [
            `Consent came ${special.left} school days before the last instructional day (${special.lastDay}): at least 35 but fewer than 45, so the report is due June 30 (19 TAC 89.1011(e)).`,
          ],
        });
      }
      notes.push(
        `Consent came ${special.left} school days before the last instructional day, but the student was absent ${special.absences} school days, so the June 30 date does not apply and the 45-school-day timeline (extended) does.`,
      );
    }
    const extended = absences >= ABSENCE_THRESHOLD;
    if (extended) notes.push(`Extended by ${absences} school days: the student was absent ${absences} school days (3 or more).`);
    else if (absences > 0) notes.push(`Absent ${absences} school day${absences === 1 ? '' : 's'}: fewer than 3, so no extension.`);
    const counted = countFrom(ctx, consent, FIIE_SCHOOL_DAYS + (extended ? absences : 0), 'school');
    if (!counted.ok) return counted;
    return ok(outcomeOf(counted.value, inputs, notes));
  },
});

/** Whether a date falls in the summer between two school years of the calendar (or after the last one). */
function summerAfter(ctx: RuleContext, date: IsoDate): boolean {
  const calendar = ctx.settings.calendar;
  if (!calendar) return false;
  const index = compileCalendar(calendar);
  const day = toDayNumber(date);
  return index.yearAt(day) === -1 && index.years.some((y) => y.last < day);
}

const ard = stateRule({
  id: 'TX.initial-iep',
  kind: 'initial-iep',
  title: 'Initial ARD committee meeting',
  citation: '19 TAC 89.1011(d)-(e)',
  verification: 'S',
  explanation:
    'The ARD committee makes its decisions within 30 calendar days of the FIIE report (the Initial Evaluation Report Date on the record; in Texas eligibility is decided at the ARD itself, so it is not the start). If the 30th day falls in the summer, the ARD may be held by the first day of fall classes (unless the student needs extended school year services that summer); in the June 30 case it is held early in the next school year.',
  summary: '30 calendar days from the FIIE report (Initial Evaluation Report Date); summer and June 30 exceptions (settings)',
  trigger: 'evaluationReportDate',
  count: ARD_DAYS,
  unit: 'calendar',
  compute(ctx, report) {
    const calendar = ctx.settings.calendar;
    const consent = ctx.student.consentDate;
    const inputs: Record<string, string | number> = { evaluationReportDate: report };
    // The ARD is where eligibility is decided: an eligibility or IEP date on or after the report completes it.
    const held = [ctx.student.eligibilityDate, ctx.student.lastIepDate].find((x): x is IsoDate => x !== undefined && x >= report);
    const done = held ? { completedOn: held } : {};
    const schoolDay = ctx.setting<number | null>(TX_SETTINGS.june30ArdSchoolDay);
    const special = consent && schoolDay !== null ? june30Case(ctx, consent) : undefined;
    if (calendar && consent && schoolDay !== null && special?.applies && report <= june30Of(special.lastDay)) {
      const next = nextSchoolYear(calendar, special.lastDay);
      if (!next) return fail('past-calendar', needsNextYear(special.lastDay));
      const counted = countDays(addCalendarDays(next.firstDay, -1), schoolDay, 'school', { calendar });
      if (!counted.ok) return counted;
      return ok({
        ...done,
        dueDate: counted.value.date,
        inputs: { ...inputs, consentDate: consent },
        notes: [`Report due June 30 (consent ${special.left} school days before the last instructional day): ARD by school day ${schoolDay} of the next school year (setting ${TX_SETTINGS.june30ArdSchoolDay}).`],
      });
    }
    const counted = countFrom(ctx, report, ARD_DAYS, 'calendar');
    if (!counted.ok) return counted;
    if (calendar && ctx.setting<boolean>(TX_SETTINGS.ardSummerRule) && summerAfter(ctx, counted.value.date)) {
      const next = nextSchoolYear(calendar, addCalendarDays(counted.value.date, -1));
      if (!next) return fail('past-calendar', needsNextYear(counted.value.date));
      return ok({
        ...done,
        dueDate: next.firstDay,
        inputs,
        notes: [`Day 30 (${counted.value.date}) falls in the summer: the ARD may be held by the first day of fall classes (setting ${TX_SETTINGS.ardSummerRule}).`],
      });
    }
    return ok({ ...outcomeOf(counted.value, inputs, calendar ? [] : ['Without a school calendar the summer exception could not be checked.']), ...done });
  },
});


/** Texas: FIIE in 45 school days, absence extension, the June 30 rule, ARD within 30 days, transition at 14. */
export const TX: RulePack = {
  code: 'TX',
  name: 'Texas',
  rules: [
    evaluation,
    ard,
  ],
  settings: [
    {
      id: 'TX.meetingNoticeDays',
      description: 'School days of notice before an ARD committee meeting (secondary source).',
      default: 5,
      citation: 'ARD notice, 19 TAC 89.1050 (secondary source)',
      verification: 'S',
    },
    
    {
      id: TX_SETTINGS.ardSummerRule,
      description: 'If day 30 after the FIIE report falls in the summer, the ARD may be held by the first day of fall classes.',
      default: true,
      citation: '19 TAC 89.1011(d)',
      verification: 'U',
    },
    {
      id: TX_SETTINGS.june30ArdSchoolDay,
      description: 'When the report is due June 30, the ARD is held by this school day of the next school year (null: use the 30-day rule).',
      default: 15,
      citation: 'ESC Region 10 evaluation flowchart',
      verification: 'S',
    }
  ],
  meetingNotice: { days: 5, unit: 'school', citation: 'ARD notice, 19 TAC 89.1050 (secondary source)', verification: 'S', settingId: 'TX.meetingNoticeDays' },
};
