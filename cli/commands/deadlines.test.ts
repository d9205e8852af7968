import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../io.ts';
import { main } from '../main.ts';

async function cli(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n'), lines: io.stdout };
}

/** Synthetic caseload: a good row, a row with no ID, a repeated ID, a bad date, an NC student with consent only, one with nothing open. */
const CSV = [
  'Student ID,First Name,Last Name,Last IEP Date,Consent Date,State',
  'T1,Ana,Ames,2025-12-20,,',
  ',Ben,Bright,2026-01-10,,',
  'T1,Cal,Cole,2026-02-01,,',
  'T4,Dee,Dunn,someday,,',
  'T5,Eve,Earl,,2026-10-01,NC',
  'T6,Fay,Ford,,,',
].join('\n');

function caseload(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'casekeeper-deadlines-')), 'caseload.csv');
  writeFileSync(path, CSV);
  return path;
}

describe('casekeeper deadlines: every student of the input appears, with their problems beside them', () => {
  it('shows rows with a missing or repeated Student ID in the table with their problem, not as a footer count', async () => {
    const r = await cli('deadlines', caseload(), '--today', '2026-11-23');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Not read +row 3 \(not read\) +Student ID: The Student ID is missing/);
    expect(r.out).toMatch(/Not read +row 4 \(not read\) +Student ID "T1": Student ID T1 is already on row 2/);
    expect(r.err).toBe('');
  });

  it('lists every student read, those with nothing open and those whose deadline could not be placed (NC 1503-2.2)', async () => {
    const r = await cli('deadlines', caseload(), '--today', '2026-11-23');
    for (const id of ['T1 Ana Ames', 'T4 Dee Dunn', 'T5 Eve Earl', 'T6 Fay Ford']) expect(r.out, id).toContain(id);
    expect(r.out).toMatch(/Check +T5 Eve Earl +Evaluation.*counts from the Referral Date, which is blank/);
    expect(r.out).toMatch(/T4 Dee Dunn .*Last IEP Date "someday"/);
    expect(r.out).toMatch(/Nothing open +T6 Fay Ford/);
  });

  it('keeps every row in the JSON and the CSV too', async () => {
    const path = caseload();
    const json = JSON.parse((await cli('deadlines', path, '--today', '2026-11-23', '--format', 'json')).out);
    expect(json.students.map((e: { row: number }) => e.row)).toEqual([2, 3, 4, 5, 6, 7]);
    const csv = Papa.parse<Record<string, string>>((await cli('deadlines', path, '--today', '2026-11-23', '--format', 'csv')).out, { header: true }).data;
    expect(csv.some((row) => row.Student === 'Row 3 (not read)' && row.Problems?.includes('Student ID is missing'))).toBe(true);
    expect(csv.some((row) => row['Student ID'] === 'T6' && row.Status === 'Nothing open')).toBe(true);
    expect(csv.some((row) => row['Student ID'] === 'T5' && row.Problems?.includes('Referral Date'))).toBe(true);
  });
});
