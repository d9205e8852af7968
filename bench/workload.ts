/** Workload levelling: the forecast and its suggested moves for 60 and for 2,000 students. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addCalendarDays,
  caseloadOf,
  type Caseload,
  type IsoDate,
  levelWorkload,
  parseSchoolCalendar,
  Settings,
  workItems,
} from '../shared/index.ts';
import { report, timeIt } from './lib/measure.ts';

/** A synthetic caseload: 25 students per case manager, annual reviews spread over the year, goals, follow-ups and services starting today (nothing owed yet). */
function syntheticCaseload(count: number, today: IsoDate): Caseload {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const students = Array.from({ length: count }, (_, i) => ({
    studentId: `W${100000 + i}`,
    caseManager: `cm${Math.floor(i / 25)}@example.org`,
    lastIepDate: addCalendarDays(today, -rand(365)),
    lastEvaluationDate: addCalendarDays(today, -rand(1095)),
  }));
  return caseloadOf({
    students,
    goals: students.flatMap((s) => Array.from({ length: 1 + rand(4) }, (_, g) => ({ goalId: `${s.studentId}-g${g}`, studentId: s.studentId, goal: 'A goal' }))),
    contacts: students
      .filter(() => rand(3) === 0)
      .map((s) => ({ contactId: `${s.studentId}-c`, studentId: s.studentId, date: today, followUpDue: addCalendarDays(today, rand(40)) })),
    services: students.map((s) => ({ serviceId: `${s.studentId}-v`, studentId: s.studentId, service: 'Reading', minutes: 30, sessions: 1 + rand(4), per: 'week' as const, startDate: today })),
  });
}

export async function run(): Promise<void> {
  const calendar = parseSchoolCalendar(readFileSync(join(import.meta.dirname, '..', 'examples', 'school-calendar.json'), 'utf8'));
  if (!calendar.ok) throw new Error(calendar.error.message);
  const today = '2026-11-30' as IsoDate;
  const settings = Settings.parse({ calendar: calendar.value, state: 'NY', progressReportDates: ['2027-01-22', '2027-04-09'] });
  for (const [count, target] of [
    [60, 100],
    [2_000, 2_000],
  ] as const) {
    const caseload = syntheticCaseload(count, today);
    const { items } = workItems(caseload, { settings, today, until: addCalendarDays(today, 16 * 7) });
    // Capacity low enough that several weeks are over it: 6 h a week per case manager.
    const capacityHours = 6 * Math.ceil(count / 25);
    let moves = 0;
    let peaks = '';
    const t = timeIt(() => {
      const result = levelWorkload(items, { settings, today, capacityHours });
      moves = result.moves.length;
      peaks = `peak ${result.peakBefore} → ${result.peakAfter} h`;
    });
    report(`levelling ${count.toLocaleString('en-US')} students (${items.length} work items, ${moves} moves, ${peaks}), median CPU time of 9`, t.median, 'ms', target);
    report('  (same, median wall-clock time)', t.wall, 'ms');
  }
}
