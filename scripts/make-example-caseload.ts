/**
 * Writes the synthetic example caseload's other tables (services, a year of sessions, goals and their data,
 * accommodations and checks, parent contacts) beside `examples/caseload/students.csv`. Invented students
 * only; deterministic (a seeded generator), so running it again gives the same files. A few bad cells are
 * planted on purpose, as real exports have them.
 *
 *   node --import tsx scripts/make-example-caseload.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addCalendarDays,
  CASELOAD_TABLES,
  type IsoDate,
  isSchoolDay,
  parseSchoolCalendar,
  readCaseloadFiles,
  writeTableCsv,
} from '../shared/index.ts';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'examples', 'caseload');
const TODAY = '2026-11-23' as IsoDate;
const FROM = '2025-11-24' as IsoDate;

const calendar = parseSchoolCalendar(readFileSync(join(ROOT, 'examples', 'school-calendar.json'), 'utf8'));
if (!calendar.ok) throw new Error(calendar.error.message);
const students = readCaseloadFiles({ 'students.csv': readFileSync(join(DIR, 'students.csv'), 'utf8') }).caseload.students;

let seed = 20261123;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(5, '0')}`;

const SERVICES = [
  { service: 'Specialized academic instruction', provider: 'Resource teacher', setting: 'Resource room', mandate: '45 min x 3 sessions = 135 min Weekly', minutes: 45, perWeek: 3 },
  { service: 'Speech-language therapy', provider: 'Speech-language pathologist', setting: 'Speech room', mandate: '30 min 2x/week', minutes: 30, perWeek: 2 },
  { service: 'Occupational therapy', provider: 'Occupational therapist', setting: 'OT room', mandate: '30 minutes, 1 times per week', minutes: 30, perWeek: 1 },
  { service: 'Counseling', provider: 'School psychologist', setting: 'Counseling office', mandate: '120 min/month', minutes: 30, perWeek: 1 },
  { service: 'Consultation', provider: 'Resource teacher', setting: 'General education class', mandate: '15 minutes per month consult', minutes: 15, perWeek: 0.25 },
];
const GOALS = [
  { area: 'Reading fluency', goal: 'will read a grade-level passage aloud at 90 words correct per minute', measure: 'rate', unit: 'words correct per minute', baseline: 42, target: 90 },
  { area: 'Math calculation', goal: 'will solve two-digit addition and subtraction problems with 80% accuracy', measure: 'percent', unit: '% correct', baseline: 35, target: 80 },
  { area: 'Behaviour', goal: 'will reduce outbursts in class to no more than 1 per day', measure: 'count', unit: 'outbursts per day', baseline: 6, target: 1, direction: 'decrease' },
  { area: 'Articulation', goal: 'will produce /r/ in words with 85% accuracy', measure: 'percent', unit: '% correct', baseline: 20, target: 85 },
  { area: 'Written expression', goal: 'will write a five-sentence paragraph scoring 3 on the district rubric', measure: 'rubric', unit: 'rubric level', baseline: 1, target: 3 },
] as const;
const ACCOMMODATIONS = [
  ['Extended time (1.5x) on tests and assignments', 'Testing', 'Math; Science; English'],
  ['Preferential seating near instruction', 'Environment', 'All classes'],
  ['Directions read aloud and repeated', 'Instruction', 'Math; Science'],
  ['Breaks when requested', 'Behaviour', 'All classes'],
  ['Copy of class notes', 'Instruction', 'English; Social Studies'],
] as const;
const CLASSES = ['Math', 'Science', 'English', 'Social Studies'];
const TEACHERS = ['Ms. Grant', 'Mr. Yoon', 'Ms. Alvarez', 'Mr. Okoro'];

const schoolDays: IsoDate[] = [];
for (let d = FROM; d <= TODAY; d = addCalendarDays(d, 1)) if (isSchoolDay(calendar.value, d)) schoolDays.push(d);

const services: Record<string, unknown>[] = [];
const sessions: Record<string, unknown>[] = [];
const goals: Record<string, unknown>[] = [];
const goalData: Record<string, unknown>[] = [];
const accommodations: Record<string, unknown>[] = [];
const checks: Record<string, unknown>[] = [];
const contacts: Record<string, unknown>[] = [];
let n = 0;

students.forEach((student, index) => {
  const sid = student.studentId;
  // Students still being evaluated have no IEP yet, so nothing to serve or measure.
  if (!student.lastIepDate && !student.eligibilityDate) return;
  const behind = index % 7 === 3; // some students' services fall behind
  const serviceCount = 1 + (index % 3);
  for (let k = 0; k < serviceCount; k++) {
    const s = SERVICES[(index + k * 2) % SERVICES.length] as (typeof SERVICES)[number];
    const serviceId = id('svc', ++n);
    const start = index % 11 === 5 ? ('2026-11-09' as IsoDate) : FROM;
    services.push({ studentId: sid, serviceId, service: s.service, provider: s.provider, setting: s.setting, delivery: s.service === 'Consultation' ? 'consult' : 'direct', grouping: k === 0 ? 'group' : 'individual', mandate: s.mandate, startDate: start });
    if (index % 11 === 5 && k === 0) continue; // a service that should have started and has no session yet
    const every = s.perWeek >= 1 ? Math.max(1, Math.round(5 / s.perWeek)) : 20;
    schoolDays.forEach((day, i) => {
      if (day < start || (i + index + k) % every !== 0) return;
      const roll = random();
      const outcome = behind && roll < 0.25 ? 'provider-absent' : roll < 0.05 ? 'student-absent' : roll < 0.07 ? 'student-unavailable' : roll < 0.09 ? 'provider-absent' : 'delivered';
      sessions.push({ sessionId: id('ses', ++n), studentId: sid, serviceId, date: day, minutes: s.minutes, outcome, groupSize: k === 0 ? 3 : 1, loggedBy: s.provider });
      if (outcome === 'provider-absent' && !behind && random() < 0.6) {
        const later = schoolDays[i + 2];
        if (later && later <= TODAY) sessions.push({ sessionId: id('ses', ++n), studentId: sid, serviceId, date: later, minutes: s.minutes, outcome: 'makeup', groupSize: 1, loggedBy: s.provider });
      }
    });
  }
  for (let k = 0; k < 1 + (index % 2); k++) {
    const g = GOALS[(index + k) % GOALS.length] as (typeof GOALS)[number];
    const goalId = id('goal', ++n);
    const direction = 'direction' in g ? g.direction : 'increase';
    goals.push({ studentId: sid, goalId, area: g.area, goal: `${student.firstName ?? 'The student'} ${g.goal}.`, measure: g.measure, unit: g.unit, baseline: g.baseline, baselineDate: '2025-12-01', target: g.target, targetDate: '2026-12-18', direction, rule: g.measure === 'count' ? 'three-point' : index % 3 === 0 ? 'trend' : undefined });
    const pace = [1.1, 0.55, 1.5][index % 3] as number; // on track, too slow, faster than planned
    const weeks = 36 + (index % 5);
    for (let w = 1; w <= weeks; w++) {
      const day = schoolDays.find((d) => d >= addCalendarDays('2025-12-01' as IsoDate, w * 7)) ?? TODAY;
      if (day > TODAY) break;
      const planned = g.baseline + ((g.target - g.baseline) * w) / 55;
      const value = Math.round((g.baseline + (planned - g.baseline) * pace + (random() - 0.5) * Math.abs(g.target - g.baseline) * 0.15) * 10) / 10;
      const row: Record<string, unknown> = { pointId: id('pt', ++n), studentId: sid, goalId, date: day, value: Math.max(0, g.measure === 'rubric' ? Math.round(value) : value) };
      if (w === 20 && pace < 1) row.phaseChange = true;
      goalData.push(row);
    }
  }
  for (let k = 0; k < 2 + (index % 3); k++) {
    const [text, category, appliesTo] = ACCOMMODATIONS[(index + k) % ACCOMMODATIONS.length] as (typeof ACCOMMODATIONS)[number];
    const accommodationId = id('acc', ++n);
    accommodations.push({ studentId: sid, accommodationId, accommodation: text, category, appliesTo });
    for (let w = 0; w < 12; w++) {
      const day = schoolDays[schoolDays.length - 1 - w * 5 - (index % 5)];
      if (!day) break;
      const cls = pick(CLASSES);
      const result = random() < (index % 6 === 1 ? 0.35 : 0.08) ? 'not-implemented' : 'implemented';
      checks.push({ checkId: id('chk', ++n), studentId: sid, accommodationId, date: day, classOrSetting: cls, result, checkedBy: TEACHERS[CLASSES.indexOf(cls)] });
    }
  }
  for (let k = 0; k < 2 + (index % 4); k++) {
    const day = schoolDays[schoolDays.length - 1 - ((index * 7 + k * 23) % 150)] as IsoDate;
    const concern = (index + k) % 5 === 0;
    const row: Record<string, unknown> = {
      contactId: id('con', ++n),
      studentId: sid,
      date: day,
      time: `${String(8 + ((index + k) % 8)).padStart(2, '0')}:${k % 2 ? '30' : '15'}`,
      with: pick(['Parent', 'Guardian', 'Grandparent']),
      method: pick(['phone', 'email', 'note-home', 'portal', 'meeting']),
      topic: concern ? pick(['Homework load', 'Bus behaviour', 'Reading progress']) : pick(['Progress update', 'Meeting scheduling', 'Positive call home']),
      summary: concern ? 'Parent raised a concern; promised a follow-up call.' : 'Shared progress; no concerns raised.',
      concern,
      result: pick(['reached', 'reached', 'left-message', 'no-answer']),
    };
    if (concern && k % 3 !== 2) row.followUpDue = addCalendarDays(day, 7);
    if (concern && k % 2 === 1 && row.followUpDue) row.followUpDone = addCalendarDays(day, 5);
    contacts.push(row);
  }
});

// Bad cells on purpose, as real exports have them: each must be reported, none may hide a student.
sessions.splice(3, 0, { sessionId: id('ses', ++n), studentId: services[0]?.studentId, serviceId: services[0]?.serviceId, date: '2026-10-05', minutes: 'thirty', outcome: 'delivered' });
goalData.push({ pointId: id('pt', ++n), studentId: goals[0]?.studentId, goalId: 'goal-99999', date: '2026-11-02', value: 12 });
contacts.push({ contactId: id('con', ++n), studentId: 'S1004', date: '13/45/2026', method: 'phone', result: 'reached', summary: 'Date typed wrong on purpose.' });
checks.push({ checkId: id('chk', ++n), studentId: accommodations[0]?.studentId, accommodationId: accommodations[0]?.accommodationId, date: '2026-11-20', result: 'maybe' });

const tables = { services, sessions, goals, goalData, accommodations, checks, contacts };
for (const spec of CASELOAD_TABLES) {
  if (spec.name === 'students') continue;
  // Written through the canonical writer (validated records, then the planted raw rows as they are).
  const rows = tables[spec.name as keyof typeof tables];
  const header = writeTableCsv(spec as never, []);
  const keys = spec.columns.map((c) => c.key as string);
  const body = rows.map((r) => writeTableCsv(spec as never, [r] as never).split('\n')[1] ?? keys.map(() => '').join(','));
  writeFileSync(join(DIR, spec.file), `${[header, ...body].join('\n')}\n`);
}
const check = readCaseloadFiles(Object.fromEntries(CASELOAD_TABLES.map((t) => [t.file, readFileSync(join(DIR, t.file), 'utf8')])));
console.log(`Wrote ${services.length} services, ${sessions.length} sessions, ${goals.length} goals, ${goalData.length} data points, ${accommodations.length} accommodations, ${checks.length} checks, ${contacts.length} contacts; ${check.problems.length} problems on purpose.`);
