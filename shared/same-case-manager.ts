/**
 * Whether a student's case manager is the one asked for (trimmed, any case).
 *
 * @example sameCaseManager(' J.Lee@example.org', 'j.lee@example.org') // true
 */
export function sameCaseManager(a: string | undefined, b: string): boolean {
  return (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();
}
