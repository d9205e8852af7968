import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StudentRecord } from './student-record.ts';
import { TRACKER_COLUMNS } from './tracker-columns.ts';
import { validateStudentRow } from './validate-student-row.ts';

describe('validateStudentRow', () => {
  it('reads every date spelling, serial numbers, numbers and state codes', () => {
    expect(
      validateStudentRow({
        studentId: ' S1 ',
        firstName: 'Ana',
        dateOfBirth: '3/9/2010',
        lastIepDate: 45678, // a Sheets serial: 2025-01-21
        consentDate: '2025-09-02',
        annualReviewDue: 'Jan 20, 2026',
        state: 'tx',
        absences: '3',
        notes: '  Reading, writing  ',
      }),
    ).toEqual({
      record: {
        studentId: 'S1',
        firstName: 'Ana',
        dateOfBirth: '2010-03-09',
        lastIepDate: '2025-01-21',
        consentDate: '2025-09-02',
        annualReviewDue: '2026-01-20',
        state: 'TX',
        absences: 3,
        notes: 'Reading, writing',
      },
      problems: [],
    });
  });

  it('treats blank cells as absent and numeric IDs as text', () => {
    expect(validateStudentRow({ studentId: 12345, lastIepDate: '   ', absences: '', notes: null })).toEqual({ record: { studentId: '12345' }, problems: [] });
  });

  it('keeps the good cells and reports each bad one by its column', () => {
    const r = validateStudentRow({
      studentId: 'S2',
      firstName: 'Ben',
      lastIepDate: '2/30/2026',
      consentDate: 'TBD',
      eligibilityDate: '10/1/2025',
      state: 'ZZ',
      absences: '-1',
      grade: 'x'.repeat(21),
    });
    expect(r.record).toEqual({ studentId: 'S2', firstName: 'Ben', eligibilityDate: '2025-10-01' });
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { column: 'Last IEP Date', reason: '"2/30/2026" is not a real day (that month has no day 30).' },
        { column: 'Consent Date', reason: '"TBD" is not a date I can read; use a date like 9/2/2025 or 2025-09-02.' },
        { column: 'State', reason: 'Use a two-letter state code such as CA or TX.' },
        { column: 'Absences', reason: '"-1" is not a whole number of days.' },
        { column: 'Grade', reason: 'This cell is too long.' },
      ]),
    );
    expect(r.problems).toHaveLength(5);
  });

  it('says a number of absences is too large in words about numbers, not length', () => {
    const r = validateStudentRow({ studentId: 'S3', absences: 400 });
    expect(r.record).toEqual({ studentId: 'S3' });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.column).toBe('Absences');
    expect(r.problems[0]?.reason).not.toMatch(/too long/);
    expect(r.problems[0]?.reason).toMatch(/365/);
    expect(validateStudentRow({ studentId: 'S3', absences: '2.5' }).problems).toEqual([{ column: 'Absences', reason: '"2.5" is not a whole number of days.' }]);
  });

  it('has no record without a Student ID, and still reports the other cells', () => {
    expect(validateStudentRow({ firstName: 'Cy', lastIepDate: '13/45/2025' })).toEqual({
      problems: [
        { column: 'Student ID', reason: 'The Student ID is missing, so this row cannot be tracked.', rowRejected: true },
        { column: 'Last IEP Date', reason: '"13/45/2025" has no month 13; use a date like 9/2/2025.' },
      ],
    });
    const tooLong = validateStudentRow({ studentId: 'x'.repeat(65) });
    expect(tooLong.record).toBeUndefined();
    expect(tooLong.problems[0]?.column).toBe('Student ID');
  });
});

describe('validateStudentRow properties', () => {
  it('any cells give a valid record or none, each problem names a tracker column, never an exception', () => {
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.double(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constantFrom('2/30/2026', '45678', 'tx', ' ', 'x'.repeat(3000)));
    const raw = fc.record(Object.fromEntries(TRACKER_COLUMNS.map((c) => [c.key, cell])), { requiredKeys: [] });
    const headers = new Set(TRACKER_COLUMNS.map((c) => c.header));
    fc.assert(
      fc.property(raw, (cells) => {
        const r = validateStudentRow(cells);
        if (r.record) expect(StudentRecord.safeParse(r.record).success).toBe(true);
        for (const p of r.problems) {
          expect(headers.has(p.column)).toBe(true);
          expect(p.reason.length).toBeGreaterThan(0);
        }
        // every non-blank cell is either in the record or reported
        for (const c of TRACKER_COLUMNS) {
          const v = cells[c.key];
          const blank = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
          if (!blank && r.record) expect(c.key in r.record || r.problems.some((p) => p.column === c.header)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
