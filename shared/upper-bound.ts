/**
 * The index of the first entry of an ascending array greater than `value` (the array's length when there
 * is none), by binary search.
 *
 * @example upperBound(Int32Array.of(3, 5, 5, 9), 5) // 3
 */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
