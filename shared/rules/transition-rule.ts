import { gradeNumber } from '../grade-number.ts';
import { ok } from '../result.ts';
import { schoolYearStart } from '../school-year-start.ts';
import type { RuleContext, TimelineRule } from '../timeline-rule.ts';
import { birthdayAt } from './birthday-at.ts';
import { gradeEntryDate } from './grade-entry-date.ts';
import { iepDevelopedFrom } from './iep-developed-from.ts';
import { iepInEffectOn } from './iep-in-effect-on.ts';
import { iepRequirementOptions } from './iep-requirement-options.ts';
import type { RuleFacts } from './rule-facts.ts';

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
 * The IEP that must first hold transition services: the IEP in effect when the student reaches the
 * transition age (or the state's variant of that point), else the one in effect on entering a grade, when
 * that comes first. The age may come from a setting (unverified state ages).
 *
 * @example transitionRule({ ...facts, age: 16 }).summary // 'first IEP in effect at age 16'
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
      const options = { ...iepRequirementOptions(ctx, 'transitionConfirmed'), confirmColumn: 'Transition In IEP' };
      const outcome =
        start === 'developed'
          ? iepDevelopedFrom(point, what, ctx.student, ctx.settings, options)
          : iepInEffectOn(point, what, ctx.student, ctx.settings, options);
      return outcome && ok({ ...outcome, notes: [...outcome.notes, ...notes], inputs });
    },
  };
}
