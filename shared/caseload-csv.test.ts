import fc from 'fast-check';
import Papa from 'papaparse';
import { cleanCellText } from './clean-cell-text.ts';
import { describe, expect, it } from 'vitest';
import { exportCaseloadCsv, importCaseloadCsv } from './caseload-csv.ts';
import { StudentRecord } from './student-record.ts';
import { isoDateBetween } from './test-fixtures.ts';
import { TRACKER_COLUMNS } from './tracker-columns.ts';
import { US_STATE_CODES } from './us-states.ts';

const HEADER_LINE = TRACKER_COLUMNS.map((c) => c.header).join(',');

describe('importCaseloadCsv', () => {
  it("reads an IEP system's report with its own headers, order and extra columns", () => {
    const csv = [
      'Case Mgr,IEP Date,SSID,Bus Route,Tri Due,Next Annual,DOB',
      'Ms. Lee,12/20/2025,S1,12,12/1/2027,12/19/2026,2010-11-02',
      'Mr. Ortiz,3/9/2026,S2,7,,3/8/2027,',
    ].join('\r\n');
    expect(importCaseloadCsv(csv)).toEqual({
      students: [
        { studentId: 'S1', caseManager: 'Ms. Lee', lastIepDate: '2025-12-20', reevaluationDue: '2027-12-01', annualReviewDue: '2026-12-19', dateOfBirth: '2010-11-02' },
        { studentId: 'S2', caseManager: 'Mr. Ortiz', lastIepDate: '2026-03-09', annualReviewDue: '2027-03-08' },
      ],
      rows: [2, 3],
      problems: [],
      ignoredColumns: ['Bus Route'],
    });
  });

  it('stops with the name of the missing Student ID column', () => {
    expect(importCaseloadCsv('First Name,IEP Date\nAna,12/20/2025\n')).toMatchObject({
      students: [],
      rows: [],
      problems: [{ row: 1, column: 'Student ID', value: '', reason: 'The file has no Student ID column, so no student could be read.' }],
      ignoredColumns: [],
    });
  });

  it('reports each bad cell with its row, column, value and reason, and keeps the good rows', () => {
    const csv = ['Student ID,Last IEP Date,Consent Date,Absences', 'S1,12/20/2025,,', 'S2,2/30/2026,9/2/2025,two', 'S3,1/5/2026,,1'].join('\n');
    const r = importCaseloadCsv(csv);
    expect(r.students).toEqual([
      { studentId: 'S1', lastIepDate: '2025-12-20' },
      { studentId: 'S2', consentDate: '2025-09-02' },
      { studentId: 'S3', lastIepDate: '2026-01-05', absences: 1 },
    ]);
    expect(r.problems).toMatchObject([
      { row: 3, column: 'Last IEP Date', value: '2/30/2026', reason: '"2/30/2026" is not a real day (that month has no day 30).' },
      { row: 3, column: 'Absences', value: 'two', reason: '"two" is not a whole number of days.' },
    ]);
  });

  it('reports a row without a Student ID and skips it', () => {
    const r = importCaseloadCsv('Student ID,First Name\nS1,Ana\n,Ben\n');
    expect(r.students).toEqual([{ studentId: 'S1', firstName: 'Ana' }]);
    expect(r.problems).toMatchObject([{ row: 3, column: 'Student ID', value: '', reason: 'The Student ID is missing, so this row cannot be tracked.' }]);
  });

  it('keeps the first row of a duplicated Student ID and says which row it was', () => {
    const r = importCaseloadCsv('Student ID,First Name\nS1,Ana\nS2,Ben\nS1,Ana again\n');
    expect(r.students.map((s) => s.firstName)).toEqual(['Ana', 'Ben']);
    expect(r.problems).toMatchObject([{ row: 4, column: 'Student ID', value: 'S1', reason: 'Student ID S1 is already on row 2; this row was skipped.' }]);
  });

  it('ignores a byte-order mark, reads quoted commas, quotes and line breaks', () => {
    const csv = '\uFEFFStudent ID,Notes,Last Name\r\nS1,"Reading, writing; ""math""","O\'Neil"\r\nS2,"line one\nline two",Smith\r\n';
    expect(importCaseloadCsv(csv).students).toEqual([
      { studentId: 'S1', notes: 'Reading, writing; "math"', lastName: "O'Neil" },
      { studentId: 'S2', notes: 'line one\nline two', lastName: 'Smith' },
    ]);
  });

  it('skips blank lines and still names the row a spreadsheet shows', () => {
    // A spreadsheet opening this file shows: row 1 header, row 2 S1, row 3 blank, row 4 S2 (bad date), row 5 blank
    const csv = 'Student ID,IEP Date\nS1,3/9/2025\n\nS2,2/30/2026\n\n';
    const r = importCaseloadCsv(csv);
    expect(r.students).toEqual([{ studentId: 'S1', lastIepDate: '2025-03-09' }, { studentId: 'S2' }]);
    expect(r.problems).toMatchObject([{ row: 4, column: 'Last IEP Date', value: '2/30/2026', reason: '"2/30/2026" is not a real day (that month has no day 30).' }]);
  });

  it('counts a quoted multi-line cell as one spreadsheet row', () => {
    const csv = 'Student ID,Notes,IEP Date\nS1,"a\nb\nc",3/9/2025\nS2,,13/45/2025\n';
    expect(importCaseloadCsv(csv).problems).toMatchObject([{ row: 3, column: 'Last IEP Date', value: '13/45/2025', reason: '"13/45/2025" has no month 13; use a date like 9/2/2025.' }]);
  });

  it('detects a semicolon or tab separated export, blank lines and all', () => {
    expect(importCaseloadCsv('Student ID;IEP Date\nS1;3/9/2025\n\nS2;1/5/2026\n').students).toEqual([
      { studentId: 'S1', lastIepDate: '2025-03-09' },
      { studentId: 'S2', lastIepDate: '2026-01-05' },
    ]);
    expect(importCaseloadCsv('Student ID\tIEP Date\r\nS1\t3/9/2025\r\n').students).toEqual([{ studentId: 'S1', lastIepDate: '2025-03-09' }]);
  });

  it('reports a malformed line (an unclosed quote) instead of failing silently', () => {
    const r = importCaseloadCsv('Student ID,Notes\nS1,ok\nS2,"never closed\n');
    expect(r.students[0]).toEqual({ studentId: 'S1', notes: 'ok' });
    expect(r.problems.some((p) => p.row === 3 && p.reason.startsWith('The CSV is malformed here'))).toBe(true);
  });

  it('says an empty file is empty', () => {
    expect(importCaseloadCsv('')).toMatchObject({ students: [], rows: [], problems: [{ row: 1, column: '', value: '', reason: 'The file is empty.' }], ignoredColumns: [] });
    expect(importCaseloadCsv('\uFEFF\n\n').problems[0]?.reason).toBe('The file is empty.');
  });
});

describe('exportCaseloadCsv', () => {
  it('writes the tracker headers and one row per student', () => {
    const csv = exportCaseloadCsv([{ studentId: 'S1', lastIepDate: '2025-12-20' as never, absences: 2 }]);
    const lines = csv.split('\n');
    expect(lines[0]).toBe(HEADER_LINE);
    expect(lines[1]).toBe('S1,,,,,,,,,,,,,2025-12-20,,,,,,,,2,');
    expect(lines).toHaveLength(2);
  });

  it('neutralises formulas so a spreadsheet never runs them (CSV injection)', () => {
    const notes = ['=HYPERLINK("http://evil.example","Click")', '+1 555 0100', '-5 minutes late', '@SUM(A1)'];
    const csv = exportCaseloadCsv(notes.map((n, i) => ({ studentId: `S${i}`, notes: n })));
    const rows = Papa.parse<string[]>(csv).data.slice(1);
    expect(rows.map((r) => r.at(-1))).toEqual(notes.map((n) => `'${n}`));
    for (const r of rows) expect(r.every((cell) => !/^[=+\-@]/.test(cell))).toBe(true);
  });

  it('reads a neutralised note back exactly as it was written', () => {
    const students = [
      { studentId: 'S1', notes: '=HYPERLINK("http://evil.example","Click")' },
      { studentId: '-S2', firstName: '+Ann', lastName: '@Lee' },
      { studentId: 'S3', notes: "'=already quoted" },
      { studentId: 'S4', notes: "It's fine" },
    ];
    expect(importCaseloadCsv(exportCaseloadCsv(students)).students).toEqual(students);
  });

  it('property: export then import gives back the same students', () => {
    // Records only ever hold cleaned text (see cleanCellText), so only such text is generated.
    const text = (max: number, multiline = false) =>
      fc
        .oneof(
          fc.string({ minLength: 1, maxLength: max }),
          fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }),
          fc.constantFrom('=1+1', '-5 mins', '@home', '+1', 'a,b', 'say "hi"', 'line\nbreak', 'crlf\r\nline', "'=x", "O'Neil", '00123', '2025-09-02', '😀 ok', 'José'),
        )
        .map((s) => s.trim())
        .filter((s) => s.length > 0 && s.length <= max && s === cleanCellText(s, { multiline }));
    const date = isoDateBetween('1950-01-01', '2099-12-31');
    const record = fc.record(
      {
        studentId: text(64),
        firstName: text(100),
        lastName: text(100),
        dateOfBirth: date,
        grade: text(20),
        school: text(200),
        caseManager: text(200),
        disability: text(200),
        state: fc.constantFrom(...US_STATE_CODES),
        referralDate: date,
        consentDate: date,
        eligibilityDate: date,
        lastIepDate: date,
        nextIepMeetingDate: date,
        lastEvaluationDate: date,
        annualReviewDue: date,
        reevaluationDue: date,
        exitDate: date,
        absences: fc.integer({ min: 0, max: 365 }),
        notes: text(2000, true),
      },
      { requiredKeys: ['studentId'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(record, { selector: (r) => r.studentId, maxLength: 8 }), (raw) => {
        const students = raw.map((r) => StudentRecord.parse(r));
        const back = importCaseloadCsv(exportCaseloadCsv(students));
        expect(back.problems).toMatchObject([]);
        expect(back.students).toEqual(students);
      }),
      { numRuns: 150 },
    );
  });
});

describe('importCaseloadCsv robustness', () => {
  it('property: any text gives valid students and numbered problems, never an exception', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', ' ', '"', '""', 'S1', '2/30/2026', '45678', '=1+1', '\n', ','));
    const csv = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .tuple(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
        .map(([rows, newline]) => [['Student ID', 'IEP Date', 'Notes', 'Absences'], ...rows].map((r) => r.join(',')).join(newline)),
    );
    fc.assert(
      fc.property(csv, (text) => {
        const r = importCaseloadCsv(text);
        for (const s of r.students) expect(StudentRecord.safeParse(s).success).toBe(true);
        expect(new Set(r.students.map((s) => s.studentId)).size).toBe(r.students.length);
        for (const p of r.problems) {
          expect(p.row).toBeGreaterThanOrEqual(1);
          expect(p.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
