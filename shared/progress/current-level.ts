/**
 * A goal's current level: the median of its last 3 data points (fewer when it has fewer), so one unusual
 * day does not decide it. Null with no points.
 *
 * @example currentLevel([{ value: 10 }, { value: 40 }, { value: 20 }, { value: 30 }]) // 30
 */
export function currentLevel(points: readonly { value: number }[]): number | null {
  const last = points.slice(-3).map((p) => p.value).sort((a, b) => a - b);
  if (last.length === 0) return null;
  if (last.length === 2) return ((last[0] as number) + (last[1] as number)) / 2;
  return last[Math.floor(last.length / 2)] as number;
}
