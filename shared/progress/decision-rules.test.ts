import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../add-calendar-days.ts';
import type { GoalDataPoint } from '../goal-data-point.ts';
import type { GoalRecord } from '../goal-record.ts';
import type { IsoDate } from '../iso-date.ts';
import { decisionInputOf } from '../test-fixtures-progress.ts';
import { aimLine, aimValueAt } from './aim-line.ts';
import { DECISION_RULES, decisionRule } from './decision-rules.ts';
import type { ProgressVerdict } from './progress-verdict.ts';

const BASE = '2026-09-07' as IsoDate;

/** A random goal (baseline, target over 6–52 weeks, direction) and points after the baseline. */
const scenario = fc.record({
  baseline: fc.integer({ min: -200, max: 200 }),
  target: fc.integer({ min: -200, max: 200 }),
  weeks: fc.integer({ min: 6, max: 52 }),
  direction: fc.constantFrom('increase' as const, 'decrease' as const),
  // at least 8 points, the last one at least 6 weeks after the baseline
  days: fc.uniqueArray(fc.integer({ min: 1, max: 364 }), { minLength: 8, maxLength: 40 }).map((d) => [...d.filter((x) => x !== 42), 42].sort((a, b) => a - b)),
  values: fc.array(fc.integer({ min: -300, max: 300 }), { minLength: 41, maxLength: 41 }),
});

const goalFrom = (s: { baseline: number; target: number; weeks: number; direction: 'increase' | 'decrease' }): GoalRecord => ({
  goalId: 'G1',
  studentId: 'S1',
  goal: 'A synthetic goal.',
  baseline: s.baseline,
  baselineDate: BASE,
  target: s.target,
  targetDate: addCalendarDays(BASE, s.weeks * 7),
  direction: s.direction,
});

const pointsFrom = (days: number[], value: (day: number, i: number) => number): GoalDataPoint[] =>
  days.map((d, i) => ({ pointId: `P${i}`, studentId: 'S1', goalId: 'G1', date: addCalendarDays(BASE, d), value: value(d, i) }));

const SWAP: Record<ProgressVerdict, ProgressVerdict> = { 'on-track': 'on-track', 'insufficient-data': 'insufficient-data', 'change-instruction': 'raise-goal', 'raise-goal': 'change-instruction' };

describe('DECISION_RULES', () => {
  it('lists the four-point rule first, then trend and three-point, each with a citation', () => {
    expect(DECISION_RULES.map((r) => r.name)).toEqual(['four-point', 'trend', 'three-point']);
    for (const rule of DECISION_RULES) expect(rule.citation.length).toBeGreaterThan(10);
    expect(decisionRule('trend').label).toBe('Trend-line rule');
  });

  it('judges a series exactly on the aim line on track under every rule (property)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const goal = goalFrom(s);
        const aim = aimLine(goal);
        if (!aim.ok) throw new Error(aim.error.message);
        const points = pointsFrom(s.days, (d) => aimValueAt(aim.value, aim.value.fromDay + d));
        for (const rule of DECISION_RULES) expect(rule.decide(decisionInputOf(goal, points)).verdict).toBe('on-track');
      }),
    );
  });

  it('gives the same verdict to a mirrored series with the goal direction mirrored (property)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const goal = goalFrom(s);
        const mirrored = goalFrom({ ...s, baseline: -s.baseline, target: -s.target, direction: s.direction === 'increase' ? 'decrease' : 'increase' });
        const points = pointsFrom(s.days, (_, i) => s.values[i] as number);
        const flipped = pointsFrom(s.days, (_, i) => -(s.values[i] as number));
        for (const rule of DECISION_RULES) {
          expect(rule.decide(decisionInputOf(mirrored, flipped)).verdict).toBe(rule.decide(decisionInputOf(goal, points)).verdict);
        }
      }),
    );
  });

  it('swaps change-instruction and raise-goal when the series is reflected across the aim line (property)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const goal = goalFrom(s);
        const aim = aimLine(goal);
        if (!aim.ok) throw new Error(aim.error.message);
        const points = pointsFrom(s.days, (_, i) => s.values[i] as number);
        const reflected = pointsFrom(s.days, (d, i) => 2 * aimValueAt(aim.value, aim.value.fromDay + d) - (s.values[i] as number));
        for (const rule of [decisionRule('four-point'), decisionRule('trend')]) {
          expect(rule.decide(decisionInputOf(goal, reflected)).verdict).toBe(SWAP[rule.decide(decisionInputOf(goal, points)).verdict]);
        }
      }),
    );
  });
});
