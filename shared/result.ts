/**
 * Why something failed: a stable `code` that code may branch on, and a `message` in a teacher's words that
 * only people read. No code ever branches on `message`.
 */
export interface Failure {
  /** A stable kebab-case identifier such as `bad-date`, `needs-calendar` or `unknown-state`. */
  code: string;
  /** A sentence in a teacher's words. */
  message: string;
}

/** The outcome of anything that can fail on user input: a value, or a typed failure. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

/**
 * Wraps a value as a success.
 *
 * @example ok(3) // { ok: true, value: 3 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Wraps a failure.
 *
 * @example fail('bad-date', '"13/45/2025" has no month 13.') // { ok: false, error: { code: 'bad-date', message: … } }
 */
export function fail<T = never>(code: string, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/**
 * Passes a failure on with its code, for a function whose success type differs.
 *
 * @example const r = parseDate('x'); if (!r.ok) return failWith(r.error);
 */
export function failWith<T = never>(error: Failure): Result<T> {
  return { ok: false, error };
}
