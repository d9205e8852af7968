import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { caseloadOf, defaultSettings } from '../../shared/index.ts';
import { closeDb, DB_NAME, DB_VERSION, openDb, readAudit, readCaseload, readCaseloadChecked, readDerived, readSettings, readTableChecked, readWholeCaseload, writeDerived } from './db.ts';

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
    expect([...db.objectStoreNames].sort()).toEqual(['accommodations', 'audit', 'checks', 'contacts', 'derived', 'goalData', 'goals', 'history', 'reports', 'services', 'sessions', 'settings', 'students', 'sync', 'taught']);
    expect(await readCaseload()).toEqual([{ studentId: 'S1', lastIepDate: '2026-01-15' }]);
    await writeDerived('k', { a: 1 });
    expect(await readDerived('k')).toEqual({ a: 1 });
  });

  it('migrates a version 2 database holding data to version 3: every table, its students, settings, audit and cache kept', async () => {
    const v2 = await openDB(DB_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('students', { keyPath: 'studentId' });
        db.createObjectStore('settings');
        db.createObjectStore('taught', { keyPath: 'origin' });
        db.createObjectStore('audit', { autoIncrement: true });
        db.createObjectStore('derived', { keyPath: 'key' });
      },
    });
    await v2.put('students', { studentId: 'S1', firstName: 'Ann', lastIepDate: '2026-01-15' });
    await v2.put('students', { studentId: 'S2' });
    await v2.put('settings', { ...defaultSettings, state: 'TX' }, 'settings');
    await v2.add('audit', { at: '2026-01-01T00:00:00.000Z', action: 'import', count: 2 });
    await v2.put('derived', { key: 'k', value: 1 });
    v2.close();

    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await readCaseload()).toEqual([{ studentId: 'S1', firstName: 'Ann', lastIepDate: '2026-01-15' }, { studentId: 'S2' }]);
    expect(await readSettings()).toMatchObject({ state: 'TX' });
    expect((await readAudit()).map((a) => a.action)).toEqual(['import']);
    expect(await readDerived('k')).toBe(1);
    const whole = await readWholeCaseload();
    expect(whole.caseload).toEqual(caseloadOf({ students: whole.caseload.students }));
    expect(whole.damaged).toEqual({});
    // The new stores take rows keyed by each table's key.
    await db.put('sessions', { sessionId: 'ses-1', studentId: 'S1', serviceId: 'svc-1', date: '2026-11-02', minutes: 30, outcome: 'delivered' } as never);
    expect((await readTableChecked('sessions')).rows.map((r) => r.sessionId)).toEqual(['ses-1']);
  });

  it('migrates a version 3 database to version 4: every table kept, and a sync store for the team sheet', async () => {
    const v3 = await openDB(DB_NAME, 3, {
      upgrade(db) {
        db.createObjectStore('students', { keyPath: 'studentId' });
        db.createObjectStore('settings');
        db.createObjectStore('taught', { keyPath: 'origin' });
        db.createObjectStore('audit', { autoIncrement: true });
        db.createObjectStore('derived', { keyPath: 'key' });
        for (const [name, keyPath] of [['services', 'serviceId'], ['sessions', 'sessionId'], ['goals', 'goalId'], ['goalData', 'pointId'], ['accommodations', 'accommodationId'], ['checks', 'checkId'], ['contacts', 'contactId'], ['history', 'historyId'], ['reports', 'reportId']] as const) {
          db.createObjectStore(name, { keyPath });
        }
      },
    });
    await v3.put('students', { studentId: 'S1', firstName: 'Ann' });
    await v3.put('sessions', { sessionId: 'ses-1', studentId: 'S1', serviceId: 'svc-1', date: '2026-11-02', minutes: 30, outcome: 'delivered' });
    v3.close();

    const db = await openDb();
    expect(db.version).toBe(4);
    const whole = await readWholeCaseload();
    expect(whole.caseload.students).toEqual([{ studentId: 'S1', firstName: 'Ann' }]);
    expect(whole.caseload.sessions.map((s) => s.sessionId)).toEqual(['ses-1']);
    expect(await db.count('sync')).toBe(0);
    await db.put('sync', { syncId: 'connection', sheetId: 'x' });
    expect(await db.getKey('sync', 'connection')).toBe('connection');
  });

  it('counts damaged records per table, never dropping them silently', async () => {
    const db = await openDb();
    await db.put('students', { studentId: 'S1' });
    await db.put('sessions', { sessionId: 'ses-1', studentId: 'S1', serviceId: 'svc-1', date: '2026-11-02', minutes: 30, outcome: 'delivered' } as never);
    await db.put('sessions', { sessionId: 'ses-2', studentId: 'S1', serviceId: 'svc-1', date: 'someday', minutes: -4, outcome: 'delivered' } as never);
    await db.put('contacts', { contactId: 'con-1' } as never);
    const whole = await readWholeCaseload();
    expect(whole.caseload.sessions.map((s) => s.sessionId)).toEqual(['ses-1']);
    expect(whole.damaged).toEqual({ sessions: 1, contacts: 1 });
    expect(await db.count('sessions')).toBe(2); // kept in place
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
