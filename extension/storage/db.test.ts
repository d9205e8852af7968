import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { closeDb, DB_NAME, DB_VERSION, openDb, readCaseload, readCaseloadChecked, readDerived, writeDerived } from './db.ts';

describe('the database schema', () => {
  it('migrates a version 1 database, keeping its students, and adds the cache store', async () => {
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('students', { keyPath: 'studentId' });
        db.createObjectStore('settings');
        db.createObjectStore('taught', { keyPath: 'origin' });
        db.createObjectStore('audit', { autoIncrement: true });
      },
    });
    await v1.put('students', { studentId: 'S1', lastIepDate: '2026-01-15' });
    v1.close();

    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['audit', 'derived', 'settings', 'students', 'taught']);
    expect(await readCaseload()).toEqual([{ studentId: 'S1', lastIepDate: '2026-01-15' }]);
    await writeDerived('k', { a: 1 });
    expect(await readDerived('k')).toEqual({ a: 1 });
  });

  it('refuses a database made by a newer Casekeeper with a clear message', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('students', { keyPath: 'studentId' }) });
    newer.close();
    await closeDb();
    await expect(openDb()).rejects.toThrow(/newer Casekeeper/);
  });

  it('skips and counts a damaged record instead of hiding the whole caseload', async () => {
    const db = await openDb();
    await db.put('students', { studentId: 'S1' });
    await db.put('students', { studentId: 'S2', lastIepDate: 'next week' } as never);
    expect(await readCaseloadChecked()).toEqual({ students: [{ studentId: 'S1' }], damaged: 1 });
  });
});
