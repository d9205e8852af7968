import { FEDERAL_RULES } from './rules/federal.ts';
import { fail, ok, type Result } from './result.ts';
import { STATE_RULE_PACKS } from './states/index.ts';
import type { DeadlineKind, RulePack, RuleSetting, TimelineRule } from './timeline-rule.ts';

/** A jurisdiction's rules resolved against the federal baseline: one rule per kind. */
export interface ResolvedRules {
  pack: RulePack;
  rules: Map<DeadlineKind, TimelineRule>;
  settings: RuleSetting[];
}

const resolved = new Map<string, ResolvedRules>();

/** Every rule pack: the federal baseline first, then the states. */
export function listRulePacks(): readonly RulePack[] {
  return [FEDERAL_RULES, ...STATE_RULE_PACKS];
}

/**
 * The rule pack of a state (postal code, any case), or the federal baseline when none is given.
 *
 * @example getRulePack('tx') // { ok: true, value: { code: 'TX', … } }
 */
export function getRulePack(state?: string): Result<RulePack> {
  if (state === undefined || state.trim() === '' || state.trim().toUpperCase() === 'US') return ok(FEDERAL_RULES);
  const code = state.trim().toUpperCase();
  const pack = STATE_RULE_PACKS.find((p) => p.code === code);
  if (pack) return ok(pack);
  const known = STATE_RULE_PACKS.map((p) => p.code).join(', ');
  return fail('unknown-state', `There are no rules for "${state.trim()}" yet. Known: US (federal)${known ? `, ${known}` : ''}.`);
}

/** A pack's rules with the federal baseline filling every kind the state leaves out (cached). */
export function resolveRules(pack: RulePack): ResolvedRules {
  const cached = resolved.get(pack.code);
  if (cached) return cached;
  const rules = new Map<DeadlineKind, TimelineRule>();
  for (const rule of FEDERAL_RULES.rules) rules.set(rule.kind, rule);
  if (pack !== FEDERAL_RULES) for (const rule of pack.rules) rules.set(rule.kind, rule);
  const settings =
    pack === FEDERAL_RULES
      ? [...FEDERAL_RULES.settings]
      : [...FEDERAL_RULES.settings.filter((s) => !pack.settings.some((p) => p.id === s.id)), ...pack.settings];
  const result = { pack, rules, settings };
  resolved.set(pack.code, result);
  return result;
}
