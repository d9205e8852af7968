/** An ordinary-least-squares trend line over (day number, value), with its slope per day and per week. */
export interface TrendLine {
  /** Value of the line on day 0 of the fit (`fromDay`). */
  intercept: number;
  fromDay: number;
  toDay: number;
  perDay: number;
  perWeek: number;
  /** Points the line was fitted to. */
  n: number;
}

/** A point of a series: a day number and a value. */
export interface DayValue {
  day: number;
  value: number;
}

/**
 * Fits the ordinary-least-squares line through the points (slope = Σ(x−x̄)(y−ȳ) ÷ Σ(x−x̄)², computed
 * about the means so large day numbers lose no precision). Null with fewer than 2 points or when every
 * point falls on one day (no slope can be fitted).
 *
 * @example olsTrend([{ day: 0, value: 1 }, { day: 7, value: 3 }])?.perWeek // 2
 */
export function olsTrend(points: readonly DayValue[]): TrendLine | null {
  const n = points.length;
  if (n < 2) return null;
  let first = Infinity;
  let last = -Infinity;
  let sumX = 0;
  let sumY = 0;
  for (const p of points) {
    sumX += p.day;
    sumY += p.value;
    if (p.day < first) first = p.day;
    if (p.day > last) last = p.day;
  }
  if (first === last) return null;
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    const dx = p.day - meanX;
    sxy += dx * (p.value - meanY);
    sxx += dx * dx;
  }
  const perDay = sxy / sxx;
  return { intercept: meanY + (first - meanX) * perDay, fromDay: first, toDay: last, perDay, perWeek: perDay * 7, n };
}

/**
 * The trend line's value on a day.
 *
 * @example trendValueAt(olsTrend([{ day: 0, value: 1 }, { day: 7, value: 3 }])!, 14) // 5
 */
export function trendValueAt(trend: TrendLine, day: number): number {
  return trend.intercept + (day - trend.fromDay) * trend.perDay;
}
