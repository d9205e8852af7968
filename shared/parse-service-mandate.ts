import { fail, ok, type Result } from './result.ts';
import type { ServicePeriod } from './service-record.ts';

/**
 * A service's frequency and duration, read from the way an IEP prints it: `minutesPerSession` ×
 * `sessions` per `per` = `totalMinutes` per period, and whether it is direct service or consultation
 * when the text says so.
 */
export interface ServiceMandate {
  minutesPerSession: number;
  sessions: number;
  per: ServicePeriod;
  totalMinutes: number;
  delivery?: 'direct' | 'consult';
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  once: 1, twice: 2, thrice: 3,
};
const WORD = 'one|two|three|four|five|six|seven|eight|nine|ten';
const NUM = `\\d+(?:\\.\\d+)?`;
const UNIT = `minutes?|mins?\\.?|mn|hours?|hrs?\\.?|h|m`;

/** Periods the product cannot count honestly: the teacher is asked to restate them. */
const UNSUPPORTED: readonly [RegExp, string][] = [
  [/\bsemesters?\b|\bper\s+sem\b/, 'a semester usually holds two grading periods, so Casekeeper cannot tell which to count against; write it per grading period or per year'],
  [/\bevery\s+(?:other|2|two|second)\s+weeks?\b|\bbi-?weekly\b|\bfortnight(?:ly)?\b/, 'every other week is not a whole number of sessions per week or month; write it per month (for example 2x/month)'],
  [/\bevery\s+(?:\d+|two|three|four|six|nine)\s+(?:weeks|months|days)\b|\bper\s+\d+\s+(?:weeks|days)\b/, 'a period of several weeks, days or months is not one Casekeeper counts; write it per week, month, grading period or year'],
  [/\bas\s+needed\b|\bprn\b/, 'there is no fixed amount to count'],
];

const PERIODS: readonly [ServicePeriod, RegExp][] = [
  ['day', /\bdaily\b|\b(?:per|a|an|each|every)\s+(?:school\s+)?day\b|\/\s*(?:school\s+)?d(?:ay)?\b|\bday\b/g],
  ['week', /\bweekly\b|\bwkly\b|\b(?:per|a|each|every)\s+(?:school\s+)?(?:week|wk)\b|\/\s*(?:week|wk|w)\b|\bweek\b|\bwk\b/g],
  ['month', /\bmonthly\b|\bmthly\b|\b(?:per|a|each|every)\s+(?:month|mo|mth)\b|\/\s*(?:month|mo|mth)\b|\bmonth\b/g],
  [
    'grading-period',
    /\b(?:grading|marking|reporting)\s+period\b|\b(?:per|a|each|every)\s+(?:gp|mp)\b|\bquarterly\b|\b(?:per|a|each|every)\s+(?:quarter|trimester|term)\b|\bquarter\b|\btrimester\b/g,
  ],
  ['year', /\bannual(?:ly)?\b|\byearly\b|\b(?:per|a|each|every)\s+(?:school\s+)?(?:year|yr)\b|\/\s*(?:year|yr|y)\b|\byear\b|\byr\b/g],
];

function unitMinutes(unit: string): number {
  return unit.startsWith('h') ? 60 : 1;
}

function toNumber(text: string): number {
  return NUMBER_WORDS[text] ?? Number(text);
}

/**
 * Reads a service mandate the way IEP systems print it (`45 min x 1 sessions = 45 min Weekly`,
 * `30 min 2x/week`, `1.5 hours per week`, `Resource Room 5x/week 42 min`, `15 minutes per month consult`,
 * `450 min per grading period`, `daily 30 min` …). Text it cannot read for certain gets a reason, never a
 * guess: `empty`, `no-minutes`, `no-period`, `several-amounts`, `several-periods`, `several-frequencies`,
 * `range`, `unsupported-period`, `inconsistent-total`, `unclear-number`, `zero-minutes`, `bad-sessions`.
 *
 * A quarter, trimester or marking period is read as the district's grading period (set in the settings);
 * "indirect" is read as consultation.
 *
 * @example parseServiceMandate('30 min 2x/week') // { ok: true, value: { minutesPerSession: 30, sessions: 2, per: 'week', totalMinutes: 60 } }
 */
export function parseServiceMandate(text: string): Result<ServiceMandate> {
  const original = text.trim();
  if (!original) return fail('empty', 'The service frequency is empty.');
  const quoted = `"${original.length > 80 ? `${original.slice(0, 77)}…` : original}"`;
  let s = ` ${original.toLowerCase().replace(/[×*]/g, ' x ').replace(/[,;:()[\]]/g, ' ').replace(/\s+/g, ' ')} `;

  let delivery: ServiceMandate['delivery'];
  if (/\b(?:consult(?:ation|ative|ing)?|indirect)\b/.test(s)) delivery = 'consult';
  else if (/\bdirect\b/.test(s)) delivery = 'direct';
  s = s.replace(/\b(?:consult(?:ation|ative|ing)?|indirect|direct)\b/g, ' ');

  for (const [pattern, why] of UNSUPPORTED) {
    if (pattern.test(s)) return fail('unsupported-period', `${quoted}: ${why}.`);
  }
  // "for 6 weeks" is how long the service lasts (the start and end dates say that), not how often.
  s = s.replace(new RegExp(`\\bfor\\s+(?:the\\s+)?(?:\\d+|${WORD}|a|an)\\s+(?:weeks|months|days|years)\\b`, 'g'), ' ');

  // Minutes: ranges first, then amounts (1 hr 30 min is one amount), marking totals.
  if (new RegExp(`\\b${NUM}\\s*(?:-|–|to)\\s*${NUM}\\s*(?:${UNIT})\\b`).test(s)) {
    return fail('range', `${quoted} gives a range of minutes; write the amount the IEP commits to.`);
  }
  s = s.replace(/\bhalf\s+(?:an\s+)?hour\b/g, ' 30 min ').replace(/\b(?:an|one)\s+hour\b/g, ' 60 min ');
  s = s.replace(new RegExp(`\\b(${NUM})\\s*(?:hours?|hrs?\\.?|h)\\s*(?:and\\s+)?(${NUM})\\s*(?:minutes?|mins?\\.?|m)\\b`, 'g'), (_m, h: string, m: string) => ` ${Number(h) * 60 + Number(m)} min `);
  const amounts: { minutes: number; total: boolean }[] = [];
  s = s.replace(new RegExp(`(=\\s*|\\btotal(?:ing|s)?\\s*(?:of\\s*)?)?(?<![\\d.])(${NUM})\\s*(${UNIT})(?![a-z])(\\s*total\\b)?`, 'g'), (_m, before: string | undefined, n: string, unit: string, after: string | undefined) => {
    amounts.push({ minutes: Number(n) * unitMinutes(unit), total: Boolean(before || after) });
    return ' § ';
  });
  s = s.replace(/=/g, ' ');

  // "3 days per week" is three sessions a week.
  s = s.replace(new RegExp(`\\b(\\d+|${WORD})\\s+days?\\s+(?=(?:per|a|an|each|every|/)\\s*(?:week|wk|month|mo|mth)\\b)`, 'g'), (_m, n: string) => ` ${n}x `);

  // Period: exactly one kind.
  const periods = new Set<ServicePeriod>();
  for (const [period, pattern] of PERIODS) {
    s = s.replace(pattern, () => {
      periods.add(period);
      return ' ¶ ';
    });
  }

  // Sessions: 2x, x 2, 2 times, 2 sessions, twice, 5 days a week, 2 per week.
  if (new RegExp(`\\b\\d+\\s*(?:-|–|to)\\s*\\d+\\s*(?:x(?![a-z])|times\\b|sessions?\\b|visits?\\b|days\\b|per\\b|a\\b|/)`).test(s)) {
    return fail('range', `${quoted} gives a range of sessions; write the number the IEP commits to.`);
  }
  const counts: number[] = [];
  const sessionPattern = new RegExp(
    `\\bx\\s*(${NUM})(?:\\s*(?:sessions?|times?|visits?))?\\b|\\b(${NUM}|${WORD})\\s*(?:x(?![a-z])|times?\\b|sessions?\\b|visits?\\b|days\\b|periods?\\b|classes\\b)|\\b(once|twice|thrice)\\b|\\b(${NUM})\\s*(?=(?:per\\s*|/\\s*|a\\s+|an\\s+|each\\s+|every\\s+)?¶)`,
    'g',
  );
  s = s.replace(sessionPattern, (_m, a?: string, b?: string, c?: string, d?: string) => {
    counts.push(toNumber((a ?? b ?? c ?? d) as string));
    return ' ';
  });
  s = s.replace(/\b(?:per|a|an|each|every)\s+(?:session|visit|time)\b/g, ' ');

  const stray = /\d+(?:\.\d+)?/.exec(s);
  if (stray) return fail('unclear-number', `${quoted} has a number (${stray[0]}) that is neither minutes nor a number of sessions; check the text.`);

  const perSession = amounts.filter((a) => !a.total);
  const totals = amounts.filter((a) => a.total);
  if (amounts.length === 0) return fail('no-minutes', `No minutes found in ${quoted}: write it like "30 min 2x/week".`);
  if (perSession.length > 1 || totals.length > 1) {
    return fail('several-amounts', `${quoted} has more than one amount of time; enter each service on its own line.`);
  }
  if (periods.size === 0) return fail('no-period', `No period found in ${quoted}: say per day, week, month, grading period or year.`);
  if (periods.size > 1) return fail('several-periods', `${quoted} names more than one period (${[...periods].join(', ')}); enter each service on its own line.`);
  const distinct = [...new Set(counts)];
  if (distinct.length > 1) return fail('several-frequencies', `${quoted} gives more than one number of sessions (${distinct.join(', ')}).`);
  const sessions = distinct[0] ?? 1;
  if (!Number.isInteger(sessions) || sessions < 1) return fail('bad-sessions', `${quoted}: the number of sessions must be a whole number, not ${sessions}.`);

  const total = totals[0]?.minutes;
  const minutesPerSession = perSession[0]?.minutes ?? (total as number) / sessions;
  if (!(minutesPerSession > 0)) return fail('zero-minutes', `${quoted} gives no time (0 minutes).`);
  const totalMinutes = minutesPerSession * sessions;
  if (total !== undefined && Math.abs(total - totalMinutes) > 1e-9) {
    return fail('inconsistent-total', `${quoted} does not add up: ${minutesPerSession} min × ${sessions} is ${totalMinutes} min, not ${total}.`);
  }
  const per = [...periods][0] as ServicePeriod;
  return ok({ minutesPerSession, sessions, per, totalMinutes, ...(delivery ? { delivery } : {}) });
}
