import { describe, expect, it } from 'vitest';
import { FEDERAL_RULES } from './federal.ts';

describe('FEDERAL_RULES (34 CFR 300 / 303)', () => {
  it('every rule carries its id, citation, verification mark and a sentence a teacher can read', () => {
    for (const rule of FEDERAL_RULES.rules) {
      expect(rule.id).toBe(`US.${rule.kind}`);
      expect(rule.citation).toMatch(/^34 CFR 30[03]\.\d+/);
      expect(['V', 'S', 'U']).toContain(rule.verification);
      expect(rule.explanation).toMatch(/^[A-Z].{20,}\.$/);
      expect(rule.summary.length).toBeGreaterThan(3);
    }
    expect(FEDERAL_RULES.code).toBe('US');
    expect(FEDERAL_RULES.meetingNotice).toBeUndefined(); // no federal day count for meeting notice (300.322)
  });

  it('states the numbers of the regulation in its summaries', () => {
    const summary = Object.fromEntries(FEDERAL_RULES.rules.map((r) => [r.kind, r.summary]));
    expect(summary).toMatchObject({
      'initial-evaluation': '60 calendar days from consent received',
      'initial-iep': '30 calendar days from eligibility determination',
      'annual-review': '1 year from last IEP meeting',
      'reevaluation': '3 years from last evaluation',
      'transition-services': 'first IEP in effect at age 16',
    });
    const evaluation = FEDERAL_RULES.rules.find((r) => r.kind === 'initial-evaluation');
    expect([evaluation?.trigger, evaluation?.count, evaluation?.unit]).toEqual(['consentDate', 60, 'calendar']);
  });

  it('declares the age of majority as a setting (18 by default), with its citation', () => {
    expect(FEDERAL_RULES.settings).toEqual([expect.objectContaining({ id: 'US.ageOfMajority', default: 18, citation: '34 CFR 300.520(a)' })]);
  });
});
