import { describe, expect, it } from 'vitest';
import { defaultSettings, importCaseloadCsv, type IsoDate, type StudentRecord } from '../../shared/index.ts';
import { deleteAll, exportData, importStudents, parseBackup, removeStudent, restoreBackup, saveSettings, saveTaught, upsertStudent } from './data-store.ts';
import { openDb, readAudit, readCaseload, readSettings } from './db.ts';

const today = '2026-11-23' as IsoDate;
const ann = { studentId: 'S1001', firstName: 'Ann', lastName: 'Rivera', lastIepDate: '2026-01-15' as IsoDate, school: 'Oak' } satisfies StudentRecord;
const ben = { studentId: 'S1002', firstName: 'Ben', lastName: 'Okafor', lastIepDate: '2026-02-01' as IsoDate } satisfies StudentRecord;

describe('caseload storage', () => {
  it('adds, then updates, a student and logs only action and count', async () => {
    expect(await upsertStudent(ann)).toEqual({ added: true });
    expect(await upsertStudent({ ...ann, school: 'Elm' })).toEqual({ added: false });
    expect(await readCaseload()).toEqual([{ ...ann, school: 'Elm' }]);
    const audit = await readAudit();
    expect(audit.map((a) => [a.action, a.count])).toEqual([['add-student', 1], ['update-student', 1]]);
    expect(JSON.stringify(audit)).not.toMatch(/Ann|Rivera|S1001|2026-01-15/);
  });

  it('imports merge by student id and refuse a file naming a student twice, writing nothing', async () => {
    await upsertStudent(ann);
    expect(await importStudents([{ ...ann, grade: '4' }, ben])).toEqual({ added: 1, updated: 1 });
    expect((await readCaseload()).map((s) => s.studentId)).toEqual(['S1001', 'S1002']);
    const before = await readCaseload();
    await expect(importStudents([{ studentId: 'S9' }, { studentId: 'S9' }])).rejects.toThrow(/appears twice/);
    expect(await readCaseload()).toEqual(before);
  });

  it('keeps the old caseload when the browser refuses a write part-way (storage full): nothing half-written', async () => {
    await upsertStudent(ann);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(importStudents([{ ...ann, grade: '9' }, ben])).rejects.toThrow(/storage for Casekeeper is full.*unchanged/);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await readCaseload()).toEqual([ann]);
    expect((await readAudit()).map((a) => a.action)).toEqual(['add-student']);
  });

  it('exports a CSV that imports back to the same caseload', async () => {
    await importStudents([ann, ben]);
    const { text, count } = await exportData('csv', today);
    expect(count).toBe(2);
    const back = importCaseloadCsv(text);
    expect(back.problems).toEqual([]);
    expect(back.students).toEqual(await readCaseload());
    expect((await readAudit()).at(-1)).toMatchObject({ action: 'export', count: 2 });
  });

  it('exports deadlines as an .ics calendar', async () => {
    await importStudents([ann]);
    const { text } = await exportData('ics', today);
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('S1001-annual-review@casekeeper');
  });

  it('round-trips a full backup (students, settings, taught sites) and restores it whole', async () => {
    await importStudents([ann, ben]);
    await saveSettings({ ...defaultSettings, state: 'CA', soonDays: 45 });
    const { text } = await exportData('json', today);
    await deleteAll();
    expect(await readCaseload()).toEqual([]);
    expect(await restoreBackup(text)).toEqual({ students: 2 });
    expect((await readCaseload()).map((s) => s.studentId)).toEqual(['S1001', 'S1002']);
    expect(await readSettings()).toMatchObject({ state: 'CA', soonDays: 45 });
  });

  it('removes one student', async () => {
    await importStudents([ann, ben]);
    expect(await removeStudent('S1001')).toEqual({ removed: true });
    expect(await removeStudent('S1001')).toEqual({ removed: false });
    expect((await readCaseload()).map((s) => s.studentId)).toEqual(['S1002']);
  });

  it('delete all leaves no student data, settings or taught sites in storage, only the audit log', async () => {
    await importStudents([ann, ben]);
    await saveSettings({ ...defaultSettings, urgentDays: 3 });
    await saveTaught('https://iep.example.org', { studentId: { label: 'Ref', relation: 'next-sibling' } });
    expect(await deleteAll()).toEqual({ students: 2 });
    const db = await openDb();
    expect([await db.count('students'), await db.count('settings'), await db.count('taught')]).toEqual([0, 0, 0]);
    expect(JSON.stringify(await db.getAll('audit'))).not.toMatch(/Rivera|S1001/);
    expect((await readAudit()).at(-1)).toMatchObject({ action: 'delete-all', count: 2 });
    expect(await readSettings()).toMatchObject({ urgentDays: 7 });
  });
});

describe('parseBackup', () => {
  it('migrates a version 1 backup (students only)', () => {
    const r = parseBackup(JSON.stringify({ format: 'casekeeper-backup', version: 1, students: [ann] }));
    expect(r.ok && r.value.version).toBe(3);
    expect(r.ok && r.value.students).toEqual([ann]);
    expect(r.ok && r.value.tables.sessions).toEqual([]);
  });

  it('migrates a version 2 backup (students, settings, taught sites) with every other table empty', () => {
    const r = parseBackup(JSON.stringify({ format: 'casekeeper-backup', version: 2, exportedAt: '', students: [ann], settings: defaultSettings, taughtSites: {} }));
    expect(r.ok && r.value.version).toBe(3);
    expect(r.ok && r.value.tables).toMatchObject({ services: [], sessions: [], contacts: [] });
  });

  it('refuses a backup from a newer Casekeeper', () => {
    const r = parseBackup(JSON.stringify({ format: 'casekeeper-backup', version: 4, students: [] }));
    expect(r).toEqual({ ok: false, error: expect.stringContaining('newer Casekeeper') });
  });

  it('refuses a truncated file, saying where it stops', () => {
    const text = JSON.stringify({ format: 'casekeeper-backup', version: 1, students: [ann, ben] });
    const r = parseBackup(text.slice(0, 60));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/cut short.*Nothing was changed/) });
  });

  it('refuses a backup with a bad date and one that repeats a student', () => {
    expect(parseBackup(JSON.stringify({ format: 'casekeeper-backup', version: 1, students: [{ studentId: 'S1', lastIepDate: '2025-13-45' }] })).ok).toBe(false);
    expect(parseBackup(JSON.stringify({ format: 'casekeeper-backup', version: 1, students: [ann, ann] }))).toEqual({
      ok: false,
      error: expect.stringContaining('appears twice'),
    });
  });

  it('restoring a bad backup changes nothing', async () => {
    await importStudents([ann]);
    await expect(restoreBackup('{"format":"casekeeper-backup","version":1,"students":[')).rejects.toThrow(/cut short/);
    expect(await readCaseload()).toEqual([ann]);
  });
});

describe('student ids on import (one rule with the sheet: trimmed, NFC, any case)', () => {
  it('an import naming s1001 updates the saved S1001 instead of adding a second student', async () => {
    const ann = { studentId: 'S1001', firstName: 'Ann', lastName: 'Rivera', lastIepDate: '2026-01-15' as IsoDate };
    await importStudents([ann]);
    expect(await importStudents([{ ...ann, studentId: 's1001', lastName: 'Rivera-Soto' }])).toEqual({ added: 0, updated: 1 });
    expect(await readCaseload()).toEqual([{ ...ann, lastName: 'Rivera-Soto' }]);
    await expect(importStudents([{ ...ann, studentId: 'S2' }, { ...ann, studentId: 's2' }])).rejects.toThrow(/Nothing imported: student id s2 appears twice/);
  });
});
