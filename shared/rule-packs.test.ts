import { describe, expect, it } from 'vitest';
import { getRulePack, listRulePacks, resolveRules } from './rule-packs.ts';
import { FEDERAL_RULES } from './rules/federal.ts';
import { TIMELINE_DEADLINE_KINDS } from './timeline-rule.ts';

describe('getRulePack', () => {
  it('gives the federal baseline without a state, or for US in any case', () => {
    for (const code of [undefined, '', '  ', 'US', 'us', ' Us ']) expect(getRulePack(code)).toEqual({ ok: true, value: FEDERAL_RULES });
  });

  it('finds every listed state pack by its code in any case and spacing', () => {
    for (const pack of listRulePacks().slice(1)) {
      expect(getRulePack(` ${pack.code.toLowerCase()} `)).toEqual({ ok: true, value: pack });
    }
  });

  it('says which rule packs exist when a state has none', () => {
    const r = getRulePack('zz');
    expect(r.ok).toBe(false);
    const known = listRulePacks().slice(1).map((p) => p.code);
    expect(!r.ok && r.error.message).toBe(`There are no rules for "zz" yet. Known: US (federal)${known.length ? `, ${known.join(', ')}` : ''}.`);
  });
});

describe('listRulePacks', () => {
  it('starts with the federal baseline, then distinct states', () => {
    const packs = listRulePacks();
    expect(packs[0]).toBe(FEDERAL_RULES);
    const codes = packs.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('resolveRules', () => {
  it('the federal baseline has one rule per timeline kind, progress reports included (their dates come from the settings)', () => {
    const { rules, settings } = resolveRules(FEDERAL_RULES);
    expect([...rules.keys()].sort()).toEqual([...TIMELINE_DEADLINE_KINDS].sort());
    expect(rules.get('progress-report')?.citation).toBe('34 CFR 300.320(a)(3)(ii)');
    expect(settings.map((s) => s.id)).toEqual(['US.ageOfMajority']);
  });

  it('a state pack overrides only the kinds it lists; the rest stay federal', () => {
    for (const pack of listRulePacks().slice(1)) {
      const { rules } = resolveRules(pack);
      for (const [kind, rule] of rules) {
        const own = pack.rules.find((r) => r.kind === kind);
        expect(rule, `${pack.code} ${kind}`).toBe(own ?? FEDERAL_RULES.rules.find((r) => r.kind === kind));
      }
      expect(resolveRules(pack)).toBe(resolveRules(pack)); // cached
    }
  });
});
