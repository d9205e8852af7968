import type { StudentRecord } from './student-record.ts';

/** How a student is named where people read it. */
export type NameStyle = 'full' | 'initials';

/**
 * A student's name as every part of Casekeeper shows it: "First Last", or initials with the ID ("A.R.
 * (1001)") where a name could travel further than the caseload (calendar events, files to share). A
 * student with no name on record is "Student 1001", never blank.
 *
 * @example presentStudentName({ studentId: '1001', firstName: 'Ana', lastName: 'Rivera' }) // 'Ana Rivera'
 * @example presentStudentName({ studentId: '1001', firstName: 'Ana', lastName: 'Rivera' }, 'initials') // 'A.R. (1001)'
 */
export function presentStudentName(student: Pick<StudentRecord, 'studentId' | 'firstName' | 'lastName'>, style: NameStyle = 'full'): string {
  const parts = [student.firstName, student.lastName].filter((p): p is string => Boolean(p && p.trim()));
  if (parts.length === 0) return `Student ${student.studentId}`;
  if (style === 'initials') return `${parts.map((p) => `${[...p.trim()][0]?.toUpperCase() ?? ''}.`).join('')} (${student.studentId})`;
  return parts.join(' ');
}
