import { describe, expect, it } from 'vitest';
import { meetingChecklist } from './meeting-checklist.ts';
import { NO_STUDENT_TABLES } from './student-tables.ts';
import { d, DISTRICT_CALENDAR_JSON, settingsWith } from './test-fixtures.ts';

const student = { studentId: 'S1', lastIepDate: d('2025-12-14'), nextIepMeetingDate: d('2026-12-10') };
const tables = {
  ...NO_STUDENT_TABLES,
  contacts: [
    { contactId: 'c1', studentId: 'S1', date: d('2026-11-16'), time: '08:10', method: 'phone' as const, result: 'no-answer' as const },
    { contactId: 'c2', studentId: 'S1', date: d('2026-11-17'), method: 'email' as const, result: 'reached' as const, concern: true },
  ],
  goals: [{ goalId: 'g1', studentId: 'S1', area: 'Reading', goal: 'Read 90 wcpm', measure: 'count' as const, baseline: 40, target: 90, direction: 'increase' as const }],
};

describe('meetingChecklist', () => {
  it('in Illinois: notice 10 days before (23 IAC 226.530) and materials 3 school days before (105 ILCS 5/14-8.02f(c))', () => {
    const r = meetingChecklist(student, tables, settingsWith({ state: 'IL', calendar: DISTRICT_CALENDAR_JSON }), d('2026-11-23'));
    if (!r.ok) throw new Error(r.error.message);
    const byStep = (text: RegExp) => r.value.items.find((i) => text.test(i.step));
    expect(byStep(/meeting notice/)).toMatchObject({ dueDate: '2026-11-30', status: 'urgent', citation: '34 CFR 300.322(a)–(b); 23 IAC 226.530 (notice of meetings)' });
    expect(byStep(/Written materials/)).toMatchObject({ dueDate: '2026-12-07', citation: '105 ILCS 5/14-8.02f(c)' });
    expect(byStep(/Draft IEP/)?.dueDate).toBe('2026-12-07');
    expect(byStep(/Agree a time/)).toMatchObject({ status: 'done' });
    expect(byStep(/Agree a time/)?.detail).toMatch(/2 contacts logged since the last IEP/);
    expect(byStep(/Progress data/)?.detail).toMatch(/1 with no data/);
    expect(byStep(/concerns/)?.detail).toMatch(/1 open/);
  });

  it('for a date given, federal rules: no notice day count and no materials step', () => {
    const r = meetingChecklist(student, tables, settingsWith(), d('2026-11-23'), { meetingDate: d('2027-01-12') });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.meetingDate).toBe('2027-01-12');
    expect(r.value.items[0]?.dueDate).toBeUndefined();
    expect(r.value.items.some((i) => /Written materials/.test(i.step))).toBe(false);
  });

  it('fails with a reason when no meeting is scheduled', () => {
    const r = meetingChecklist({ studentId: 'S2' }, NO_STUDENT_TABLES, settingsWith(), d('2026-11-23'));
    expect(r.ok ? 'ok' : r.error.code).toBe('no-meeting-date');
  });
});
