/** The deadline engine on a big caseload: every deadline of 10,000 students on a school-day calendar. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addCalendarDays,
  computeCaseloadDeadlines,
  type IsoDate,
  parseSchoolCalendar,
  Settings,
  type StudentRecord,
} from '../shared/index.ts';
import { report, timeIt } from './lib/measure.ts';

function syntheticCaseload(count: number, today: IsoDate): StudentRecord[] {
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  return Array.from({ length: count }, (_, i) => {
    const student: StudentRecord = {
      studentId: `B${100000 + i}`,
      dateOfBirth: addCalendarDays(today, -(365 * (4 + rand(15)) + rand(365))),
      absences: rand(6),
    };
    if (i % 10 === 0) {
      student.referralDate = addCalendarDays(today, -rand(60) - 5);
      student.consentDate = addCalendarDays(student.referralDate, 3);
    } else {
      student.lastIepDate = addCalendarDays(today, -rand(365));
      student.lastEvaluationDate = addCalendarDays(today, -rand(1095));
    }
    return student;
  });
}

export async function run(): Promise<void> {
  const calendar = parseSchoolCalendar(readFileSync(join(import.meta.dirname, '..', 'examples', 'school-calendar.json'), 'utf8'));
  if (!calendar.ok) throw new Error(calendar.error.message);
  const today = '2026-11-23' as IsoDate;
  const students = syntheticCaseload(10_000, today);
  for (const state of [undefined, 'TX']) {
    const settings = Settings.parse({ calendar: calendar.value, ...(state ? { state } : {}), progressReportDates: ['2027-01-22'] });
    let count = 0;
    let problems = 0;
    const t = timeIt(() => {
      const result = computeCaseloadDeadlines(students, settings, today);
      count = result.deadlines.length;
      problems = result.problems.length;
    });
    if (state && problems > count) {
      console.log(`(${state} rules not available yet: ${problems} problems)`);
      continue;
    }
    report(`all deadlines for 10,000 students, ${state ?? 'federal'} rules, school-day calendar (${count} open deadlines), median CPU time of 9`, t.median, 'ms', 250);
    report('  (same, median wall-clock time)', t.wall, 'ms');
  }
}
