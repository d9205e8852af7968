const EMPTY = Symbol('empty');

function canonical(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return EMPTY;
  if (typeof value === 'string') return value.normalize('NFC');
  return value;
}

/**
 * Whether two values of a field are the same (an absent value and an empty one are the same; text
 * compares in Unicode NFC).
 *
 * @example sameValue(undefined, '') // true
 */
export function sameValue(a: unknown, b: unknown): boolean {
  const x = canonical(a);
  const y = canonical(b);
  if (x === y) return true;
  return typeof x === 'object' && typeof y === 'object' && JSON.stringify(x) === JSON.stringify(y);
}

/**
 * Whether two records hold the same values in the given fields (other fields are not compared).
 *
 * @example sameRecord({ minutes: 30, note: '' }, { minutes: 30 }, ['minutes', 'note']) // true
 */
export function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  return keys.every((k) => sameValue(a[k], b[k]));
}
