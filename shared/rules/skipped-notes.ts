/**
 * Turns a count's skipped windows into notes a teacher reads.
 *
 * @example skippedNotes(['summer break']) // ['Not counted: summer break.']
 */
export function skippedNotes(skipped: readonly string[]): string[] {
  return skipped.length ? [`Not counted: ${skipped.join('; ')}.`] : [];
}
