import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './compute-deadlines.ts';
import { computeCaseloadDeadlines } from './compute-caseload-deadlines.ts';
import { caseloadOf } from './caseload.ts';
import { contactFollowUpSource } from './contact-follow-up-source.ts';
import { NO_STUDENT_TABLES } from './student-tables.ts';
import { d, settingsWith } from './test-fixtures.ts';

const student = { studentId: 'S1', firstName: 'Ana', lastName: 'Rivera' };
const contacts = [
  { contactId: 'c1', studentId: 'S1', date: d('2026-11-10'), topic: 'Reading homework', followUpDue: d('2026-11-25') },
  { contactId: 'c2', studentId: 'S1', date: d('2026-11-02'), concern: true, summary: 'Worried about bus' },
  { contactId: 'c3', studentId: 'S1', date: d('2026-10-02'), followUpDue: d('2026-10-09'), followUpDone: d('2026-10-08') },
];

describe('contact follow-ups as deadlines (34 CFR 300.322(d))', () => {
  it('an open follow-up is a contact-follow-up deadline with status by the caseload thresholds', () => {
    const { deadlines } = contactFollowUpSource.compute(student, { ...NO_STUDENT_TABLES, contacts }, settingsWith(), d('2026-11-23'));
    const reading = deadlines.find((x) => x.basis.inputs.contactDate === '2026-11-10');
    expect(reading).toMatchObject({ kind: 'contact-follow-up', title: 'Parent follow-up', dueDate: '2026-11-25', daysLeft: 2, status: 'urgent' });
    expect(JSON.stringify(deadlines)).not.toMatch(/Reading homework|Worried about bus/);
    expect(reading?.basis.citation).toBe('34 CFR 300.322(d)');
    expect(deadlines).toHaveLength(2);
  });

  it('a concern raised without a follow-up is flagged: overdue from the day it was raised, with a warning', () => {
    const { deadlines } = contactFollowUpSource.compute(student, { ...NO_STUDENT_TABLES, contacts }, settingsWith(), d('2026-11-23'));
    const concern = deadlines.find((x) => x.basis.inputs.contactDate === '2026-11-02');
    expect(concern).toMatchObject({ status: 'overdue', dueDate: '2026-11-02', title: 'Parent concern: no follow-up set' });
    expect(concern?.warnings.join(' ')).toMatch(/no follow-up date/);
  });

  it('comes out of computeDeadlines and the caseload deadline list with the other deadlines', () => {
    const caseload = caseloadOf({ students: [student], contacts });
    expect(computeCaseloadDeadlines(caseload, settingsWith(), d('2026-11-23')).deadlines.filter((x) => x.kind === 'contact-follow-up')).toHaveLength(2);
    const one = computeDeadlines(student, settingsWith(), d('2026-11-23'), { ...NO_STUDENT_TABLES, contacts });
    expect(one.deadlines.map((x) => x.kind)).toContain('contact-follow-up');
  });
});
