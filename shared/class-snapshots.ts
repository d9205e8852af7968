import type { AccommodationRecord } from './accommodation-record.ts';
import type { Caseload } from './caseload.ts';
import { presentStudentName } from './present-student-name.ts';
import { fail, ok, type Result } from './result.ts';
import type { StudentRecord } from './student-record.ts';
import { NO_STUDENT_TABLES, tablesByStudent } from './student-tables.ts';

/** One class or setting and the accommodations its teacher provides, per student (34 CFR 300.323(d)). */
export interface ClassSnapshot {
  className: string;
  /** The students' school: a class of the same name in another school is another snapshot. */
  school?: string;
  /** Who recorded checks in this class (the teachers the snapshot goes to). */
  teachers: string[];
  students: { student: StudentRecord; name: string; accommodations: AccommodationRecord[] }[];
}

/** Class snapshots, and the students no snapshot names (so no one is left out unseen). */
export interface ClassSnapshots {
  classes: ClassSnapshot[];
  /** Students in no snapshot, with the reason. Empty when one class was asked for. */
  notInAnyClass: { student: StudentRecord; name: string; reason: string }[];
}

/** "All classes", "All tests", "All settings" or nothing: applies in every class. */
const isEveryClass = (entry: string) => entry === '' || /^all\b/i.test(entry);
const splitPlaces = (text: string | undefined) => (text ?? '').split(/[;,]/).map((p) => p.trim());

/**
 * The class snapshot per general-education class or setting, the practical form of 34 CFR 300.323(d)
 * (each teacher informed of the accommodations they provide): the classes are those named in the
 * accommodations' "Applies To" and in the implementation checks, per school (English at one school is
 * not English at another); a student is in a class when one of them names it, with every accommodation for that class or for all classes. Students with accommodations
 * but no class on record, and students with none, are listed apart. `className` picks one class (any
 * case; one snapshot per school that has it); an unknown class fails with the classes known.
 *
 * @example classSnapshots(caseload, { className: 'math' }).value.classes[0]?.className // 'Math'
 */
export function classSnapshots(caseload: Caseload, options: { className?: string } = {}): Result<ClassSnapshots> {
  const tablesOf = tablesByStudent(caseload);
  const names = new Map<string, string>();
  const schools = new Map<string, string | undefined>();
  const teachers = new Map<string, Set<string>>();
  const classesOf = new Map<StudentRecord, Set<string>>();
  const nameKey = (name: string) => name.toLowerCase();
  for (const student of caseload.students) {
    const tables = tablesOf.get(student.studentId) ?? NO_STUDENT_TABLES;
    const mine = new Set<string>();
    const key = (name: string) => `${(student.school ?? '').toLowerCase()}\u0000${nameKey(name)}`;
    const add = (place: string) => {
      if (isEveryClass(place)) return;
      if (!names.has(key(place))) {
        names.set(key(place), place);
        schools.set(key(place), student.school);
      }
      mine.add(key(place));
    };
    for (const a of tables.accommodations) for (const place of splitPlaces(a.appliesTo)) add(place);
    for (const c of tables.checks) {
      if (!c.classOrSetting) continue;
      add(c.classOrSetting);
      if (c.checkedBy && !isEveryClass(c.classOrSetting)) {
        const set = teachers.get(key(c.classOrSetting)) ?? new Set<string>();
        set.add(c.checkedBy);
        teachers.set(key(c.classOrSetting), set);
      }
    }
    classesOf.set(student, mine);
  }
  const label = (k: string) => names.get(k) as string;
  let wanted = [...names.keys()].sort((a, b) => label(a).localeCompare(label(b)) || (schools.get(a) ?? '').localeCompare(schools.get(b) ?? ''));
  if (options.className !== undefined) {
    const asked = nameKey(options.className.trim());
    const matching = wanted.filter((k) => nameKey(label(k)) === asked);
    if (matching.length === 0) {
      const known = [...new Set(wanted.map(label))];
      return fail('unknown-class', `No class "${options.className}" in the accommodations or checks. Classes on record: ${known.join(', ') || 'none'}.`);
    }
    wanted = matching;
  }
  const classes = wanted.map((k): ClassSnapshot => {
    const school = schools.get(k);
    return {
      className: label(k),
      ...(school ? { school } : {}),
      teachers: [...(teachers.get(k) ?? [])].sort(),
      students: caseload.students
        .filter((s) => classesOf.get(s)?.has(k))
        .map((student) => ({
          student,
          name: presentStudentName(student),
          accommodations: (tablesOf.get(student.studentId) ?? NO_STUDENT_TABLES).accommodations.filter((a) => splitPlaces(a.appliesTo).some((p) => isEveryClass(p) || nameKey(p) === nameKey(label(k)))),
        }))
        .filter((s) => s.accommodations.length > 0),
    };
  });
  const notInAnyClass =
    options.className !== undefined
      ? []
      : caseload.students.flatMap((student) => {
          const count = (tablesOf.get(student.studentId) ?? NO_STUDENT_TABLES).accommodations.length;
          if (count === 0) return [{ student, name: presentStudentName(student), reason: 'No accommodations on record.' }];
          if (classesOf.get(student)?.size === 0) return [{ student, name: presentStudentName(student), reason: 'Accommodations on record, but no class is named in them or in any check.' }];
          return [];
        });
  return ok({ classes, notInAnyClass });
}
