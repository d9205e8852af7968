import { describe, expect, it } from 'vitest';
import { zipCaseloadFiles } from '../../shared/index.ts';
import { toBase64 } from '../lib/encrypted-backup.ts';
import { readImportReport, readWholeCaseload } from './db.ts';
import { importCaseloadZip } from './import-caseload-zip.ts';

describe('importCaseloadZip', () => {
  it('reads the zip whole again, writes its good rows and keeps its problems beside their students', async () => {
    const zip = zipCaseloadFiles({
      'students.csv': 'Student ID,Last IEP Date\nS1,2026-01-05\nS2,next week\n',
      'contacts.csv': 'Contact ID,Student ID,Date,Method\ncon-1,S1,2026-11-02,phone\ncon-2,S2,13/45/2026,phone\n',
    });
    const result = await importCaseloadZip(toBase64(zip));
    expect(result.problems).toBe(2);
    expect(result.counts.students).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(result.counts.contacts).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const { caseload } = await readWholeCaseload();
    expect(caseload.students).toEqual([{ studentId: 'S1', lastIepDate: '2026-01-05' }, { studentId: 'S2' }]);
    expect((await readImportReport())?.problems.map((p) => [p.table, p.row, p.studentId])).toEqual([
      ['students', 3, 'S2'],
      ['contacts', 3, 'S2'],
    ]);
  });

  it('refuses what is not a zip, or holds nothing to import: "Nothing was imported" and nothing written', async () => {
    await expect(importCaseloadZip(toBase64(new TextEncoder().encode('Student ID\nS1\n')))).rejects.toThrow(/^Nothing was imported: That file is not a \.zip file/);
    await expect(importCaseloadZip(toBase64(zipCaseloadFiles({ 'notes.csv': 'a\n1\n' })))).rejects.toThrow(/^Nothing was imported/);
    expect((await readWholeCaseload()).caseload.students).toEqual([]);
    expect(await readImportReport()).toBeNull();
  });
});
