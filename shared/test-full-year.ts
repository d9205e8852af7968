/**
 * Test and benchmark fixture (not used by the product): a synthetic caseload in which every student has a
 * full year of records since the last IEP: services with sessions twice a week, goals with weekly data,
 * accommodations checked weekly in each class, and a monthly parent contact with some concerns. Names
 * are invented; `hostile` gives the first student markup in every free-text field, to test escaping.
 */
import { addCalendarDays } from './add-calendar-days.ts';
import { caseloadOf, type Caseload } from './caseload.ts';
import { weekdayOf, toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';

export const HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
const CLASSES = ['Math', 'Science', 'English', 'Social Studies'];
const FIRST = ['Avery', 'Jordan', 'Mateo', 'Priya', 'Liam', 'Sofia', 'Noah', 'Amara', 'Ethan', 'Zoe'];
const LAST = ['Alder', 'Brook', 'Castell', 'Dunmore', 'Ellery', 'Fairlane', 'Grove', 'Hollis', 'Ingram', 'Juniper'];

/**
 * `count` students, each with a year of data ending at `today`; their last IEP meeting was 350 days ago and the next is in 14 days.
 *
 * @example fullYearCaseload(1, { today: '2026-11-23' }).goals.length // 2 (each with a point a week)
 */
export function fullYearCaseload(count: number, options: { today: IsoDate; hostile?: boolean }): Caseload {
  const { today } = options;
  const start = addCalendarDays(today, -364);
  const weeks: IsoDate[] = [];
  for (let day = start; day <= today; day = addCalendarDays(day, 7)) weeks.push(addCalendarDays(day, (8 - weekdayOf(toDayNumber(day))) % 7));
  const c = caseloadOf();
  let n = 0;
  const id = (prefix: string) => `${prefix}-${++n}`;
  for (let i = 0; i < count; i++) {
    const studentId = `Y${1000 + i}`;
    const bad = options.hostile && i === 0;
    c.students.push({
      studentId,
      firstName: bad ? HOSTILE : (FIRST[i % FIRST.length] as string),
      lastName: bad ? HOSTILE : (LAST[(i * 3) % LAST.length] as string),
      dateOfBirth: addCalendarDays(today, -365 * (8 + (i % 8)) - i),
      grade: String(2 + (i % 8)),
      school: bad ? HOSTILE : 'Synthetic Middle School',
      caseManager: bad ? HOSTILE : 'j.lee@example.org',
      lastIepDate: addCalendarDays(today, -350),
      lastEvaluationDate: addCalendarDays(start, -400),
      nextIepMeetingDate: addCalendarDays(today, 14),
    });
    const speech = id('svc');
    const reading = id('svc');
    c.services.push(
      { serviceId: speech, studentId, service: bad ? HOSTILE : 'Speech-language therapy', provider: 'Speech-language pathologist', setting: 'Speech room', mandate: '30 min 2x/week', minutes: 30, sessions: 2, per: 'week', startDate: start },
      { serviceId: reading, studentId, service: 'Specialized reading instruction', provider: 'Special education teacher', setting: 'Resource room', mandate: '45 min 3x/week', minutes: 45, sessions: 3, per: 'week', startDate: start },
    );
    const goals = [
      { goalId: id('goal'), area: 'Reading fluency', unit: 'words correct per minute', baseline: 40, target: 90, direction: 'increase' as const },
      { goalId: id('goal'), area: 'Behaviour', unit: 'outbursts per day', baseline: 6, target: 1, direction: 'decrease' as const },
    ];
    for (const g of goals) {
      c.goals.push({ ...g, studentId, goal: bad ? HOSTILE : `Will reach ${g.target} ${g.unit}.`, measure: 'count', baselineDate: start, targetDate: addCalendarDays(start, 365) });
    }
    const accs = [
      { accommodationId: id('acc'), accommodation: bad ? HOSTILE : 'Extended time 1.5x on tests', appliesTo: 'Math; Science' },
      { accommodationId: id('acc'), accommodation: 'Preferential seating', appliesTo: 'All classes' },
      { accommodationId: id('acc'), accommodation: 'Directions read aloud', appliesTo: 'English; Social Studies' },
    ];
    for (const a of accs) c.accommodations.push({ ...a, studentId });
    weeks.forEach((week, w) => {
      c.sessions.push(
        { sessionId: id('ses'), studentId, serviceId: speech, date: week, minutes: 30, outcome: w % 9 === 4 ? 'student-absent' : 'delivered' },
        { sessionId: id('ses'), studentId, serviceId: speech, date: addCalendarDays(week, 2), minutes: 30, outcome: 'delivered' },
        { sessionId: id('ses'), studentId, serviceId: reading, date: addCalendarDays(week, 1), minutes: 45, outcome: w % 7 === 3 ? 'provider-absent' : 'delivered' },
      );
      const [fluency, behaviour] = goals as [(typeof goals)[0], (typeof goals)[0]];
      c.goalData.push(
        { pointId: id('pt'), studentId, goalId: fluency.goalId, date: addCalendarDays(week, 3), value: Math.round(40 + w * 0.8 + ((w * 7 + i) % 5)), ...(bad && w === 3 ? { note: HOSTILE } : {}) },
        { pointId: id('pt'), studentId, goalId: behaviour.goalId, date: addCalendarDays(week, 3), value: Math.max(0, 6 - Math.floor(w / 10) + ((w + i) % 2)) },
      );
      accs.forEach((a, k) => {
        const cls = CLASSES[(w + k) % CLASSES.length] as string;
        const result = (w + k + i) % 6 === 0 ? 'not-implemented' : (w + k) % 11 === 0 ? 'not-applicable' : 'implemented';
        c.checks.push({ checkId: id('chk'), studentId, accommodationId: a.accommodationId, date: addCalendarDays(week, 4), classOrSetting: cls, result, checkedBy: bad ? HOSTILE : `Teacher of ${cls}`, ...(result === 'not-implemented' ? { note: bad ? HOSTILE : 'Sub did not have the plan' } : {}) });
      });
      if (w % 4 === 0) {
        const concern = w % 12 === 0;
        const open = concern && w > weeks.length - 8;
        c.contacts.push({
          contactId: id('con'),
          studentId,
          date: week,
          time: '15:30',
          with: 'Parent',
          method: w % 8 === 0 ? 'phone' : 'email',
          topic: bad ? HOSTILE : concern ? 'Homework load' : 'Progress update',
          summary: bad ? HOSTILE : concern ? 'Parent worried about homework time.' : 'Shared progress.',
          concern,
          result: w % 8 === 0 ? 'left-message' : 'reached',
          ...(concern && !open ? { followUpDue: addCalendarDays(week, 7), followUpDone: addCalendarDays(week, 5) } : {}),
          ...(open ? { followUpDue: addCalendarDays(today, 3) } : {}),
        });
      }
    });
  }
  const past = <T extends { date: IsoDate }>(rows: T[]) => rows.filter((r) => r.date <= today);
  return { ...c, sessions: past(c.sessions), goalData: past(c.goalData), checks: past(c.checks), contacts: past(c.contacts) };
}

/**
 * What would make a printable page run or load something: a script, an event handler attribute, a link,
 * an image, an outside URL, a frame. Empty when the page is self-contained. (Text is escaped, so any `<`
 * left in the page starts real markup.)
 *
 * @example selfContainedProblems('<p>ok</p>') // []
 */
export function selfContainedProblems(html: string): string[] {
  const checks: [RegExp, string][] = [
    [/<script/i, 'a script'],
    [/<[a-z][^>]*\son[a-z]+\s*=/i, 'an event handler'],
    [/<link\b/i, 'a link element'],
    [/<img\b/i, 'an image element'],
    [/https?:\/\//i, 'a web address'],
    [/url\(/i, 'a CSS url()'],
    [/<(iframe|object|embed|base|form)\b/i, 'a frame, object, base or form'],
  ];
  return checks.filter(([re]) => re.test(html)).map(([, what]) => what);
}
