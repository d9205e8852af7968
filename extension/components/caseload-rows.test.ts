import { describe, expect, it } from 'vitest';
import { caseloadOf, defaultSettings, type IsoDate, type StudentRecord } from '../../shared/index.ts';
import { buildCaseloadRows, filterCaseloadRows } from './caseload-rows.ts';

const today = '2026-11-23' as IsoDate;
const d = (s: string) => s as IsoDate;
const students: StudentRecord[] = [
  { studentId: 'S3', firstName: 'Cara', lastName: 'Upcoming', lastIepDate: d('2026-09-01'), school: 'Oak', caseManager: 'Lee' },
  { studentId: 'S1', firstName: 'Ann', lastName: 'Overdue', lastIepDate: d('2025-10-01'), school: 'Elm', caseManager: 'Kim' },
  { studentId: 'S4', firstName: 'Dev', lastName: 'Nothing' },
  { studentId: 'S2', firstName: 'Bo', lastName: 'Urgent', lastIepDate: d('2025-11-27'), school: 'Oak', caseManager: 'Kim' },
];

describe('buildCaseloadRows', () => {
  it('puts the most urgent student first and students with no open deadline last', () => {
    const { rows } = buildCaseloadRows(students, defaultSettings, today);
    expect(rows.map((r) => r.student.studentId)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(rows.map((r) => r.next?.status)).toEqual(['overdue', 'urgent', 'upcoming', undefined]);
  });

  it('follows the thresholds in the settings', () => {
    const { rows } = buildCaseloadRows(students, { ...defaultSettings, urgentDays: 1, soonDays: 10 }, today);
    expect(rows.find((r) => r.student.studentId === 'S2')?.next?.status).toBe('soon');
  });
});

describe('the next-deadline cache', () => {
  it('reuses remembered students, recomputes a changed one, and gives the same lines as computing afresh', () => {
    const first = buildCaseloadRows(students, defaultSettings, today, { version: '1' });
    expect(first.computed).toBe(4);
    const changed = students.map((s) => (s.studentId === 'S3' ? { ...s, lastIepDate: d('2025-11-20') } : s));
    const second = buildCaseloadRows(changed, defaultSettings, today, { version: '1', cache: first.cache });
    expect(second.computed).toBe(1);
    expect(second.rows).toEqual(buildCaseloadRows(changed, defaultSettings, today).rows);
    expect(second.rows.map((r) => r.student.studentId)).toEqual(['S1', 'S3', 'S2', 'S4']);
    expect(second.rows[1]?.next).toMatchObject({ status: 'overdue', dueDate: '2026-11-19' });
  });

  it('is not used on another day, with other settings or by another version', () => {
    const { cache } = buildCaseloadRows(students, defaultSettings, today, { version: '1' });
    expect(buildCaseloadRows(students, defaultSettings, '2026-11-24' as IsoDate, { version: '1', cache }).computed).toBe(4);
    expect(buildCaseloadRows(students, { ...defaultSettings, urgentDays: 3 }, today, { version: '1', cache }).computed).toBe(4);
    expect(buildCaseloadRows(students, defaultSettings, today, { version: '2', cache }).computed).toBe(4);
    expect(buildCaseloadRows(students, defaultSettings, today, { version: '1', cache }).computed).toBe(0);
  });

  it('keeps no names or dates, only ids, a record hash and the next deadline', () => {
    const { cache } = buildCaseloadRows(students, defaultSettings, today);
    expect(JSON.stringify(cache.entries)).not.toMatch(/Cara|Overdue|Oak|Kim|2025-10-01/);
  });
});

describe('the next two deadlines, with the caseload\'s other tables', () => {
  // Ann's annual review is overdue; a parent call owes a follow-up by 11/30 (from the contacts table);
  // her reevaluation (last evaluation 2024-01-10) is due 2027-01-09.
  const ann: StudentRecord = { studentId: 'S1', firstName: 'Ann', lastName: 'Overdue', lastIepDate: d('2025-10-01'), lastEvaluationDate: d('2024-01-10') };
  const tables = caseloadOf({
    students: [ann],
    contacts: [{ contactId: 'C1', studentId: 'S1', date: d('2026-11-20'), followUpDue: d('2026-11-30'), topic: 'Call home' }],
  } as never);

  it('shows the follow-up owed (from the contacts) as the second deadline, with days left, as Today does', () => {
    const [row] = buildCaseloadRows([ann], defaultSettings, today, { tables }).rows;
    expect(row?.upcoming.map((u) => [u.status, u.dueDate, u.daysLeft])).toEqual([
      ['overdue', '2026-09-30', -54],
      ['urgent', '2026-11-30', 7],
    ]);
    expect(row?.upcoming[1]?.title).toMatch(/follow-up/i);
    const alone = buildCaseloadRows([ann], defaultSettings, today).rows[0];
    expect(alone?.upcoming.map((u) => u.dueDate)).toEqual(['2026-09-30', '2027-01-09']);
  });

  it('remembers the deadlines computed with the tables, so the next opening shows the follow-up before the tables are read', () => {
    const withTables = buildCaseloadRows([ann], defaultSettings, today, { version: '1', tables });
    expect(withTables.changed).toBe(true);
    const reopened = buildCaseloadRows([ann], defaultSettings, today, { version: '1', cache: withTables.cache });
    expect(reopened.computed).toBe(0);
    expect(reopened.rows[0]?.upcoming).toEqual(withTables.rows[0]?.upcoming);
    // Tables read again, nothing changed: nothing to write back.
    expect(buildCaseloadRows([ann], defaultSettings, today, { version: '1', cache: withTables.cache, tables }).changed).toBe(false);
    // The follow-up is logged as done: the list changes and the cache is rewritten.
    const done = caseloadOf({ students: [ann], contacts: [] });
    const after = buildCaseloadRows([ann], defaultSettings, today, { version: '1', cache: withTables.cache, tables: done });
    expect(after.changed).toBe(true);
    expect(after.rows[0]?.upcoming.map((u) => u.dueDate)).toEqual(['2026-09-30', '2027-01-09']);
  });

  it('lists why a student\'s deadline cannot be computed beside the student, and remembers only how many', () => {
    const tx = { ...defaultSettings, state: 'TX' as const };
    const dev: StudentRecord = { studentId: 'S4', firstName: 'Dev', lastName: 'Nothing', consentDate: d('2026-10-05') };
    const first = buildCaseloadRows([dev], tx, today);
    expect(first.rows[0]?.problems).toEqual([expect.stringMatching(/counts school days; add your district's school calendar/)]);
    expect(first.cache.entries.S4?.problems).toBe(1);
    expect(JSON.stringify(first.cache)).not.toMatch(/calendar/);
    const again = buildCaseloadRows([dev], tx, today, { cache: first.cache });
    expect(again.rows[0]?.problems).toEqual(first.rows[0]?.problems);
  });
});

describe('filterCaseloadRows', () => {
  const { rows } = buildCaseloadRows(students, defaultSettings, today);
  const all = { status: 'all', school: '', caseManager: '', search: '' } as const;
  const ids = (f: Parameters<typeof filterCaseloadRows>[1]) => filterCaseloadRows(rows, f).map((r) => r.student.studentId);

  it('filters by status, school, case manager and search together', () => {
    expect(ids(all)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(ids({ ...all, status: 'urgent' })).toEqual(['S2']);
    expect(ids({ ...all, status: 'none' })).toEqual(['S4']);
    expect(ids({ ...all, school: 'Oak' })).toEqual(['S2', 'S3']);
    expect(ids({ ...all, school: 'Oak', caseManager: 'Kim' })).toEqual(['S2']);
    expect(ids({ ...all, search: 'ann' })).toEqual(['S1']);
    expect(ids({ ...all, search: ' s3 ' })).toEqual(['S3']);
  });
});
