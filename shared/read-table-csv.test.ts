import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readTableCsv } from './read-table-csv.ts';
import { CASELOAD_TABLES, tableSpec } from './tables/index.ts';
import { tableRecords } from './test-arbitraries.ts';
import { writeTableCsv } from './write-table-csv.ts';

const SESSIONS = tableSpec('sessions');

describe('readTableCsv', () => {
  it('reads a service log with its own headers, spellings and extra columns', () => {
    const csv = 'Session Date,Student ID,Service ID,Minutes Provided,Status,Bus\n9/8/2026,S1,svc-1,30,Delivered,7\n9/9/2026,S1,svc-1,30,Absent,7\n9/10/2026,S1,svc-1,30,Make up,7\n';
    const r = readTableCsv(SESSIONS, csv);
    expect(r.problems).toEqual([]);
    expect(r.ignoredColumns).toEqual(['Bus']);
    expect(r.records.map((s) => [s.date, s.minutes, s.outcome])).toEqual([
      ['2026-09-08', 30, 'delivered'],
      ['2026-09-09', 30, 'student-absent'],
      ['2026-09-10', 30, 'makeup'],
    ]);
  });

  it('generates the same ids for the same file, and different ids for identical rows', () => {
    const csv = 'Student ID,Service ID,Date,Minutes,Outcome\nS1,svc-1,9/8/2026,30,delivered\nS1,svc-1,9/8/2026,30,delivered\n';
    const first = readTableCsv(SESSIONS, csv).records.map((s) => s.sessionId);
    const again = readTableCsv(SESSIONS, csv).records.map((s) => s.sessionId);
    expect(first).toEqual(again);
    expect(new Set(first).size).toBe(2);
    expect(first[0]).toMatch(/^ses-[0-9a-z]{8}$/);
  });

  it('gives a row without an id the id it got before (ids already in teachers\' sheets never change), with or without a Session ID column', () => {
    const withoutColumn = 'Student ID,Service ID,Date,Minutes,Outcome,Note\nS1,svc-1,9/8/2026,30,delivered,"\'=SUM(A1)"\n';
    const blankColumn = 'Session ID,Student ID,Service ID,Date,Minutes,Outcome,Note\n,S1,svc-1,9/8/2026,30,delivered,"\'=SUM(A1)"\n, S1 ,svc-1,2026-09-09,30,absent,x\n';
    expect(readTableCsv(SESSIONS, withoutColumn).records).toEqual([{ sessionId: 'ses-89i7x4m8', studentId: 'S1', serviceId: 'svc-1', date: '2026-09-08', minutes: 30, outcome: 'delivered', note: '=SUM(A1)' }]);
    expect(readTableCsv(SESSIONS, blankColumn).records.map((s) => s.sessionId)).toEqual(['ses-uaer5x4s', 'ses-zscm2om7']);
  });

  it('reports each bad cell with table, row, column, value and reason, and keeps the good rows', () => {
    const csv = 'Student ID,Service ID,Date,Minutes,Outcome\nS1,svc-1,9/8/2026,thirty,delivered\nS1,svc-1,2/30/2026,30,delivered\nS1,svc-1,9/9/2026,20,slept\nS1,svc-1,9/10/2026,25,delivered\n';
    const r = readTableCsv(SESSIONS, csv);
    expect(r.records.map((s) => s.date)).toEqual(['2026-09-10']);
    expect(r.rowNumbers).toEqual([5]);
    expect(r.problems).toEqual([
      { table: 'sessions', row: 2, column: 'Minutes', value: 'thirty', reason: '"thirty" is not a number. This row was not imported.', code: 'missing-value' },
      { table: 'sessions', row: 3, column: 'Date', value: '2/30/2026', reason: '"2/30/2026" is not a real day (that month has no day 30). This row was not imported.', code: 'missing-value' },
      {
        table: 'sessions',
        row: 4,
        column: 'Outcome',
        value: 'slept',
        reason: '"slept" is not one of: delivered, makeup, student absent, student unavailable, provider absent, school closed, other. This row was not imported.',
        code: 'missing-value',
      },
    ]);
  });

  it('stops with the missing required column, but not for a missing id column (ids are generated)', () => {
    expect(readTableCsv(SESSIONS, 'Student ID,Date\nS1,9/8/2026').problems[0]).toMatchObject({ code: 'missing-column', column: 'Service ID, Minutes, Outcome' });
    expect(readTableCsv(SESSIONS, 'Student ID,Service ID,Date,Minutes,Outcome\nS1,v,9/8/2026,3,delivered').records).toHaveLength(1);
  });

  it('keeps the first row of an id seen twice and names the row', () => {
    const csv = 'Session ID,Student ID,Service ID,Date,Minutes,Outcome\na,S1,v,9/8/2026,30,delivered\na,S1,v,9/9/2026,30,delivered\n';
    const r = readTableCsv(SESSIONS, csv);
    expect(r.records).toHaveLength(1);
    expect(r.problems).toEqual([{ table: 'sessions', row: 3, column: 'Session ID', value: 'a', reason: 'Session ID a is already on row 2; this row was skipped.', code: 'duplicate-id' }]);
  });

  it('keeps the first row of each repeated id and reports every later one in row order, after that row\'s cell problems', () => {
    const csv = [
      'Session ID,Student ID,Service ID,Date,Minutes,Outcome,Group Size',
      'b,S1,v,9/8/2026,30,delivered,1',
      'a,S1,v,9/8/2026,30,delivered,1',
      'b,S1,v,9/9/2026,30,delivered,many',
      'c,S1,v,9/10/2026,30,delivered,1',
      'a,S1,v,9/11/2026,30,delivered,1',
      'b,S1,v,9/12/2026,30,delivered,1',
    ].join('\n');
    const r = readTableCsv(SESSIONS, csv);
    expect(r.records.map((s) => [s.sessionId, s.date])).toEqual([['b', '2026-09-08'], ['a', '2026-09-08'], ['c', '2026-09-10']]);
    expect(r.rowNumbers).toEqual([2, 3, 5]);
    expect(r.problems.map((p) => [p.row, p.code, p.reason])).toEqual([
      [4, 'bad-cell', '"many" is not a whole number.'],
      [4, 'duplicate-id', 'Session ID b is already on row 2; this row was skipped.'],
      [6, 'duplicate-id', 'Session ID a is already on row 3; this row was skipped.'],
      [7, 'duplicate-id', 'Session ID b is already on row 2; this row was skipped.'],
    ]);
  });

  it('reads yes/no, times and NUL or bidi characters in ids as page text is cleaned', () => {
    const contacts = tableSpec('contacts');
    const r = readTableCsv(contacts, 'Contact ID,Student ID,Date,Time,Concern Raised,Method,Result\nc1,S\u00001\u202E,9/8/2026,3:30 PM,Yes,Phone call,Voicemail\n');
    expect(r.records[0]).toEqual({ contactId: 'c1', studentId: 'S1', date: '2026-09-08', time: '15:30', concern: true, method: 'phone', result: 'left-message' });
  });

  for (const spec of CASELOAD_TABLES) {
    it(`property: ${spec.label}: write then read gives back the same records, with BOM, CRLF and ; separators`, () => {
      fc.assert(
        fc.property(tableRecords(spec as never), fc.boolean(), fc.boolean(), (records, bom, crlf) => {
          let csv = writeTableCsv(spec as never, records as never);
          if (crlf) csv = csv.replace(/\n/g, '\r\n');
          if (bom) csv = `\uFEFF${csv}`;
          const back = readTableCsv(spec as never, csv);
          expect(back.problems).toEqual([]);
          expect(back.records).toEqual(records);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('property: any text gives valid records and numbered problems, never an exception', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { maxLength: 6 }), { maxLength: 6 }), (rows) => {
        const csv = Papa.unparse([['Student ID', 'Service ID', 'Date', 'Minutes', 'Outcome'], ...rows]);
        const r = readTableCsv(SESSIONS, csv);
        for (const s of r.records) expect(SESSIONS.schema.safeParse(s).success).toBe(true);
        for (const p of r.problems) expect(p.row).toBeGreaterThan(0);
      }),
    );
  });
});

describe('readTableCsv in parts', () => {
  it('reads a line that starts with a byte-order mark as it reads it whole (found by the property below)', () => {
    const csv = 'Session ID,Student ID,Service ID,Date,Minutes,Outcome,Note\n\uFEFF"';
    expect(readTableCsv(SESSIONS, csv, { partSize: 1 })).toEqual(readTableCsv(SESSIONS, csv, { partSize: Infinity }));
  });

  it('property: reading a file in parts gives the same records and problems, row numbers included, as reading it whole', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'S1', 'svc', '9/8/2026', '30', 'Absent', '"', '""', ',', '\n', '\r\n', ' ', '=1+1', "'", '\uFEFF') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 10 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 1, max: 60 }),
        (rows, newline, raw, partSize) => {
          const header = 'Session ID,Student ID,Service ID,Date,Minutes,Outcome,Note';
          const body = raw ? rows.map((r) => r.join(',')).join(newline) : Papa.unparse(rows, { newline });
          const csv = `${header}${newline}${body}`;
          expect(readTableCsv(SESSIONS, csv, { partSize })).toEqual(readTableCsv(SESSIONS, csv, { partSize: Infinity }));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
