/**
 * The one rule for "the same student id" in every part of Casekeeper (extension imports and merges, the
 * sheet's duplicate check): ids compare trimmed, in Unicode NFC, and without regard to letter case, so
 * `S1`, `s1` and ` S1 ` are one student, as the sheet flags them. The id a teacher typed is kept for display;
 * only comparisons use this key.
 *
 * @example studentIdKey(' S1001 ') === studentIdKey('s1001') // true
 */
export function studentIdKey(id: string): string {
  return id.normalize('NFC').trim().toLowerCase();
}

/**
 * Whether two student ids name the same student (see {@link studentIdKey}).
 *
 * @example sameStudentId('S1', 's1') // true
 */
export function sameStudentId(a: string, b: string): boolean {
  return studentIdKey(a) === studentIdKey(b);
}
