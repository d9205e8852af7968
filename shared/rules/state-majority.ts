import type { RuleSetting, TimelineRule, Verification } from '../timeline-rule.ts';
import { majorityRules } from './majority-rules.ts';

/** The setting id for the age of majority (shared with the federal baseline, so one caseload value applies). */
export const AGE_OF_MAJORITY = 'US.ageOfMajority';

/**
 * A state's age of majority: the transfer-of-rights rules plus the setting that holds the age (null: the
 * state does not transfer rights), with the state's citation and verification mark.
 *
 * @example stateMajority({ code: 'AL', name: 'Alabama', age: 19, verification: 'S' }).setting.default // 19
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
