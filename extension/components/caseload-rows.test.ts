import { describe, expect, it } from 'vitest';
import { defaultSettings, type IsoDate, type StudentRecord } from '../../shared/index.ts';
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
