import { describe, expect, it } from 'vitest';
import { importCaseloadCsv } from './caseload-csv.ts';
import { caseloadRoster } from './caseload-roster.ts';
import { computeCaseloadDeadlines } from './compute-caseload-deadlines.ts';
import type { IsoDate } from './iso-date.ts';
import { Settings } from './settings.ts';

const CSV = [
  'Student ID,First Name,Last IEP Date,Date of Birth',
  'S1,Ana,2025-12-20,2012-06-01',
  ',Ben,2026-01-10,2011-01-01',
  'S1,Cal,2026-02-01,2010-01-01',
  'S4,Dee,someday,2013-03-03',
  'S5,Eve,,',
].join('\n');

describe('caseloadRoster: nothing hidden from the caseload', () => {
  const imported = importCaseloadCsv(CSV);
  const computed = computeCaseloadDeadlines(imported.students, Settings.parse({}), '2026-11-23' as IsoDate);
  const roster = caseloadRoster(imported, computed);

  it('lists every row of the input in order, including a row without a Student ID and a repeated ID', () => {
    expect(roster.map((e) => e.row)).toEqual([2, 3, 4, 5, 6]);
    expect(roster[1]).toMatchObject({ read: false, open: 0 });
    expect(roster[1]?.problems.join(' ')).toMatch(/Student ID/);
    expect(roster[2]).toMatchObject({ read: false });
    expect(roster[2]?.problems.join(' ')).toContain('already on row 2');
  });

  it('puts the cell problems beside the student they belong to, and students with nothing open stay listed', () => {
    expect(roster[3]).toMatchObject({ studentId: 'S4', name: 'Dee', read: true });
    expect(roster[3]?.problems.join(' ')).toContain('Last IEP Date "someday"');
    expect(roster[4]).toMatchObject({ studentId: 'S5', read: true, open: 0, problems: [] });
    expect(roster[0]).toMatchObject({ studentId: 'S1', read: true });
    expect(roster[0]?.open).toBeGreaterThan(0);
  });

  it("leaves another table's problems to that table (its rows are not students)", () => {
    const r = caseloadRoster(
      { students: [{ studentId: 'X' }], rows: [2], problems: [{ table: 'services', row: 2, column: 'Minutes', value: 'lots', reason: 'Not a number.', code: 'bad-cell' }] },
      { deadlines: [], problems: [] },
    );
    expect(r).toEqual([{ row: 2, studentId: 'X', name: '', read: true, problems: [], open: 0 }]);
  });

  it('adds the problems the engine found for a student', () => {
    const withEngine = caseloadRoster({ students: [{ studentId: 'X' }] }, { deadlines: [], problems: [{ studentId: 'X', problem: 'Initial evaluation: no referral date.' }] });
    expect(withEngine).toEqual([{ studentId: 'X', name: '', read: true, problems: ['Initial evaluation: no referral date.'], open: 0 }]);
  });
});
