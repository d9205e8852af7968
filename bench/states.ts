/** State timeline rules: one initial-evaluation due date per state, on the example school calendar. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addCalendarDays, computeDue, type IsoDate, listRulePacks, parseSchoolCalendar, Settings, type StudentRecord } from '../shared/index.ts';
import { report, timeIt } from './lib/measure.ts';

export async function run(): Promise<void> {
  const calendar = parseSchoolCalendar(readFileSync(join(import.meta.dirname, '..', 'examples', 'school-calendar.json'), 'utf8'));
  if (!calendar.ok) throw new Error(calendar.error.message);
  const first = calendar.value.schoolYears[0]?.firstDay as IsoDate;
  // 1,000 students whose consent (or referral) falls on each of the first 200 days of the calendar, with 0-4 absences.
  const students: StudentRecord[] = Array.from({ length: 1000 }, (_, i) => {
    const date = addCalendarDays(first, i % 200);
    return { studentId: `B${i}`, consentDate: date, referralDate: date, absences: i % 5 };
  });
  const packs = listRulePacks().filter((p) => p.code !== 'US');
  let slowest = { code: '', perDate: 0 };
  let answered = 0;
  let failures = 0;
  const totals: number[] = [];
  for (const pack of packs) {
    const settings = Settings.parse({ calendar: calendar.value, state: pack.code });
    const t = timeIt(() => {
      answered = 0;
      failures = 0;
      for (const student of students) {
        const due = computeDue('initial-evaluation', student, settings);
        if (due.ok) answered++;
        else failures++;
      }
    });
    const perDate = (t.median * 1000) / students.length;
    totals.push(perDate);
    if (perDate > slowest.perDate) slowest = { code: pack.code, perDate };
  }
  const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
  report(`initial-evaluation due date, mean over ${packs.length} states (1,000 consent dates each; last state: ${answered} answered, ${failures} past the calendar), median CPU time`, mean, 'µs', 100);
  report(`  slowest state (${slowest.code})`, slowest.perDate, 'µs', 200);
}
