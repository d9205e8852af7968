import type { TransitionFact } from '../states/jurisdiction-basics.ts';
import type { RuleSetting, TimelineRule } from '../timeline-rule.ts';
import { transitionRule } from './transition-rule.ts';

/** The setting id of a state's transition age (declared where the age is not verified from the rule text). */
export const transitionAgeSetting = (code: string): string => `${code}.transitionAge`;

/**
 * A state's transition-services rule from its basics: a constant age where the rule text was read (V),
 * else a setting `XX.transitionAge` with the reference's age (the federal 16 where it has none).
 *
 * @example stateTransition('OR', { age: 16, verification: 'U', explanation }).settings[0]?.id // 'OR.transitionAge'
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
