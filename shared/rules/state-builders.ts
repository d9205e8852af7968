import { addCalendarDays } from '../add-calendar-days.ts';
import { schoolDaysBetween, schoolYearOnOrAfter } from '../calendar-index.ts';
import { type CountDaysOptions, type CountedDate, countDays, type DayUnit } from '../count-days.ts';
import { type IsoDate, isoDateOf, partsOf } from '../iso-date.ts';
import { ok, type Result } from '../result.ts';
import type { SchoolCalendar } from '../school-calendar.ts';
import type { StudentRecord } from '../student-record.ts';
import type { RuleContext, RuleOutcome, RuleSetting, TimelineRule, Verification } from '../timeline-rule.ts';
import type { JurisdictionBasics, TransitionFact } from '../states/jurisdiction-basics.ts';
import { countOptionsFrom, majorityRules, type RuleFacts, skippedNotes, transitionRule, yearsRule } from './rule-builders.ts';

/** The exclusion windows a state timeline names (summer, long breaks, every closure). */
export type Exclusions = Pick<CountDaysOptions, 'excludeSummer' | 'excludeBreaksOfAtLeast' | 'countBreakEdgeWeekends' | 'excludeClosures'>;

/** The federal IEP-meeting timeline that still applies inside every state timeline (34 CFR 300.323(c)(1)). */
const FEDERAL_IEP_DAYS = 30;

/**
 * Counts days from a date with the caseload's counting options (calendar, inclusive counting,
 * roll-forward, holidays) plus a state's exclusion windows.
 *
 * @example countFrom(ctx, consent, 60, 'calendar', { excludeSummer: true })
 */
export function countFrom(ctx: RuleContext, start: IsoDate, count: number, unit: DayUnit, exclusions: Exclusions = {}): Result<CountedDate> {
  return countDays(start, count, unit, { ...countOptionsFrom(ctx.settings), ...exclusions });
}

/**
 * A date a fixed number of calendar days after another, honouring inclusive counting but never moved to
 * a school day (for dates the law fixes in the summer, e.g. "14 days after the end of the school year").
 */
export function calendarDaysAfter(ctx: RuleContext, start: IsoDate, count: number): IsoDate {
  return addCalendarDays(start, count - (ctx.settings.countTriggerDay && count > 0 ? 1 : 0));
}

/** Where a date sits in the school year: that year (or the next to start) and the school days left in it. */
export interface SchoolYearPosition {
  firstDay: IsoDate;
  lastDay: IsoDate;
  /**
   * School days that a timeline starting on the date would count before the year ends: school days after
   * the date up to and including the last day (plus the date itself when the trigger day counts and is a
   * school day).
   */
  left: number;
}

/**
 * The school year a timeline starting on `date` runs in and the school days left in it, or undefined
 * when the calendar has no year on or after the date.
 *
 * @example schoolDaysLeftInYear(cal, '2026-04-01' as IsoDate, false) // { firstDay: '2025-08-25', lastDay: '2026-06-05', left: 46 }
 */
export function schoolDaysLeftInYear(calendar: SchoolCalendar, date: IsoDate, countTriggerDay: boolean): SchoolYearPosition | undefined {
  const year = schoolYearOnOrAfter(calendar, date);
  if (!year) return undefined;
  return { ...year, left: schoolDaysBetween(calendar, countTriggerDay ? addCalendarDays(date, -1) : date, year.lastDay) };
}

/** The school year that starts after the one ending on `lastDay`, or undefined when the calendar stops. */
export function nextSchoolYear(calendar: SchoolCalendar, lastDay: IsoDate): { firstDay: IsoDate; lastDay: IsoDate } | undefined {
  return schoolYearOnOrAfter(calendar, addCalendarDays(lastDay, 1));
}

/** June 30 of the calendar year of a date. */
export function june30Of(date: IsoDate): IsoDate {
  return isoDateOf(partsOf(date).year, 6, 30) as IsoDate;
}

/** The message when a rule needs the school year after the calendar's last one. */
export function needsNextYear(lastDay: IsoDate): string {
  return `This timeline runs into the school year after ${lastDay}; add that school year to the calendar.`;
}

/** The message when a rule needs a calendar to know where the school year ends. */
export const NEEDS_CALENDAR = "This timeline depends on where the school year ends; add your district's school calendar.";

/**
 * A state initial-evaluation rule whose date comes from a custom computation (end-of-year rules, absence
 * extensions), with the summary numbers shown in rule tables.
 */
export function stateRule(
  facts: RuleFacts & {
    summary: string;
    trigger: keyof StudentRecord;
    count?: number;
    unit?: DayUnit;
    compute: (ctx: RuleContext, start: IsoDate) => Result<RuleOutcome> | undefined;
  },
): TimelineRule {
  const { compute, ...rest } = facts;
  return {
    ...rest,
    compute(ctx) {
      const start = ctx.student[facts.trigger] as IsoDate | undefined;
      return start ? compute(ctx, start) : undefined;
    },
  };
}

/**
 * The initial-IEP rule of a state whose evaluation timeline ends in the IEP itself (CA, IL, NC, NJ, MA,
 * MI, NY, WI): due on the state timeline's date, or 30 days after the eligibility determination when that
 * comes first (34 CFR 300.323(c)(1) applies in every state).
 */
export function iepWithinTimelineRule(facts: RuleFacts & { summary: string; timeline: TimelineRule }): TimelineRule {
  const { timeline, ...rest } = facts;
  return {
    ...rest,
    ...(timeline.trigger ? { trigger: timeline.trigger } : {}),
    ...(timeline.count !== undefined ? { count: timeline.count } : {}),
    ...(timeline.unit ? { unit: timeline.unit } : {}),
    compute(ctx) {
      const state = timeline.compute(ctx);
      if (state && !state.ok) return state;
      const eligibility = ctx.student.eligibilityDate;
      const federal = eligibility ? countFrom(ctx, eligibility, FEDERAL_IEP_DAYS, 'calendar') : undefined;
      if (federal && !federal.ok) return federal;
      if (!state) {
        if (!federal || !eligibility) return undefined;
        return ok({
          dueDate: federal.value.date,
          inputs: { eligibilityDate: eligibility },
          notes: [`No ${timeline.trigger ?? 'start'} date recorded: 30 days from the eligibility determination (34 CFR 300.323(c)(1)).`],
        });
      }
      if (federal && eligibility && federal.value.date < state.value.dueDate) {
        return ok({
          ...state.value,
          dueDate: federal.value.date,
          inputs: { ...state.value.inputs, eligibilityDate: eligibility },
          notes: [
            ...state.value.notes,
            `30 days from the eligibility determination (${federal.value.date}, 34 CFR 300.323(c)(1)) comes before the state timeline (${state.value.dueDate}).`,
          ],
        });
      }
      return ok({ ...state.value, notes: [...state.value.notes, 'The state timeline includes the IEP meeting.'] });
    },
  };
}

/** A counted outcome as a rule outcome, with the skipped windows as notes. */
export function outcomeOf(counted: CountedDate, inputs: Record<string, string | number>, notes: string[] = []): RuleOutcome {
  return { dueDate: counted.date, inputs, notes: [...skippedNotes(counted.skipped), ...notes] };
}

/** Whether a student's disability (free text or code) names an intellectual disability. */
export function hasIntellectualDisability(student: StudentRecord): boolean {
  const text = student.disability?.trim() ?? '';
  return /intellectual|mental retardation/i.test(text) || /^(ID|MR)$/i.test(text);
}

/** A reevaluation rule whose period depends on the student (PA: 2 years for intellectual disability). */
export function reevaluationRule(
  facts: RuleFacts & { summary: string; years: number; shorter: { years: number; appliesTo: (student: StudentRecord) => boolean } },
): TimelineRule {
  const { years, shorter, summary, ...rest } = facts;
  const base = { ...rest, trigger: 'lastEvaluationDate' as const, fallbackTrigger: 'eligibilityDate' as const, earliestYears: 1 };
  const usual = yearsRule({ ...base, years, appliesTo: (s) => !shorter.appliesTo(s) });
  const short = yearsRule({ ...base, years: shorter.years, appliesTo: shorter.appliesTo });
  return {
    ...rest,
    summary,
    trigger: 'lastEvaluationDate',
    compute: (ctx) => (shorter.appliesTo(ctx.student) ? short.compute(ctx) : usual.compute(ctx)),
  };
}

/** The setting id of a state's transition age (declared where the age is not verified from the rule text). */
export const transitionAgeSetting = (code: string): string => `${code}.transitionAge`;

/**
 * A state's transition-services rule from its basics: a constant age where the rule text was read (V),
 * else a setting `XX.transitionAge` with the reference's age (the federal 16 where it has none).
 */
export function stateTransition(code: string, fact: TransitionFact): { rule: TimelineRule; settings: RuleSetting[] } {
  const verified = fact.verification === 'V';
  const settingId = transitionAgeSetting(code);
  const citation = fact.citation ? `${fact.citation}; 34 CFR 300.320(b)` : '34 CFR 300.320(b)';
  const rule = transitionRule({
    id: `${code}.transition-services`,
    kind: 'transition-services',
    title: 'Transition services in the IEP',
    citation,
    verification: fact.verification,
    explanation: fact.explanation,
    age: verified ? fact.age : (ctx) => ctx.setting<number>(settingId),
    ...(fact.start ? { start: fact.start } : {}),
    ...(fact.grade !== undefined ? { grade: fact.grade } : {}),
  });
  if (!verified) rule.summary = rule.summary.replace('the transition age', `age ${fact.age} (setting ${settingId})`);
  const settings: RuleSetting[] = verified
    ? []
    : [
        {
          id: settingId,
          description: `Age at which transition planning must be in the IEP${fact.verification === 'U' ? ' (not verified: the federal 16 until your district confirms its own)' : ''}.`,
          default: fact.age,
          citation,
          verification: fact.verification,
        },
      ];
  return { rule, settings };
}

/** A jurisdiction's transition and transfer-of-rights rules, with the settings that hold their ages. */
export function stateBasics(code: string, basics: JurisdictionBasics): { rules: TimelineRule[]; settings: RuleSetting[] } {
  const transition = stateTransition(code, basics.transition);
  const majority = stateMajority({ code, name: basics.name, ...basics.majority });
  return { rules: [transition.rule, ...majority.rules], settings: [...transition.settings, majority.setting] };
}

/** The setting id for the age of majority (shared with the federal baseline, so one caseload value applies). */
export const AGE_OF_MAJORITY = 'US.ageOfMajority';

/**
 * A state's age of majority: the transfer-of-rights rules plus the setting that holds the age (null: the
 * state does not transfer rights), with the state's citation and verification mark.
 */
export function stateMajority(options: {
  code: string;
  name: string;
  age: number | null;
  /** The state's own citation, where the reference read one (else the age rests on secondary sources). */
  citation?: string;
  verification: Verification;
  /** Why the age is uncertain, said beside the setting. */
  note?: string;
}): { rules: TimelineRule[]; setting: RuleSetting } {
  const ageWords = options.age === null ? 'no transfer' : `age ${options.age}`;
  const state = options.citation ? `${options.citation}; ` : '';
  const rules = majorityRules({
    pack: options.code,
    age: (ctx) => ctx.setting<number | null>(AGE_OF_MAJORITY),
    noticeCitation: `34 CFR 300.320(c)${options.citation ? `; ${options.citation}` : ''}`,
    transferCitation: `${state}34 CFR 300.520(a)`,
    verification: options.verification,
  }).map((rule) => ({
    ...rule,
    summary: rule.kind === 'transfer-of-rights' ? `${ageWords} (setting ${AGE_OF_MAJORITY})` : `IEP in effect 1 year before ${ageWords}`,
  }));
  return {
    rules,
    setting: {
      id: AGE_OF_MAJORITY,
      description: `Age at which IDEA rights transfer to the student in ${options.name} (null: rights do not transfer).${
        options.note ? ` ${options.note}` : options.verification === 'U' ? ' Not verified: the usual 18 until your district confirms it.' : ''
      }`,
      default: options.age,
      citation:
        options.citation ??
        `34 CFR 300.520(a); ${options.name}'s age of majority ${options.verification === 'U' ? 'not verified' : 'from secondary sources'}`,
      verification: options.verification,
    },
  };
}
