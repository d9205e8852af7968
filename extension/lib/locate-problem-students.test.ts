import { describe, expect, it } from 'vitest';
import { readCaseloadFiles } from '../../shared/index.ts';
import { locateProblemStudents } from './locate-problem-students.ts';

describe('locateProblemStudents', () => {
  it("names the student of each problem's row, in any table, with blank lines and reordered columns", () => {
    const files = {
      'students.csv': 'Student ID,IEP Date\nS1,2026-01-05\n\nS2,next week\n,2026-01-01\n',
      'sessions.csv': 'Minutes,Student ID,Service ID,Date,Outcome\n30,S1,svc-9,2026-11-02,delivered\nthirty,S2,svc-9,2026-11-03,delivered\n',
    };
    const located = locateProblemStudents(files, readCaseloadFiles(files).problems);
    const byWhere = Object.fromEntries(located.map((p) => [`${p.table} ${p.row} ${p.column}`, p.studentId]));
    expect(byWhere['students 4 Last IEP Date']).toBe('S2');
    expect(byWhere['students 5 Student ID']).toBeUndefined(); // the row names no student
    expect(byWhere['sessions 3 Minutes']).toBe('S2');
    expect(byWhere['sessions 2 Service ID']).toBe('S1'); // an unknown service, found by the reference check
  });
});
