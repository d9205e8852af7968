import type { JurisdictionBasics } from '../states/jurisdiction-basics.ts';
import type { RuleSetting, TimelineRule } from '../timeline-rule.ts';
import { stateMajority } from './state-majority.ts';
import { stateTransition } from './state-transition.ts';

/**
 * A jurisdiction's transition and transfer-of-rights rules, with the settings that hold their ages.
 *
 * @example stateBasics('OR', basics).rules.map((r) => r.kind) // ['transition-services', 'transfer-of-rights-notice', 'transfer-of-rights']
 */
export function stateBasics(code: string, basics: JurisdictionBasics): { rules: TimelineRule[]; settings: RuleSetting[] } {
  const transition = stateTransition(code, basics.transition);
  const majority = stateMajority({ code, name: basics.name, ...basics.majority });
  return { rules: [transition.rule, ...majority.rules], settings: [...transition.settings, majority.setting] };
}
