import { isBlankValue } from './is-blank-value.ts';

/**
 * Whether two values of a field are the same to a person: both blank (missing, empty or white space), or
 * both filled with the same value (text compared in Unicode NFC; other values by value, so key order
 * inside a value does not matter).
 *
 * @example sameValue('', undefined) // true
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isBlankValue(a) || isBlankValue(b)) return isBlankValue(a) && isBlankValue(b);
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return a.normalize('NFC') === b.normalize('NFC');
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether two records hold the same values by {@link sameValue} (the test `recordChanges` lists the
 * differences by), whatever order their fields were written in: in the given fields, or in every field
 * either has. Not a record (a stored row that could not be read) is never the same.
 *
 * @example sameRecord({ studentId: 'S1', note: '' }, { note: undefined, studentId: 'S1' }) // true
 * @example sameRecord({ minutes: 30, note: 'a' }, { minutes: 30 }, ['minutes']) // true
 */
export function sameRecord(a: unknown, b: unknown, keys?: readonly string[]): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  const x = a as Readonly<Record<string, unknown>>;
  const y = b as Readonly<Record<string, unknown>>;
  if (keys) return keys.every((k) => sameValue(x[k], y[k]));
  for (const key of Object.keys(x)) if (!sameValue(x[key], y[key])) return false;
  for (const key of Object.keys(y)) if (!(key in x) && !isBlankValue(y[key])) return false;
  return true;
}
