import { addYears } from '../add-years.ts';
import { ok } from '../result.ts';
import type { StudentRecord } from '../student-record.ts';
import type { RuleContext, TimelineRule, Verification } from '../timeline-rule.ts';
import { birthdayAt } from './birthday-at.ts';
import { iepInEffectOn } from './iep-in-effect-on.ts';
import { iepRequirementOptions } from './iep-requirement-options.ts';

/** A student who is only referred (no consent, eligibility or IEP yet): no IDEA rights to transfer yet. */
function onlyReferred(student: StudentRecord): boolean {
  return Boolean(student.referralDate) && !student.consentDate && !student.eligibilityDate && !student.lastIepDate;
}

/**
 * Transfer of rights at the age of majority (null: the state does not transfer rights).
 *
 * @example majorityRules({ pack: 'US', age: 18, noticeCitation: '34 CFR 300.320(c)', transferCitation: '34 CFR 300.520(a)', verification: 'V' }).map((r) => r.kind) // ['transfer-of-rights-notice', 'transfer-of-rights']
 */
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
          ...iepRequirementOptions(ctx, 'transferStatementConfirmed'),
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
