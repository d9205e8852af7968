/**
 * A large synthetic caseload for benchmarks: `students` students, each with services, a school year of
 * sessions (about 200 per student), goals with data, accommodations, checks and contacts. Deterministic.
 */
import { addCalendarDays, type Caseload, caseloadOf, type IsoDate } from '../../shared/index.ts';

export function syntheticFullCaseload(students: number, sessionsPerStudent = 200, today = '2026-11-23' as IsoDate): Caseload {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const c = caseloadOf();
  for (let i = 0; i < students; i++) {
    const studentId = `B${100000 + i}`;
    c.students.push({ studentId, firstName: `First${i}`, lastName: `Last${i}`, lastIepDate: addCalendarDays(today, -rand(365)), caseManager: `cm${i % 40}@example.org` });
    for (let k = 0; k < 2; k++) {
      const serviceId = `svc-${i}-${k}`;
      c.services.push({ serviceId, studentId, service: k ? 'Speech-language therapy' : 'Specialized academic instruction', mandate: k ? '30 min 2x/week' : '45 min x 3 sessions = 135 min Weekly', startDate: addCalendarDays(today, -300) });
      for (let s = 0; s < sessionsPerStudent / 2; s++) {
        c.sessions.push({ sessionId: `ses-${i}-${k}-${s}`, studentId, serviceId, date: addCalendarDays(today, -Math.floor((s * 300) / (sessionsPerStudent / 2))), minutes: k ? 30 : 45, outcome: rand(10) === 0 ? 'student-absent' : 'delivered', groupSize: 1 + rand(3) });
      }
    }
    for (let g = 0; g < 3; g++) {
      const goalId = `goal-${i}-${g}`;
      c.goals.push({ goalId, studentId, goal: 'Read a passage aloud', measure: 'rate', baseline: 40, baselineDate: addCalendarDays(today, -300), target: 90, targetDate: addCalendarDays(today, 60) });
      for (let p = 0; p < 40; p++) c.goalData.push({ pointId: `pt-${i}-${g}-${p}`, studentId, goalId, date: addCalendarDays(today, -300 + p * 7), value: 40 + p + rand(8) });
    }
    for (let a = 0; a < 3; a++) {
      const accommodationId = `acc-${i}-${a}`;
      c.accommodations.push({ accommodationId, studentId, accommodation: 'Extended time on tests', appliesTo: 'Math; Science' });
      for (let k = 0; k < 10; k++) c.checks.push({ checkId: `chk-${i}-${a}-${k}`, studentId, accommodationId, date: addCalendarDays(today, -k * 7), classOrSetting: 'Math', result: rand(8) ? 'implemented' : 'not-implemented' });
    }
    for (let k = 0; k < 4; k++) c.contacts.push({ contactId: `con-${i}-${k}`, studentId, date: addCalendarDays(today, -k * 30), method: 'phone', result: 'reached', summary: 'Progress update.' });
  }
  return c;
}
