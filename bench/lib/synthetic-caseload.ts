import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseloadOf, readCaseloadFiles, type Caseload, type StudentRecord } from '../../shared/index.ts';

const EXAMPLES = join(import.meta.dirname, '../../examples/caseload');
const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** Synthetic students (invented ids and names), dates spread over the last two years. */
export function syntheticStudents(n: number): StudentRecord[] {
  const schools = ['Alder Elementary', 'Juniper Middle School', 'Cedar Ridge High School', 'Oak Grove Elementary'];
  const managers = ['Okafor, Daniel', 'Baptiste, Ana', 'Lindqvist, Mae'];
  return Array.from({ length: n }, (_, i) => ({
    studentId: `S${10000 + i}`,
    firstName: `First${i}`,
    lastName: `Last${i}`,
    dateOfBirth: day(-3650 - (i % 2000)),
    grade: String(1 + (i % 12)),
    school: schools[i % schools.length],
    caseManager: managers[i % managers.length],
    lastIepDate: day((i * 7) % 700),
    lastEvaluationDate: day(-((i * 13) % 900)),
  })) as StudentRecord[];
}

/**
 * A synthetic caseload with every table filled, shaped like the example caseload (each row copied from an
 * example row of its table, with new ids, students and dates): per student 2 services, `sessions` sessions
 * (200 by default: a year of two weekly services), 2 goals with 20 data points each, 3 accommodations with
 * 10 checks, and 6 contacts. 2,000 students give about 400,000 session rows.
 */
export function syntheticCaseload(students: number, options: { sessions?: number } = {}): Caseload {
  const perStudent = options.sessions ?? 200;
  const files = Object.fromEntries(readdirSync(EXAMPLES).map((f) => [f, readFileSync(join(EXAMPLES, f), 'utf8')]));
  const example = readCaseloadFiles(files).caseload;
  const pick = <T,>(rows: readonly T[]): T => rows[0] as T;
  const out = caseloadOf({ students: syntheticStudents(students) });
  for (const [i, s] of out.students.entries()) {
    const sid = s.studentId;
    const services = [0, 1].map((k) => ({ ...pick(example.services), studentId: sid, serviceId: `svc-${i}-${k}` }));
    out.services.push(...services);
    for (let n = 0; n < perStudent; n++) {
      out.sessions.push({ ...pick(example.sessions), studentId: sid, serviceId: `svc-${i}-${n % 2}`, sessionId: `ses-${i}-${n}`, date: day(200 + (n % 365)) as never });
    }
    for (let g = 0; g < 2; g++) {
      out.goals.push({ ...pick(example.goals), studentId: sid, goalId: `goal-${i}-${g}` });
      for (let p = 0; p < 20; p++) out.goalData.push({ ...pick(example.goalData), studentId: sid, goalId: `goal-${i}-${g}`, pointId: `pt-${i}-${g}-${p}`, date: day(300 + p * 7) as never });
    }
    for (let a = 0; a < 3; a++) {
      out.accommodations.push({ ...pick(example.accommodations), studentId: sid, accommodationId: `acc-${i}-${a}` });
      for (let c = 0; c < 10; c++) out.checks.push({ ...pick(example.checks), studentId: sid, accommodationId: `acc-${i}-${a}`, checkId: `chk-${i}-${a}-${c}`, date: day(300 + c * 14) as never });
    }
    for (let c = 0; c < 6; c++) out.contacts.push({ ...pick(example.contacts), studentId: sid, contactId: `con-${i}-${c}`, date: day(300 + c * 30) as never });
  }
  return out;
}
