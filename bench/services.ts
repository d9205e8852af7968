/** Service minutes on a big caseload: compliance for 2,000 students with a school year of logged sessions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  caseloadOf,
  computeServiceCompliance,
  fromDayNumber,
  type IsoDate,
  parseSchoolCalendar,
  type ServiceRecord,
  type SessionOutcome,
  type SessionRecord,
  Settings,
  summariseServices,
  toDayNumber,
  weekdayOf,
} from '../shared/index.ts';
import { report, timeIt } from './lib/measure.ts';

const MANDATES = ['30 min 2x/week', '45 min x 1 sessions = 45 min Weekly', '120 min/month', 'daily 20 min', '450 min per grading period', 'Resource Room 5x/week 42 min'];
const OUTCOMES: SessionOutcome[] = ['delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'delivered', 'makeup', 'student-absent', 'provider-absent', 'school-closed'];

function syntheticCaseload(students: number, first: IsoDate, last: IsoDate) {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const services: ServiceRecord[] = [];
  const sessions: SessionRecord[] = [];
  const a = toDayNumber(first);
  const b = toDayNumber(last);
  for (let i = 0; i < students; i++) {
    const studentId = `B${100000 + i}`;
    for (let k = 0; k < 3; k++) {
      const serviceId = `${studentId}-V${k}`;
      services.push({ serviceId, studentId, service: `Service ${k}`, provider: `Provider ${rand(40)}`, mandate: MANDATES[rand(MANDATES.length)] as string, startDate: fromDayNumber(a + rand(30)) });
      // About 66 sessions a year per service: 2,000 × 3 × 66 ≈ 400,000 rows.
      for (let day = a; day <= b; day++) {
        const wd = weekdayOf(day);
        if (wd === 0 || wd === 6 || rand(100) >= 34) continue;
        sessions.push({ sessionId: `${serviceId}-${day}`, studentId, serviceId, date: fromDayNumber(day), minutes: 15 + rand(4) * 10, outcome: OUTCOMES[rand(OUTCOMES.length)] as SessionOutcome });
      }
    }
  }
  return caseloadOf({ students: Array.from({ length: students }, (_, i) => ({ studentId: `B${100000 + i}` })), services, sessions });
}

export async function run(): Promise<void> {
  const calendar = parseSchoolCalendar(readFileSync(join(import.meta.dirname, '..', 'examples', 'school-calendar.json'), 'utf8'));
  if (!calendar.ok) throw new Error(calendar.error.message);
  const year = calendar.value.schoolYears[0] as { firstDay: IsoDate; lastDay: IsoDate };
  const settings = Settings.parse({
    calendar: calendar.value,
    gradingPeriods: [
      { name: 'Semester 1', from: year.firstDay, to: fromDayNumber(toDayNumber(year.firstDay) + 140) },
      { name: 'Semester 2', from: fromDayNumber(toDayNumber(year.firstDay) + 141), to: year.lastDay },
    ],
  });
  const caseload = syntheticCaseload(2_000, year.firstDay, year.lastDay);
  const today = year.lastDay;
  let behind = 0;
  const t = timeIt(() => {
    const rows = computeServiceCompliance(caseload, { settings, today });
    behind = rows.filter((r) => r.status === 'behind').length;
  }, { runs: 5, warmup: 1 });
  report(`service compliance, 2,000 students × 3 services, ${caseload.sessions.length.toLocaleString('en-US')} sessions over a school year (${behind} behind), median CPU time of 5`, t.median, 'ms', 1000);
  report('  (same, median wall-clock time)', t.wall, 'ms');
  const rows = computeServiceCompliance(caseload, { settings, today });
  const s = timeIt(() => summariseServices(caseload, rows, { today }), { runs: 5, warmup: 1 });
  report('  summary per student and provider on top of it', s.median, 'ms');
}
