import { describe, expect, it } from 'vitest';
import { StudentRecord } from './student-record.ts';

describe('StudentRecord', () => {
  it('needs only a student ID, trims text and upper-cases the state', () => {
    expect(StudentRecord.parse({ studentId: ' S1 ' })).toEqual({ studentId: 'S1' });
    expect(StudentRecord.parse({ studentId: 'S1', state: ' tx ', firstName: ' Ana ' })).toEqual({ studentId: 'S1', state: 'TX', firstName: 'Ana' });
  });

  it('rejects what a tracker cannot use, in plain words', () => {
    expect(StudentRecord.safeParse({}).success).toBe(false);
    expect(StudentRecord.safeParse({ studentId: '   ' }).success).toBe(false);
    expect(StudentRecord.safeParse({ studentId: 'S1', lastIepDate: '12/20/2025' }).success).toBe(false); // dates are IsoDates here
    expect(StudentRecord.safeParse({ studentId: 'S1', lastIepDate: '2026-02-30' }).success).toBe(false);
    expect(StudentRecord.safeParse({ studentId: 'S1', absences: 2.5 }).success).toBe(false);
    expect(StudentRecord.safeParse({ studentId: 'S1', absences: -1 }).success).toBe(false);
    const state = StudentRecord.safeParse({ studentId: 'S1', state: 'Texas' });
    expect(state.error?.issues[0]?.message).toBe('Use a two-letter state code such as CA or TX.');
    expect(StudentRecord.safeParse({ studentId: 'x'.repeat(65) }).success).toBe(false);
  });
});
