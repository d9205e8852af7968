import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { olsTrend, trendValueAt } from './ols-trend.ts';

describe('olsTrend', () => {
  it('fits a line through collinear points exactly', () => {
    const t = olsTrend([{ day: 0, value: 1 }, { day: 7, value: 3 }, { day: 14, value: 5 }]);
    expect(t?.perWeek).toBeCloseTo(2, 12);
    expect(t?.intercept).toBeCloseTo(1, 12);
    expect(t && trendValueAt(t, 21)).toBeCloseTo(7, 12);
  });

  it('matches a hand-computed least-squares fit', () => {
    // x̄ = 2, ȳ = 4, Σ(x−x̄)(y−ȳ) = 6, Σ(x−x̄)² = 10 → slope 0.6 a day, 4.2 a week; value 2.8 on day 0.
    const t = olsTrend([2, 4, 5, 4, 5].map((value, day) => ({ day, value })));
    expect(t?.perDay).toBeCloseTo(0.6, 12);
    expect(t?.perWeek).toBeCloseTo(4.2, 12);
    expect(t?.intercept).toBeCloseTo(2.8, 12);
    expect(t?.n).toBe(5);
  });

  it('keeps precision on real day numbers (around 20,000)', () => {
    const t = olsTrend([{ day: 20_700, value: 10 }, { day: 20_707, value: 10.5 }, { day: 20_714, value: 11 }]);
    expect(t?.perWeek).toBeCloseTo(0.5, 10);
    expect(t && trendValueAt(t, 20_700)).toBeCloseTo(10, 10);
  });

  it('has no trend with fewer than 2 points or all points on one day', () => {
    expect(olsTrend([])).toBeNull();
    expect(olsTrend([{ day: 3, value: 1 }])).toBeNull();
    expect(olsTrend([{ day: 3, value: 1 }, { day: 3, value: 9 }])).toBeNull();
  });

  it('recovers any straight line (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -50, max: 50 }), fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { minLength: 2, maxLength: 40 }), (a, b, days) => {
        const t = olsTrend(days.map((day) => ({ day: 20_000 + day, value: a + b * day })));
        expect(t?.perDay).toBeCloseTo(b, 6);
      }),
    );
  });
});
