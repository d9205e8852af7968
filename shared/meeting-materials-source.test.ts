import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './compute-deadlines.ts';
import { meetingMaterialsDue } from './meeting-materials-due.ts';
import { meetingMaterialsSource } from './meeting-materials-source.ts';
import { NO_STUDENT_TABLES } from './student-tables.ts';
import { d, DISTRICT_CALENDAR_JSON, settingsWith } from './test-fixtures.ts';

// Calendar (test-fixtures): Thanksgiving break Mon 2026-11-23 – Fri 11-27; winter break from Mon 2026-12-21.
const il = settingsWith({ state: 'IL', calendar: DISTRICT_CALENDAR_JSON });

describe('Illinois: written materials 3 school days before the meeting (105 ILCS 5/14-8.02f(c))', () => {
  it('counts back school days within a week: Thu meeting → Mon', () => {
    expect(meetingMaterialsDue(d('2026-12-10'), 'IL', il)?.dueDate).toBe('2026-12-07');
  });

  it('skips the weekend: Tue meeting → the Wednesday before', () => {
    expect(meetingMaterialsDue(d('2026-12-15'), 'IL', il)?.dueDate).toBe('2026-12-10');
  });

  it('skips a closure: Wed 12-02 after Thanksgiving break → Thu 11-19 before it', () => {
    // school days before Wed 12-02: Tue 12-01 (1), Mon 11-30 (2), then the break, Fri 11-20 (3)
    expect(meetingMaterialsDue(d('2026-12-02'), 'IL', il)?.dueDate).toBe('2026-11-20');
  });

  it('a meeting on a non-school day counts from the last school day before it', () => {
    // Sat 12-12 → held by Fri 12-11 at the latest: Thu 12-10 (1), Wed 12-09 (2), Tue 12-08 (3)
    expect(meetingMaterialsDue(d('2026-12-12'), 'IL', il)?.dueDate).toBe('2026-12-08');
  });

  it('without a calendar, counts weekdays and says a closure would make it earlier', () => {
    const due = meetingMaterialsDue(d('2026-12-02'), 'IL', settingsWith({ state: 'IL' }));
    expect(due?.dueDate).toBe('2026-11-27');
    expect(due?.warnings.join(' ')).toMatch(/closure/);
  });

  it('does not apply outside Illinois', () => {
    expect(meetingMaterialsDue(d('2026-12-10'), 'TX', il)).toBeUndefined();
    expect(meetingMaterialsSource.compute({ studentId: 'S1', nextIepMeetingDate: d('2026-12-10') }, NO_STUDENT_TABLES, settingsWith(), d('2026-11-23')).deadlines).toEqual([]);
  });

  it('is a meeting-materials deadline in computeDeadlines for the next scheduled meeting, until the meeting day', () => {
    const student = { studentId: 'S1', nextIepMeetingDate: d('2026-12-10'), lastIepDate: d('2025-12-14') };
    const found = computeDeadlines(student, il, d('2026-11-23')).deadlines.find((x) => x.kind === 'meeting-materials');
    expect(found).toMatchObject({ dueDate: '2026-12-07', daysLeft: 14, status: 'soon', basis: { citation: '105 ILCS 5/14-8.02f(c)', verification: 'V' } });
    expect(computeDeadlines({ ...student, state: 'IL' }, settingsWith({ calendar: DISTRICT_CALENDAR_JSON }), d('2026-12-11')).deadlines.some((x) => x.kind === 'meeting-materials')).toBe(false);
  });
});
