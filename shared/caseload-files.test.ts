import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseloadOf } from './caseload.ts';
import { checkCaseload } from './check-caseload.ts';
import { decodeText } from './decode-text.ts';
import { readCaseloadFiles } from './read-caseload-files.ts';
import { tableSpec } from './tables/index.ts';
import { tableRecords } from './test-arbitraries.ts';
import { MAX_ZIP_ENTRIES, unzipCaseloadFiles } from './unzip-caseload-files.ts';
import { writeCaseloadFiles } from './write-caseload-files.ts';
import { zipCaseloadFiles } from './zip-caseload-files.ts';
import { strToU8, zipSync } from 'fflate';

const texts = (files: Record<string, { text: string }>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.text]));

describe('a caseload on disk', () => {
  const files = {
    'Caseload/students.csv': 'Student ID,First Name\nS1,Ana\nS2,Ben\n',
    'Caseload/services.csv': 'Student ID,Service ID,Service,Frequency and Duration\nS1,svc-1,Speech,30 min 2x/week\nS9,svc-9,OT,30 min weekly\n',
    'Caseload/SESSIONS.CSV': 'Student ID,Service ID,Date,Minutes,Outcome\nS1,svc-1,9/8/2026,30,delivered\nS2,svc-1,9/8/2026,30,delivered\nS1,svc-7,9/8/2026,30,delivered\n',
    'Caseload/notes.txt': 'hello',
    '__MACOSX/._students.csv': 'x',
  };

  it('reads every table by file name, keeps rows with broken references and reports each one', () => {
    const r = readCaseloadFiles(files);
    expect(r.caseload.students).toHaveLength(2);
    expect(r.caseload.services).toHaveLength(2);
    expect(r.caseload.sessions).toHaveLength(3);
    expect(r.ignoredFiles).toEqual(['Caseload/notes.txt']);
    expect(r.found.map((f) => f.table)).toEqual(['students', 'services', 'sessions']);
    expect(r.problems).toEqual([
      { table: 'services', row: 3, column: 'Student ID', value: 'S9', reason: 'No student has the Student ID S9; add the student or fix the ID.', code: 'unknown-parent' },
      {
        table: 'sessions',
        row: 3,
        column: 'Service ID',
        value: 'svc-1',
        reason: 'Service ID svc-1 belongs to student S1, not S2; this row is not counted until it is fixed.',
        code: 'wrong-student',
      },
      { table: 'sessions', row: 4, column: 'Service ID', value: 'svc-7', reason: 'No row of Services has the Service ID svc-7; this row is not counted until it is fixed.', code: 'unknown-parent' },
    ]);
  });

  it('says so when there is no students file', () => {
    expect(readCaseloadFiles({ 'sessions.csv': 'x' }).problems[0]).toMatchObject({ table: 'students', reason: 'There is no students.csv; a caseload needs at least its students.' });
  });

  it('folder → zip → folder gives the same records, and zipping the same files twice gives the same bytes', () => {
    const read = readCaseloadFiles(files).caseload;
    const written = writeCaseloadFiles(read);
    const zip = zipCaseloadFiles(written);
    expect(zipCaseloadFiles(writeCaseloadFiles(read))).toEqual(zip);
    const unzipped = unzipCaseloadFiles(zip);
    expect(unzipped.ok).toBe(true);
    if (!unzipped.ok) return;
    const back = readCaseloadFiles(texts(unzipped.value));
    expect(back.caseload).toEqual(read);
    expect(writeCaseloadFiles(back.caseload)).toEqual(written);
  });

  it('property: every table written and read back is unchanged', () => {
    fc.assert(
      fc.property(tableRecords(tableSpec('students')), tableRecords(tableSpec('contacts')), tableRecords(tableSpec('goals')), (students, contacts, goals) => {
        const caseload = caseloadOf({ students, contacts, goals });
        const back = readCaseloadFiles(writeCaseloadFiles(caseload));
        expect(back.caseload).toEqual(caseload);
        expect(back.problems.filter((p) => p.code !== 'unknown-parent' && p.code !== 'wrong-student')).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses what is not a zip, a damaged zip, and a zip with too many files, in plain words', () => {
    expect(unzipCaseloadFiles(strToU8('Student ID\nS1'))).toMatchObject({ ok: false, error: { code: 'not-a-zip' } });
    const zip = zipCaseloadFiles({ 'students.csv': 'Student ID\nS1\n' });
    expect(unzipCaseloadFiles(zip.slice(0, zip.length - 30))).toMatchObject({ ok: false, error: { code: 'bad-zip' } });
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) many[`f${i}.csv`] = strToU8('x');
    expect(unzipCaseloadFiles(zipSync(many))).toMatchObject({ ok: false, error: { code: 'zip-too-many-files' } });
  });
});

describe('checkCaseload', () => {
  it('checks data points against goals and checks against accommodations of the same student', () => {
    const caseload = caseloadOf({
      students: [{ studentId: 'S1' }],
      goals: [{ goalId: 'g1', studentId: 'S1', goal: 'Read' }],
      goalData: [{ pointId: 'p1', studentId: 'S1', goalId: 'g2', date: '2026-09-08' as never, value: 3 }],
      checks: [{ checkId: 'c1', studentId: 'S1', accommodationId: 'a1', date: '2026-09-08' as never, result: 'implemented' }],
    });
    expect(checkCaseload(caseload).map((p) => [p.table, p.row, p.column, p.code])).toEqual([
      ['goalData', 2, 'Goal ID', 'unknown-parent'],
      ['checks', 2, 'Accommodation ID', 'unknown-parent'],
    ]);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, UTF-16, and Windows-1252 exports without losing accents', () => {
    expect(decodeText(strToU8('José Núñez'))).toEqual({ text: 'José Núñez', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('Ana')]))).toEqual({ text: 'Ana', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0, 0xe9, 0]))).toEqual({ text: 'Aé', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0, 0x41, 0, 0xe9]))).toEqual({ text: 'Aé', encoding: 'utf-16be' });
    const cp1252 = new Uint8Array([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x4e, 0xfa, 0xf1, 0x65, 0x7a, 0x20, 0x93, 0x80, 0x94]);
    expect(decodeText(cp1252)).toEqual({ text: 'José Núñez “€”', encoding: 'windows-1252' });
  });

  it('property: any string encoded as UTF-8 reads back as itself', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }).filter((s) => !s.startsWith('\uFEFF')), (s) => {
        expect(decodeText(strToU8(s)).text).toBe(s);
      }));
  });
});
