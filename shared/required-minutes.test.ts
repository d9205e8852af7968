import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from './add-calendar-days.ts';
import { toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import { requiredMinutes } from './required-minutes.ts';
import { NO_CALENDAR_NOTE, schoolDayCounter } from './school-day-counter.ts';
import type { ServicePeriod } from './service-record.ts';
import { Settings } from './settings.ts';
import { d, DISTRICT_CALENDAR_JSON, isoDateBetween } from './test-fixtures.ts';

const Q1 = { name: 'Quarter 1', from: '2025-08-25', to: '2025-10-31' };
const Q2 = { name: 'Quarter 2', from: '2025-11-03', to: '2026-01-16' };
const settings = Settings.parse({ calendar: DISTRICT_CALENDAR_JSON, gradingPeriods: [Q1, Q2] });
const noCalendar = Settings.parse({});

function req(totalMinutes: number, per: ServicePeriod, from: string, to: string, s: Settings = settings): number {
  const r = requiredMinutes({ totalMinutes, per }, d(from), d(to), { settings: s });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.minutes;
}

describe('requiredMinutes on the district calendar', () => {
  it('a full school week owes the weekly amount', () => {
    expect(req(60, 'week', '2025-09-08', '2025-09-14')).toBe(60);
  });

  it('a short week (Labor Day Monday) still owes the whole weekly amount', () => {
    expect(req(60, 'week', '2025-09-01', '2025-09-07')).toBe(60);
  });

  it('a closed week (Thanksgiving break) owes nothing', () => {
    expect(req(60, 'week', '2025-11-24', '2025-11-30')).toBe(0);
    expect(req(60, 'week', '2025-11-17', '2025-11-30')).toBe(60);
  });

  it('two weeks of winter break between two school weeks owe nothing', () => {
    expect(req(60, 'week', '2025-12-15', '2026-01-11')).toBe(120);
  });

  it('a mid-week start takes the share of the week’s school days', () => {
    expect(req(60, 'week', '2025-09-10', '2025-09-14')).toBe(36); // Wed–Fri of 5
    expect(req(60, 'week', '2025-11-12', '2025-11-16')).toBe(45); // Wed–Fri of 4 (Veterans Day Tuesday)
  });

  it('a window ending mid-week takes the share up to its end (today counts)', () => {
    expect(req(60, 'week', '2025-09-08', '2025-09-09')).toBe(24);
  });

  it('a weekend-only window owes nothing', () => {
    expect(req(60, 'week', '2025-09-13', '2025-09-14')).toBe(0);
  });

  it('daily mandates count per school day', () => {
    expect(req(30, 'day', '2025-09-01', '2025-09-07')).toBe(120);
    expect(req(30, 'day', '2025-11-24', '2025-11-30')).toBe(0);
  });

  it('monthly mandates are spread over the month’s school days', () => {
    expect(req(120, 'month', '2025-09-15', '2025-09-30')).toBeCloseTo((120 * 12) / 21, 9); // Sept: 21 school days
    expect(req(120, 'month', '2025-11-01', '2025-11-14')).toBeCloseTo((120 * 9) / 14, 9); // Nov: 14 school days
    expect(req(120, 'month', '2025-12-01', '2025-12-31')).toBe(120); // winter break in it
  });

  it('a window across a month end takes each month’s share', () => {
    expect(req(120, 'month', '2025-09-29', '2025-10-03')).toBeCloseTo((120 * 2) / 21 + (120 * 3) / 23, 9);
  });

  it('grading-period mandates are spread over each grading period’s school days', () => {
    expect(req(450, 'grading-period', '2025-08-25', '2025-09-30')).toBeCloseTo((450 * 26) / 49, 9); // Q1: 49 school days
    expect(req(450, 'grading-period', '2025-08-25', '2025-10-31')).toBe(450);
    expect(req(450, 'grading-period', '2025-08-25', '2026-01-16')).toBe(900);
  });

  it('says when school days fall outside every grading period', () => {
    const s = Settings.parse({ calendar: DISTRICT_CALENDAR_JSON, gradingPeriods: [Q1] });
    const r = requiredMinutes({ totalMinutes: 450, per: 'grading-period' }, d('2025-10-27'), d('2025-11-07'), { settings: s });
    expect(r.ok && r.value.minutes).toBeCloseTo((450 * 5) / 49, 9);
    expect(r.ok && r.value.notes.join(' ')).toContain('5 school days in this window fall in no grading period');
  });

  it('says plainly when a grading-period mandate has no grading periods', () => {
    const r = requiredMinutes({ totalMinutes: 450, per: 'grading-period' }, d('2025-09-01'), d('2025-09-30'), { settings: Settings.parse({ calendar: DISTRICT_CALENDAR_JSON }) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('no-grading-periods');
  });

  it('yearly mandates are spread over the school year’s school days (181 in 2025-26)', () => {
    const counter = schoolDayCounter(settings);
    expect(counter.count(toDayNumber(d('2025-08-25')), toDayNumber(d('2026-06-12')))).toBe(181);
    expect(req(1800, 'year', '2025-08-25', '2025-08-29')).toBeCloseTo((1800 * 5) / 181, 9);
    expect(req(1800, 'year', '2025-07-01', '2026-08-01')).toBe(1800);
  });

  it('says when the window runs past the school calendar', () => {
    const r = requiredMinutes({ totalMinutes: 60, per: 'week' }, d('2028-06-01'), d('2028-06-30'), { settings });
    expect(r.ok && r.value.notes.join(' ')).toContain('school calendar covers 2025-08-25 to 2028-06-09');
  });
});

describe('requiredMinutes without a school calendar', () => {
  it('counts Monday to Friday except federal holidays, and says so', () => {
    const r = requiredMinutes({ totalMinutes: 60, per: 'week' }, d('2026-11-23'), d('2026-11-29'), { settings: noCalendar });
    expect(r).toEqual({ ok: true, value: { minutes: 60, notes: [NO_CALENDAR_NOTE] } });
    expect(req(60, 'week', '2026-11-23', '2026-11-24', noCalendar)).toBe(30); // 2 of 4 (Thanksgiving Thursday)
    expect(req(30, 'day', '2026-11-23', '2026-11-29', noCalendar)).toBe(120);
  });

  it('takes school years from July 1 to June 30', () => {
    expect(req(1000, 'year', '2026-07-01', '2027-06-30', noCalendar)).toBe(1000);
    expect(req(1000, 'year', '2026-07-01', '2028-06-30', noCalendar)).toBe(2000);
  });
});

describe('requiredMinutes properties', () => {
  const period = fc.constantFrom<ServicePeriod>('day', 'week', 'month', 'grading-period', 'year');

  it('is additive: a window owes what its two halves owe together', () => {
    fc.assert(
      fc.property(isoDateBetween('2025-08-01', '2026-07-31'), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 120 }), period, (from, left, right, per) => {
        const mid = addCalendarDays(from, left);
        const to = addCalendarDays(mid, right);
        const whole = req(90, per, from, to);
        expect(whole).toBeCloseTo(req(90, per, from, mid) + req(90, per, addCalendarDays(mid, 1), to), 6);
      }),
    );
  });

  it('never owes more than the amount per period over one whole week or month, nor less than nothing', () => {
    fc.assert(
      fc.property(isoDateBetween('2025-08-01', '2027-06-30'), fc.integer({ min: 0, max: 6 }), (from: IsoDate, len) => {
        const w = req(60, 'week', from, addCalendarDays(from, len));
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(120); // a 7-day window touches at most two weeks
      }),
    );
  });
});
