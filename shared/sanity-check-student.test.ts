import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './compute-deadlines.ts';
import { sanityCheckStudent } from './sanity-check-student.ts';
import { DISTRICT_CALENDAR, d, settingsWith } from './test-fixtures.ts';

const TODAY = d('2026-11-23');

describe('sanityCheckStudent', () => {
  it('flags a last IEP date, evaluation, consent or eligibility more than a week ahead, by its header', () => {
    const w = sanityCheckStudent({ studentId: '7', lastIepDate: d('2030-01-10'), lastEvaluationDate: d('2027-01-01'), consentDate: d('2026-12-20'), eligibilityDate: d('2026-12-02') }, TODAY);
    expect(w.map((x) => [x.code, x.field])).toEqual([
      ['date-in-future', 'consentDate'],
      ['date-in-future', 'eligibilityDate'],
      ['date-in-future', 'lastIepDate'],
      ['date-in-future', 'lastEvaluationDate'],
    ]);
    expect(w[2]?.message).toContain('Last IEP Date 1/10/2030 is in the future');
  });

  it('allows a date a few days ahead and any past date', () => {
    expect(sanityCheckStudent({ studentId: '7', referralDate: d('2026-11-27'), lastIepDate: d('2025-12-01') }, TODAY)).toEqual([]);
  });

  it('flags a birth date in the future, under 2 or over 22, and accepts 3 through 21', () => {
    const code = (dob: string) => sanityCheckStudent({ studentId: '7', dateOfBirth: d(dob) }, TODAY).map((w) => w.code);
    expect(code('2099-01-01')).toEqual(['birth-date-in-future']);
    expect(code('2025-06-01')).toEqual(['too-young']);
    expect(code('1990-06-01')).toEqual(['too-old']);
    expect(code('2023-11-23')).toEqual([]);
    expect(code('2004-11-24')).toEqual([]);
    expect(code('2003-11-23')).toEqual(['too-old']);
  });

  it('flags an open due date on a weekend or a holiday and says what rollForward does', () => {
    // Last IEP Sunday 2025-12-14 → the annual review is due the day before the anniversary: Sunday 2026-12-13.
    const student = { studentId: '7', lastIepDate: d('2025-12-14') };
    const settings = settingsWith();
    const { deadlines } = computeDeadlines(student, settings, TODAY);
    const w = sanityCheckStudent(student, TODAY, { deadlines, settings });
    const due = w.find((x) => x.code === 'due-on-non-school-day');
    expect(due?.kind).toBe('annual-review');
    expect(due?.message).toContain('Sunday 12/13/2026, a weekend');
    expect(due?.advice).toContain('rollForward');
  });

  it('names the closure when a school calendar says the day is off', () => {
    const student = { studentId: '7', lastIepDate: d('2025-11-25') };
    const settings = settingsWith({ calendar: DISTRICT_CALENDAR, dateStyle: 'iso' });
    const { deadlines } = computeDeadlines(student, settings, TODAY);
    const w = sanityCheckStudent(student, TODAY, { deadlines, settings });
    expect(w.find((x) => x.code === 'due-on-non-school-day')?.message).toContain('2026-11-24, a day school is closed (Thanksgiving break)');
  });

  it('does not flag the transfer of rights, which happens on the birthday whatever the day', () => {
    const student = { studentId: '7', dateOfBirth: d('2009-05-16'), lastIepDate: d('2026-05-20') };
    const settings = settingsWith();
    const { deadlines } = computeDeadlines(student, settings, TODAY);
    expect(deadlines.find((x) => x.kind === 'transfer-of-rights')?.dueDate).toBe('2027-05-16');
    expect(sanityCheckStudent(student, TODAY, { deadlines, settings }).filter((w) => w.kind === 'transfer-of-rights')).toEqual([]);
  });

  it('says nothing about a due date on a school day', () => {
    const student = { studentId: '7', lastIepDate: d('2025-12-16') };
    const settings = settingsWith();
    const { deadlines } = computeDeadlines(student, settings, TODAY);
    expect(sanityCheckStudent(student, TODAY, { deadlines, settings }).filter((w) => w.code === 'due-on-non-school-day' && w.kind === 'annual-review')).toEqual([]);
  });
});
