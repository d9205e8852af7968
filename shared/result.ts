/** The outcome of anything that can fail on user input: a value, or a reason in a teacher's words. */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a reason as a failure. */
export function fail<T = never>(reason: string): Result<T> {
  return { ok: false, reason };
}
