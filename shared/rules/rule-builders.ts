import { addCalendarDays } from '../add-calendar-days.ts';
import { addYears } from '../add-years.ts';
import { type CountDaysOptions, countDays, type DayUnit } from '../count-days.ts';
import type { IsoDate } from '../iso-date.ts';
import { ok } from '../result.ts';
import type { Settings } from '../settings.ts';
import type { StudentRecord } from '../student-record.ts';
import { gradeNumber } from '../grade-number.ts';
import { schoolYearStart } from '../school-year-start.ts';
import type { DeadlineKind, RuleContext, RuleOutcome, TimelineRule, Verification } from '../timeline-rule.ts';

/** The citation facts every rule carries. */
export interface RuleFacts {
  id: string;
  kind: DeadlineKind;
  title: string;
  citation: string;
  verification: Verification;
  explanation: string;
}

const UNIT_WORDS: Record<DayUnit, string> = { calendar: 'calendar days', school: 'school days', business: 'business days' };

/** Human words for a record field, for rule tables: `consentDate` → "consent received". */
export const TRIGGER_WORDS: Partial<Record<keyof StudentRecord, string>> = {
  referralDate: 'referral received',
  consentDate: 'consent received',
  eligibilityDate: 'eligibility determination',
  evaluationReportDate: 'evaluation report',
  lastIepDate: 'last IEP meeting',
  lastEvaluationDate: 'last evaluation',
  dateOfBirth: 'date of birth',
};

/** The counting options every rule takes from the caseload settings. */
export function countOptionsFrom(settings: Settings): CountDaysOptions {
  return {
    ...(settings.calendar ? { calendar: settings.calendar } : {}),
    countTriggerDay: settings.countTriggerDay,
    rollForward: settings.rollForward,
    holidays: settings.holidays,
  };
}

/** Turns a count's skipped windows into notes a teacher reads. */
export function skippedNotes(skipped: readonly string[]): string[] {
  return skipped.length ? [`Not counted: ${skipped.join('; ')}.`] : [];
}

/**
 * A rule that counts a fixed number of days of one unit from a trigger date, with optional exclusion
 * windows (summer, long breaks, closures).
 *
 * @example countingRule({ ...facts, trigger: 'consentDate', count: 60, unit: 'calendar' })
 */
export function countingRule(
  facts: RuleFacts & {
    trigger: keyof StudentRecord;
    count: number;
    unit: DayUnit;
    exclusions?: Pick<CountDaysOptions, 'excludeSummer' | 'excludeBreaksOfAtLeast' | 'excludeClosures'>;
  },
): TimelineRule {
  return {
    ...facts,
    summary: `${facts.count} ${UNIT_WORDS[facts.unit]} from ${TRIGGER_WORDS[facts.trigger] ?? facts.trigger}`,
    compute(ctx) {
      const start = ctx.student[facts.trigger] as IsoDate | undefined;
      if (!start) return undefined;
      const counted = countDays(start, facts.count, facts.unit, { ...countOptionsFrom(ctx.settings), ...facts.exclusions });
      if (!counted.ok) return counted;
      return ok({ dueDate: counted.value.date, inputs: { [facts.trigger]: start }, notes: skippedNotes(counted.value.skipped) });
    },
  };
}

/** The due date a number of years after a meeting, by the caseload's anniversary convention. */
export function anniversaryDue(from: IsoDate, years: number, settings: Settings): IsoDate {
  const anniversary = addYears(from, years);
  return settings.annualReviewConvention === 'anniversary' ? anniversary : addCalendarDays(anniversary, -1);
}

/** A rule due a number of years after a record date (annual review, reevaluation). */
export function yearsRule(
  facts: RuleFacts & {
    trigger: keyof StudentRecord;
    years: number;
    /** Used when the trigger is missing (reevaluation: the initial eligibility date). */
    fallbackTrigger?: keyof StudentRecord;
    /** Earliest allowed next date, in years (reevaluation: not more than once a year). */
    earliestYears?: number;
    /** Applies only to students this predicate accepts (e.g. a disability category). */
    appliesTo?: (student: StudentRecord) => boolean;
  },
): TimelineRule {
  return {
    ...facts,
    summary: `${facts.years} year${facts.years === 1 ? '' : 's'} from ${TRIGGER_WORDS[facts.trigger] ?? facts.trigger}`,
    compute(ctx) {
      if (facts.appliesTo && !facts.appliesTo(ctx.student)) return undefined;
      const key = ctx.student[facts.trigger] ? facts.trigger : facts.fallbackTrigger;
      const from = key ? (ctx.student[key] as IsoDate | undefined) : undefined;
      if (!key || !from) return undefined;
      const outcome: RuleOutcome = {
        dueDate: anniversaryDue(from, facts.years, ctx.settings),
        inputs: { [key]: from, convention: ctx.settings.annualReviewConvention },
        notes: key === facts.trigger ? [] : [`No ${TRIGGER_WORDS[facts.trigger] ?? facts.trigger} date; counted from the ${TRIGGER_WORDS[key] ?? key} date.`],
      };
      if (facts.earliestYears !== undefined) outcome.earliest = addYears(from, facts.earliestYears);
      return ok(outcome);
    },
  };
}

/** A birthday at an age, from the date of birth (Feb 29 birthdays fall on Feb 28 in common years). */
export function birthdayAt(dateOfBirth: IsoDate, age: number): IsoDate {
  return addYears(dateOfBirth, age);
}

/**
 * The date the first IEP is due for a student in an initial evaluation (consent or eligibility recorded,
 * no IEP yet): the state's initial-IEP date, else its evaluation date where the timeline ends in the IEP.
 * Undefined for a student who already has an IEP, is only referred, or whose first IEP cannot be placed.
 */
export function firstIepDue(ctx: RuleContext): IsoDate | undefined {
  const s = ctx.student;
  if (s.lastIepDate || (!s.consentDate && !s.eligibilityDate)) return undefined;
  // Two rules ask for it per student: count once per context.
  const cached = firstIepCache.get(ctx);
  if (cached !== undefined) return cached ?? undefined;
  let found: IsoDate | null = null;
  for (const kind of ['initial-iep', 'initial-evaluation'] as const) {
    const outcome = ctx.rules?.get(kind)?.compute(ctx);
    if (outcome?.ok) {
      found = outcome.value.dueDate;
      break;
    }
  }
  firstIepCache.set(ctx, found);
  return found ?? undefined;
}

const firstIepCache = new WeakMap<RuleContext, IsoDate | null>();

/** What an IEP requirement knows besides the record's IEP dates. */
export interface IepRequirementOptions {
  /** When the student has no IEP yet: the date the first one is due (see `firstIepDue`). */
  firstIep?: IsoDate;
  /** The date of the IEP the case manager confirmed holds the requirement (a tracker column). */
  confirmed?: IsoDate;
  /** The header of that column, for the "confirm" note. */
  confirmColumn?: string;
}

/**
 * A requirement on the IEP in effect on a given date (transition services by an age, the
 * transfer-of-rights statement a year before majority) falls on the IEP meeting whose IEP will be in
 * effect then. When that is the current IEP (held on `lastIepDate`), Casekeeper cannot see whether the IEP
 * holds it: it asks the case manager to confirm (a "Confirm …" deadline, due when the requirement starts,
 * or on the IEP date if it started before), and it is done once the confirmation column holds that IEP's
 * date or a later one. When it is the next annual review, that review is the due date. A requirement two
 * or more annual reviews away is not shown yet (undefined). Without a last IEP date, a student whose first
 * IEP is due on `firstIep` gets the reminder on that IEP when the requirement applies during its first year.
 */
export function iepInEffectOn(
  point: IsoDate,
  what: string,
  student: StudentRecord,
  settings: Settings,
  options: IepRequirementOptions = {},
): Pick<RuleOutcome, 'dueDate' | 'notes' | 'completedOn' | 'title'> | undefined {
  const last = student.lastIepDate;
  if (!last) {
    const first = options.firstIep;
    if (!first || point >= anniversaryDue(first, 1, settings)) return undefined;
    return { dueDate: first, notes: [`The first IEP (due ${first}) must include ${what}.`] };
  }
  const next = anniversaryDue(last, 1, settings);
  if (point < next) return confirmCurrent(point, last, what, options);
  if (point >= anniversaryDue(next, 1, settings)) return undefined;
  return { dueDate: next, notes: [`The IEP written at the annual review due ${next} will be in effect on ${point}: it must include ${what}.`] };
}

/** The current IEP must hold a requirement: done once confirmed, else a "Confirm …" deadline. */
function confirmCurrent(point: IsoDate, last: IsoDate, what: string, options: IepRequirementOptions): Pick<RuleOutcome, 'dueDate' | 'notes' | 'completedOn' | 'title'> {
  const since = point < last ? `Required since ${point}: the current IEP (of ${last}) must include ${what}.` : `The IEP of ${last} is in effect on ${point}: it must include ${what}.`;
  const dueDate = point < last ? last : point;
  if (options.confirmed && options.confirmed >= last) {
    return { dueDate, completedOn: options.confirmed, notes: [since, `Confirmed for the IEP of ${options.confirmed}.`] };
  }
  const column = options.confirmColumn ? ` and enter that IEP's date in the "${options.confirmColumn}" column` : '';
  return {
    dueDate,
    title: `Confirm the current IEP includes ${what.replace(/ \(.*$/, '')}`,
    notes: [since, `Casekeeper cannot see the IEP itself: check that it does${column}.`],
  };
}

/** The first-IEP date and the confirmation a requirement on the IEP reads from the record. */
function optionsFor(ctx: RuleContext, confirmedKey: 'transitionConfirmed' | 'transferStatementConfirmed'): IepRequirementOptions {
  const first = firstIepDue(ctx);
  const confirmed = ctx.student[confirmedKey];
  return { ...(first ? { firstIep: first } : {}), ...(confirmed ? { confirmed } : {}) };
}

/**
 * When a transition-age requirement starts:
 * - `in-effect`: the first IEP in effect when the student reaches the age (34 CFR 300.320(b));
 * - `school-year`: the IEP in place for the school year in which the student reaches the age (NJ);
 * - `developed`: the first IEP developed once the student has reached the age (CO).
 */
export type TransitionStart = 'in-effect' | 'school-year' | 'developed';

/** The facts of a transition-age rule: the age (or a setting read at run time) and what else starts it. */
export interface TransitionFacts extends RuleFacts {
  age: number | ((ctx: RuleContext) => number);
  start?: TransitionStart;
  /** Also starts with the IEP in effect when the student enters this grade, whichever comes first (IN 9, KY 8). */
  grade?: number;
}

/**
 * The first day of the school year in which a student with the recorded grade enters `grade`, or
 * undefined when the grade cell is unreadable or the date the grade is current on is unknown.
 */
export function gradeEntryDate(ctx: RuleContext, grade: number): IsoDate | undefined {
  const current = gradeNumber(ctx.student.grade);
  if (current === undefined || !ctx.today) return undefined;
  // July 1 of the school year the student enters the grade, moved to the calendar's first day when it has that year.
  return schoolYearStart(addYears(schoolYearStart(ctx.today), grade - current), ctx.settings.calendar);
}

/**
 * The IEP that must first hold transition services: the IEP in effect when the student reaches the
 * transition age (or the state's variant of that point), else the one in effect on entering a grade, when
 * that comes first. The age may come from a setting (unverified state ages).
 */
export function transitionRule(facts: TransitionFacts): TimelineRule {
  const { age: ageOf, start = 'in-effect', grade, ...rest } = facts;
  const ageWords = typeof ageOf === 'number' ? `age ${ageOf}` : 'the transition age';
  const startWords: Record<TransitionStart, string> = {
    'in-effect': `first IEP in effect at ${ageWords}`,
    'school-year': `IEP for the school year in which the student reaches ${ageWords}`,
    developed: `first IEP developed at ${ageWords}`,
  };
  return {
    ...rest,
    summary: `${startWords[start]}${grade === undefined ? '' : `, or on entering grade ${grade} if sooner`}`,
    trigger: 'dateOfBirth',
    compute(ctx) {
      const dob = ctx.student.dateOfBirth;
      if (!dob) return undefined;
      const age = typeof ageOf === 'number' ? ageOf : ageOf(ctx);
      const birthday = birthdayAt(dob, age);
      const inputs: Record<string, string | number> = { dateOfBirth: dob, transitionAge: age };
      if (ctx.student.lastIepDate) inputs.lastIepDate = ctx.student.lastIepDate;
      const notes: string[] = [];
      let point = birthday;
      let what = `transition services (turns ${age} on ${birthday})`;
      if (start === 'school-year') {
        point = schoolYearStart(birthday, ctx.settings.calendar);
        what = `transition services (the school year starting ${point} is the one in which the student turns ${age}, on ${birthday})`;
        if (!ctx.settings.calendar) notes.push('School years are taken to start on July 1; add the district calendar to use its first day.');
      }
      if (grade !== undefined) {
        const entry = gradeEntryDate(ctx, grade);
        if (ctx.student.grade) inputs.grade = ctx.student.grade;
        if (entry === undefined) {
          notes.push(
            ctx.student.grade && gradeNumber(ctx.student.grade) !== undefined
              ? `Only the age was used: the grade rule (grade ${grade}) needs today's date.`
              : `Only the age was used: the grade rule (entering grade ${grade}, if sooner) needs a readable Grade; the date may be earlier.`,
          );
        } else if (entry < point) {
          point = entry;
          what = `transition services (the student enters grade ${grade} on about ${entry}, before turning ${age})`;
        }
      }
      const options = { ...optionsFor(ctx, 'transitionConfirmed'), confirmColumn: 'Transition In IEP' };
      const outcome =
        start === 'developed'
          ? iepDevelopedFrom(point, what, ctx.student, ctx.settings, options)
          : iepInEffectOn(point, what, ctx.student, ctx.settings, options);
      return outcome && ok({ ...outcome, notes: [...outcome.notes, ...notes], inputs });
    },
  };
}

/**
 * A requirement on the first IEP developed on or after a date (CO: the first IEP developed when the
 * student is 15): the current IEP when it was held on or after the date, else the next annual review when
 * that falls on or after it; one further off is not shown yet, nor is one without a last IEP date.
 */
export function iepDevelopedFrom(
  point: IsoDate,
  what: string,
  student: StudentRecord,
  settings: Settings,
  options: IepRequirementOptions = {},
): Pick<RuleOutcome, 'dueDate' | 'notes' | 'completedOn' | 'title'> | undefined {
  const last = student.lastIepDate;
  if (!last) {
    const first = options.firstIep;
    if (!first || first < point) return undefined;
    return { dueDate: first, notes: [`The first IEP (due ${first}) is developed on or after ${point}: it must include ${what}.`] };
  }
  if (last >= point) return confirmCurrent(point, last, what, options);
  const next = anniversaryDue(last, 1, settings);
  if (next < point) return undefined;
  return { dueDate: next, notes: [`The IEP written at the annual review due ${next} is the first developed on or after ${point}: it must include ${what}.`] };
}

/** A student who is only referred (no consent, eligibility or IEP yet): no IDEA rights to transfer yet. */
function onlyReferred(student: StudentRecord): boolean {
  return Boolean(student.referralDate) && !student.consentDate && !student.eligibilityDate && !student.lastIepDate;
}

/** Transfer of rights at the age of majority (null: the state does not transfer rights). */
export function majorityRules(options: {
  pack: string;
  age: number | null | ((ctx: RuleContext) => number | null);
  noticeCitation: string;
  transferCitation: string;
  verification: Verification;
}): TimelineRule[] {
  const majorityOf = (ctx: RuleContext) => {
    const dob = ctx.student.dateOfBirth;
    const age = typeof options.age === 'function' ? options.age(ctx) : options.age;
    return !dob || age === null ? undefined : { dob, age, majority: birthdayAt(dob, age) };
  };
  const atAge = typeof options.age === 'number' ? `age ${options.age}` : 'the age of majority';
  return [
    {
      id: `${options.pack}.transfer-of-rights-notice`,
      kind: 'transfer-of-rights-notice',
      title: 'Transfer-of-rights statement',
      citation: options.noticeCitation,
      verification: options.verification,
      explanation: 'Beginning at least one year before the student reaches the age of majority, the IEP must state that the student has been told which rights will transfer.',
      summary: `IEP in effect 1 year before ${atAge}`,
      trigger: 'dateOfBirth',
      compute(ctx) {
        const found = majorityOf(ctx);
        if (!found) return undefined;
        const { dob, age, majority } = found;
        const inputs: Record<string, string | number> = { dateOfBirth: dob, ageOfMajority: age };
        if (ctx.student.lastIepDate) inputs.lastIepDate = ctx.student.lastIepDate;
        const outcome = iepInEffectOn(addYears(majority, -1), `the transfer-of-rights statement (rights transfer on ${majority})`, ctx.student, ctx.settings, {
          ...optionsFor(ctx, 'transferStatementConfirmed'),
          confirmColumn: 'Transfer Statement In IEP',
        });
        return outcome && ok({ ...outcome, inputs, expiresAfter: majority });
      },
    },
    {
      id: `${options.pack}.transfer-of-rights`,
      kind: 'transfer-of-rights',
      title: 'Rights transfer to the student',
      citation: options.transferCitation,
      verification: options.verification,
      explanation: 'At the age of majority the rights under IDEA transfer to the student (unless determined incompetent), and the school notifies both the student and the parents.',
      summary: atAge,
      trigger: 'dateOfBirth',
      compute(ctx) {
        const found = majorityOf(ctx);
        if (!found || onlyReferred(ctx.student)) return undefined;
        const { dob, age, majority } = found;
        // Listed from two years before (when the statement is due): a 5-year-old's transfer is noise.
        return ok({ dueDate: majority, inputs: { dateOfBirth: dob, ageOfMajority: age }, notes: [], expiresAfter: majority, showFrom: addYears(majority, -2) });
      },
    },
  ];
}
