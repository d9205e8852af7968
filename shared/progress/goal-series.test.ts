import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../iso-date.ts';
import { goalOf, pointsOf } from '../test-fixtures-progress.ts';
import { goalSeries } from './goal-series.ts';

describe('goalSeries', () => {
  const goal = goalOf();

  it('orders points by date and judges the points after the baseline date', () => {
    const points = pointsOf(goal, [21, 22, 23], { startDay: 0 }).reverse(); // the first is on the baseline date
    const series = goalSeries(goal, points);
    expect(series.points.map((p) => p.value)).toEqual([21, 22, 23]);
    expect(series.phase.map((p) => p.value)).toEqual([22, 23]);
    expect(series.phaseStart).toMatchObject({ date: '2026-09-07', kind: 'baseline' });
    expect(points[0]?.value).toBe(23); // input not changed
  });

  it('restarts the phase at the last marked instructional change (that point included)', () => {
    const series = goalSeries(goal, pointsOf(goal, [21, 22, 23, 30, 31], { changeAt: 3 }));
    expect(series.phase.map((p) => p.value)).toEqual([30, 31]);
    expect(series.phaseChanges).toEqual(['2026-10-05']);
    expect(series.phaseStart).toMatchObject({ date: '2026-10-05', kind: 'change' });
  });

  it('reports, and does not count, points of another student, with no value, or after today', () => {
    const points = [
      ...pointsOf(goal, [21]),
      ...pointsOf(goal, [99], { studentId: 'S2', startDay: 8 }),
      { pointId: 'X', studentId: 'S1', goalId: 'G1', date: '2026-09-20' as IsoDate },
      ...pointsOf(goal, [25], { startDay: 60 }),
    ];
    const series = goalSeries(goal, points, { today: '2026-10-01' as IsoDate });
    expect(series.points.map((p) => p.value)).toEqual([21]);
    expect(series.problems).toEqual([
      'The data point of 2026-09-15 (G1-P1) is for student S2, not S1: not counted.',
      'The data point of 2026-09-20 has no value: not counted.',
      'The data point of 2026-11-06 (G1-P1) is dated after today: not counted.',
    ]);
  });

  it('keeps points of one date in their order', () => {
    const points = pointsOf(goal, [5, 6, 7], { every: 0, startDay: 7 });
    expect(goalSeries(goal, points).points.map((p) => p.value)).toEqual([5, 6, 7]);
  });
});
