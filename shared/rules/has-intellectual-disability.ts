import type { StudentRecord } from '../student-record.ts';

/**
 * Whether a student's disability (free text or code) names an intellectual disability.
 *
 * @example hasIntellectualDisability({ studentId: 'S1', disability: 'ID' }) // true
 */
export function hasIntellectualDisability(student: StudentRecord): boolean {
  const text = student.disability?.trim() ?? '';
  return /intellectual|mental retardation/i.test(text) || /^(ID|MR)$/i.test(text);
}
