import { describe, expect, it } from 'vitest';
import { presentSchoolDaysLeft } from './present-school-days-left.ts';
import { DISTRICT_CALENDAR, d } from './test-fixtures.ts';

describe('presentSchoolDaysLeft', () => {
  it('gives the count in words when there is one', () => {
    expect(presentSchoolDaysLeft({ schoolDaysLeft: 1, dueDate: d('2026-12-02') }, { calendar: DISTRICT_CALENDAR })).toEqual({ text: '1 school day left' });
    expect(presentSchoolDaysLeft({ schoolDaysLeft: -4, dueDate: d('2026-11-20') }, { calendar: DISTRICT_CALENDAR })).toEqual({ text: '4 school days overdue' });
  });

  it('asks for a school calendar only when none is loaded', () => {
    expect(presentSchoolDaysLeft({ schoolDaysLeft: null, dueDate: d('2026-12-02') }, {})).toEqual({ text: '—', reason: 'add a school calendar to count school days' });
  });

  it('says the loaded calendar ends before the due date (never "add a school calendar" while one is loaded)', () => {
    const last = [...DISTRICT_CALENDAR.schoolYears].map((y) => y.lastDay).sort().pop() as string;
    const [y, m, day] = last.split('-').map(Number) as [number, number, number];
    const look = presentSchoolDaysLeft({ schoolDaysLeft: null, dueDate: d(`${y + 1}-09-08`) }, { calendar: DISTRICT_CALENDAR });
    expect(look.reason).toBe(`the school calendar ends ${m}/${day}/${y}: add the next school year to count school days`);
    expect(presentSchoolDaysLeft({ schoolDaysLeft: null, dueDate: d(`${y + 1}-09-08`) }, { calendar: DISTRICT_CALENDAR, dateStyle: 'iso' }).reason).toContain(last);
  });

  it('says the calendar starts after a date before its first year', () => {
    expect(presentSchoolDaysLeft({ schoolDaysLeft: null, dueDate: d('2019-01-07') }, { calendar: DISTRICT_CALENDAR }).reason).toMatch(/^the school calendar starts /);
  });
});
