import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSchoolDay } from '../is-school-day.ts';
import { computeDeadlines } from '../compute-deadlines.ts';
import { computeDue } from '../compute-due.ts';
import { getRulePack, listRulePacks, resolveRules } from '../rule-packs.ts';
import { DEADLINE_KINDS } from '../timeline-rule.ts';
import { STATE_RULE_PACKS } from './index.ts';
import { d, DISTRICT_CALENDAR, settingsWith } from './test-calendars.ts';

const REQUIRED = ['CA', 'TX', 'FL', 'NY', 'IL', 'PA', 'OH', 'GA', 'NC', 'MI', 'NJ', 'VA', 'WA', 'AZ', 'MA', 'WI', 'IN', 'KY', 'CO'];

/**
 * Every state's initial-evaluation date on the district calendar for consent (or referral) on 2025-10-01,
 * as `casekeeper due initial-evaluation --state XX --from 2025-10-01 --calendar FILE` computes it.
 * Each value is the hand count in that state's own test file (or the same count: calendar 60 = Nov 30).
 */
const OCTOBER_1: Record<string, string> = {
  AZ: '2025-11-30', // 60 calendar days
  CA: '2025-11-30', // 60 days; Thanksgiving (5 school days) is not more than 5
  CO: '2025-11-30',
  FL: '2025-12-06', // Veterans Day and Thanksgiving break not counted
  GA: '2025-12-09', // Thanksgiving break with its weekends not counted
  IL: '2026-01-15', // 60 school days
  IN: '2025-12-18', // 50 school days
  KY: '2026-01-15', // 60 school days
  MA: '2025-11-13', // 30 school working days
  MI: '2025-11-13', // 30 school days
  NC: '2025-12-30', // 90 days from referral
  NJ: '2025-12-30', // 90 days
  NY: '2025-11-30',
  OH: '2025-11-30',
  PA: '2025-11-30', // summer is not in the window
  TX: '2025-12-11', // 45 school days: Dec 8-11 after the 41st on Dec 5 (Thanksgiving break off)
  VA: '2026-01-07', // 65 business days from referral
  WA: '2025-11-20', // 35 school days
  WI: '2025-11-30',
};

describe('state rule packs registry', () => {
  it('covers every state the issue lists, in postal-code order, one file per code', () => {
    const codes = STATE_RULE_PACKS.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of REQUIRED) expect(codes).toContain(code);
    expect(listRulePacks().map((p) => p.code)).toEqual(['US', ...codes]);
  });

  it('gives every rule a citation, a verification mark, an explanation and an id of its pack', () => {
    for (const pack of STATE_RULE_PACKS) {
      for (const rule of pack.rules) {
        expect(rule.id.startsWith(`${pack.code}.`), rule.id).toBe(true);
        expect(DEADLINE_KINDS).toContain(rule.kind);
        expect(rule.citation.length, rule.id).toBeGreaterThan(3);
        expect(['V', 'S', 'U']).toContain(rule.verification);
        expect(rule.explanation.length, rule.id).toBeGreaterThan(30);
        expect(rule.summary.length, rule.id).toBeGreaterThan(3);
      }
      const kinds = pack.rules.map((r) => r.kind);
      expect(new Set(kinds).size, pack.code).toBe(kinds.length);
      for (const setting of pack.settings) {
        expect(setting.citation.length).toBeGreaterThan(3);
        expect(['V', 'S', 'U']).toContain(setting.verification);
      }
    }
  });

  it('overrides the initial evaluation in every state whose timeline the reference gives', () => {
    for (const code of [...REQUIRED, 'TN', 'CT']) {
      const pack = STATE_RULE_PACKS.find((p) => p.code === code);
      expect(pack && resolveRules(pack).rules.get('initial-evaluation')?.id, code).toBe(`${code}.initial-evaluation`);
    }
  });

  it('answers the initial evaluation of every state through the engine, with its citation', () => {
    for (const code of REQUIRED) {
      const pack = getRulePack(code);
      expect(pack.ok).toBe(true);
      const trigger = pack.ok ? resolveRules(pack.value).rules.get('initial-evaluation')?.trigger : undefined;
      expect(trigger === 'consentDate' || trigger === 'referralDate', code).toBe(true);
      const student = { studentId: 'S1', [trigger as string]: d('2025-10-01') };
      const due = computeDue('initial-evaluation', student, settingsWith({ state: code as never }));
      expect(due.ok && due.value.outcome.dueDate, code).toBe(OCTOBER_1[code]);
      expect(due.ok && due.value.rule.citation, code).not.toContain('34 CFR 300.301');
    }
  });

  it('shows state deadlines in the caseload view, with the state citation travelling with the date', () => {
    const result = computeDeadlines(
      { studentId: 'S1', state: 'TX', consentDate: d('2025-09-03'), absences: 3 },
      settingsWith({ state: 'CA' }),
      d('2025-10-01'),
    );
    const evaluation = result.deadlines.find((x) => x.kind === 'initial-evaluation');
    expect(evaluation?.dueDate).toBe('2025-11-10');
    expect(evaluation?.basis.citation).toContain('19 TAC 89.1011');
    expect(evaluation?.basis.notes.join(' ')).toContain('absent 3 school days');
  });

  it('schedules meetings by the state notice lead time (TX: 5 school days before the annual review)', () => {
    // Last IEP 2025-10-15 → annual review due Wed 2026-10-14; 5 school days earlier is Wed 2026-10-07.
    const result = computeDeadlines({ studentId: 'S1', lastIepDate: d('2025-10-15') }, settingsWith({ state: 'TX' }), d('2026-09-01'));
    const review = result.deadlines.find((x) => x.kind === 'annual-review');
    expect(review?.dueDate).toBe('2026-10-14');
    expect(review?.scheduleBy).toBe('2026-10-07');
  });

  it('lands every school-day timeline on a school day and never earlier for a later start', () => {
    const schoolDayStates = STATE_RULE_PACKS.filter((p) => p.rules.some((r) => r.kind === 'initial-evaluation' && r.unit === 'school'));
    expect(schoolDayStates.map((p) => p.code)).toEqual(['IL', 'IN', 'KY', 'MA', 'MI', 'TX', 'WA']);
    const toDate = (n: number) => d(new Date(Date.UTC(2025, 7, 1 + n)).toISOString().slice(0, 10));
    const settings = settingsWith();
    fc.assert(
      fc.property(fc.constantFrom(...schoolDayStates), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 40 }), (pack, n, gap) => {
        const rule = resolveRules(pack).rules.get('initial-evaluation');
        const at = (date: string) => computeDue('initial-evaluation', { studentId: 'P', consentDate: d(date) }, { ...settings, state: pack.code as never });
        const a = at(toDate(n));
        const b = at(toDate(n + gap));
        if (!a.ok || !b.ok) return;
        const due = a.value.outcome.dueDate;
        const special = ['2026-06-30', '2027-06-30', '2026-08-23', '2027-08-22'].includes(due); // TX June 30; IL the day before the next year
        if (!special) expect(isSchoolDay(DISTRICT_CALENDAR, due), `${rule?.id} ${due}`).toBe(true);
        expect(b.value.outcome.dueDate >= due).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never gives a later date when the trigger day counts (inclusive) than when it does not', () => {
    const toDate = (n: number) => d(new Date(Date.UTC(2025, 7, 1 + n)).toISOString().slice(0, 10));
    const exclusive = settingsWith();
    const inclusive = settingsWith({ countTriggerDay: true });
    fc.assert(
      fc.property(fc.constantFrom(...STATE_RULE_PACKS), fc.integer({ min: 0, max: 900 }), (pack, n) => {
        const student = { studentId: 'P', consentDate: toDate(n), referralDate: toDate(n) };
        const a = computeDue('initial-evaluation', student, { ...exclusive, state: pack.code as never });
        const b = computeDue('initial-evaluation', student, { ...inclusive, state: pack.code as never });
        if (!a.ok || !b.ok) return;
        expect(b.value.outcome.dueDate <= a.value.outcome.dueDate, pack.code).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
