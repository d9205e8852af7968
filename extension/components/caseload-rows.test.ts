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
    const rows = buildCaseloadRows(students, defaultSettings, today);
    expect(rows.map((r) => r.student.studentId)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(rows.map((r) => r.next?.status)).toEqual(['overdue', 'urgent', 'upcoming', undefined]);
  });

  it('follows the thresholds in the settings', () => {
    const rows = buildCaseloadRows(students, { ...defaultSettings, urgentDays: 1, soonDays: 10 }, today);
    expect(rows.find((r) => r.student.studentId === 'S2')?.next?.status).toBe('soon');
  });
});

describe('filterCaseloadRows', () => {
  const rows = buildCaseloadRows(students, defaultSettings, today);
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
