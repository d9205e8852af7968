import type { DecisionRuleName } from '../goal-record.ts';
import type { DecisionRule } from './decision-rule.ts';
import { fourPointRule } from './four-point-rule.ts';
import { threePointRule } from './three-point-rule.ts';
import { trendLineRule } from './trend-line-rule.ts';

/** Every progress-monitoring decision rule, in the order they are offered (the default first). */
export const DECISION_RULES: readonly DecisionRule[] = [fourPointRule, trendLineRule, threePointRule];

/**
 * The decision rule of a name.
 *
 * @example decisionRule('trend').label // 'Trend-line rule'
 */
export function decisionRule(name: DecisionRuleName): DecisionRule {
  return DECISION_RULES.find((r) => r.name === name) ?? fourPointRule;
}
