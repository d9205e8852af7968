import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseServiceMandate, type ServiceMandate } from './parse-service-mandate.ts';
import type { ServicePeriod } from './service-record.ts';

type Row = [text: string, minutesPerSession: number, sessions: number, per: ServicePeriod, delivery?: 'direct' | 'consult'];

/** Spellings seen in IEP systems and district logs, with the numbers a case manager reads from them. */
const READABLE: Row[] = [
  ['45 min x 1 sessions = 45 min Weekly', 45, 1, 'week'],
  ['30 min x 2 sessions = 60 min Weekly', 30, 2, 'week'],
  ['60 min x 4 sessions = 240 min Monthly', 60, 4, 'month'],
  ['30 min 2x/week', 30, 2, 'week'],
  ['30 minutes, 2 times per week', 30, 2, 'week'],
  ['120 min/month', 120, 1, 'month'],
  ['60 min per week', 60, 1, 'week'],
  ['Resource Room 5x/week 42 min', 42, 5, 'week'],
  ['1 hr weekly', 60, 1, 'week'],
  ['1.5 hours per week', 90, 1, 'week'],
  ['2 x 30 min weekly', 30, 2, 'week'],
  ['15 minutes per month consult', 15, 1, 'month', 'consult'],
  ['450 min per grading period', 450, 1, 'grading-period'],
  ['daily 30 min', 30, 1, 'day'],
  ['30 min daily', 30, 1, 'day'],
  ['2x30 min/wk', 30, 2, 'week'],
  ['60 minutes weekly', 60, 1, 'week'],
  ['3 hrs/wk', 180, 1, 'week'],
  ['3 hours per week', 180, 1, 'week'],
  ['20 min 3x/wk', 20, 3, 'week'],
  ['25 minutes 4 times weekly', 25, 4, 'week'],
  ['40 min per wk', 40, 1, 'week'],
  ['90 min/mo', 90, 1, 'month'],
  ['30 minutes each month', 30, 1, 'month'],
  ['120 minutes annually', 120, 1, 'year'],
  ['60 min per year', 60, 1, 'year'],
  ['45 min per quarter', 45, 1, 'grading-period'],
  ['45 min per session, 8 sessions per grading period', 45, 8, 'grading-period'],
  ['200 minutes per marking period', 200, 1, 'grading-period'],
  ['30 min twice a week', 30, 2, 'week'],
  ['Twice weekly for 30 minutes', 30, 2, 'week'],
  ['Once a month, 1 hour, consultation', 60, 1, 'month', 'consult'],
  ['Speech: 20 min 2x per week, direct', 20, 2, 'week', 'direct'],
  ['30 minutes 5 days a week', 30, 5, 'week'],
  ['3 days per week 40 min', 40, 3, 'week'],
  ['15 min x 2 daily', 15, 2, 'day'],
  ['1 hr 30 min weekly', 90, 1, 'week'],
  ['half an hour weekly', 30, 1, 'week'],
  ['an hour a week', 60, 1, 'week'],
  ['30 MIN 2X/WK', 30, 2, 'week'],
  ['2 sessions per week, 90 min total', 45, 2, 'week'],
  ['OT 30 min 1x/wk indirect', 30, 1, 'week', 'consult'],
  ['30 min weekly for 6 weeks', 30, 1, 'week'],
  ['20 min/day', 20, 1, 'day'],
  ['30 min three times per week', 30, 3, 'week'],
  ['45 minutes × 2 per week', 45, 2, 'week'],
  ['180 min yearly', 180, 1, 'year'],
  ['60 min per trimester', 60, 1, 'grading-period'],
  ['Counseling: 30 minutes 1 time weekly', 30, 1, 'week'],
  ['30 min/session 2 sessions/week', 30, 2, 'week'],
  ['Consultation 1 x per month 30 minutes', 30, 1, 'month', 'consult'],
];

/** Text that cannot be read for certain, and the reason code each gets. */
const UNREADABLE: [text: string, code: string][] = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['weekly', 'no-minutes'],
  ['2x/week', 'no-minutes'],
  ['as needed', 'unsupported-period'],
  ['30 min', 'no-period'],
  ['30 min per session', 'no-period'],
  ['20-30 min weekly', 'range'],
  ['30 min 2-3x/week', 'range'],
  ['30 min per semester', 'unsupported-period'],
  ['30 min every other week', 'unsupported-period'],
  ['60 min biweekly', 'unsupported-period'],
  ['30 min weekly, 60 min monthly', 'several-amounts'],
  ['30 min weekly and monthly', 'several-periods'],
  ['45 min x 2 sessions = 60 min Weekly', 'inconsistent-total'],
  ['0 min weekly', 'zero-minutes'],
  ['Room 204 30 min weekly', 'unclear-number'],
  ['30 min 2x weekly 3 sessions', 'several-frequencies'],
  ['30 min 1.5x/week', 'bad-sessions'],
  ['30 mins per day x 5 days per week', 'several-periods'],
];

describe('parseServiceMandate', () => {
  it.each(READABLE)('reads %j', (text, minutesPerSession, sessions, per, delivery) => {
    const expected: ServiceMandate = { minutesPerSession, sessions, per, totalMinutes: minutesPerSession * sessions, ...(delivery ? { delivery } : {}) };
    expect(parseServiceMandate(text)).toEqual({ ok: true, value: expected });
  });

  it.each(UNREADABLE)('gives a reason for %j', (text, code) => {
    const result = parseServiceMandate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('covers at least 40 spellings', () => {
    expect(READABLE.length + UNREADABLE.length).toBeGreaterThanOrEqual(40);
  });

  it('quotes the text it could not read', () => {
    const result = parseServiceMandate('30 min');
    expect(!result.ok && result.error.message).toContain('"30 min"');
  });

  const PERIOD_WORDS: Record<ServicePeriod, string[]> = {
    day: ['daily', 'per day', '/day', 'each day', 'a day'],
    week: ['weekly', 'per week', '/wk', 'per wk', 'a week', 'each week', '/week'],
    month: ['monthly', 'per month', '/mo', 'each month', 'a month'],
    'grading-period': ['per grading period', 'per marking period', 'per quarter', 'quarterly'],
    year: ['annually', 'per year', 'yearly', '/yr'],
  };
  const period = fc.constantFrom<ServicePeriod>('day', 'week', 'month', 'grading-period', 'year');
  const spelling = fc.record({
    minutes: fc.integer({ min: 1, max: 600 }),
    sessions: fc.integer({ min: 1, max: 10 }),
    per: period,
    pick: fc.nat(),
    form: fc.integer({ min: 0, max: 7 }),
    upper: fc.boolean(),
  });

  it('reads generated spellings back to their numbers', () => {
    fc.assert(
      fc.property(spelling, ({ minutes, sessions, per, pick, form, upper }) => {
        const words = PERIOD_WORDS[per];
        const p = words[pick % words.length] as string;
        const mins = minutes % 60 === 0 && form % 2 === 0 ? `${minutes / 60} ${minutes === 60 ? 'hour' : 'hours'}` : `${minutes} min`;
        const texts = [
          `${mins} ${sessions}x ${p}`,
          `${mins}, ${sessions} times ${p}`,
          `${sessions} x ${mins} ${p}`,
          `${mins} x ${sessions} sessions = ${minutes * sessions} min ${p}`,
          `${p} ${mins} ${sessions}x`,
          `${sessions} sessions ${p}, ${mins} per session`,
          `${sessions}x${minutes} minutes ${p}`,
          `${minutes} minutes x ${sessions} ${p}`,
        ];
        let text = texts[form] as string;
        if (upper) text = text.toUpperCase();
        const result = parseServiceMandate(text);
        expect(result).toEqual({ ok: true, value: { minutesPerSession: minutes, sessions, per, totalMinutes: minutes * sessions } });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and never reads numbers that are not in the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const result = parseServiceMandate(text);
        if (result.ok) {
          expect(result.value.totalMinutes).toBeGreaterThan(0);
          expect(/\d|hour|once|twice|thrice/i.test(text)).toBe(true);
        }
      }),
    );
  });
});
