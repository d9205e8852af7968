import type { RulePack } from '../timeline-rule.ts';

/** State rule packs, in postal-code order. Each lists only the rules that differ from the federal baseline. */
export const STATE_RULE_PACKS: readonly RulePack[] = [];
