import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IsoDate, StudentRecord } from '../../shared/index.ts';
import { beforeHandler, handlers } from '../entrypoints/background.ts';
import { routeMessage } from '../messaging/router.ts';
import { DAMAGED_LOCK, WRONG_PASSPHRASE } from './at-rest.ts';
import { deleteAll, exportData, importStudents, removeStudent, restoreBackup, saveTaught, upsertStudent } from './data-store.ts';
import { LOCKED, openDb, readAudit, readCaseload, readCaseloadChecked, readDerived, readTaught, writeDerived } from './db.ts';
import { disableLock, enableLock, lockNow, lockStatus, unlock } from './lock.ts';

const today = '2026-11-23' as IsoDate;
const ann = { studentId: 'S1001', firstName: 'Ann', lastName: 'Rivera', lastIepDate: '2026-01-15' as IsoDate, school: 'Oak' } satisfies StudentRecord;
const ben = { studentId: 'S1002', firstName: 'Ben', lastName: 'Okafor', lastIepDate: '2026-02-01' as IsoDate } satisfies StudentRecord;
const PASS = 'correct horse battery';
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const panel = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const send = (message: unknown) => routeMessage(message, panel, handlers, { extensionId: ID, beforeHandler });

/** Every stored value, with stored bytes shown as text, so a plaintext name would be found in them. */
async function rawDump(): Promise<string> {
  const db = await openDb();
  const stores = ['students', 'taught', 'derived', 'settings'] as const;
  const all = await Promise.all(stores.map((s) => db.getAll(s)));
  return JSON.stringify(all, (_k, v: unknown) => (v instanceof Uint8Array ? `bytes:${new TextDecoder().decode(v)}|${[...v].join(',')}` : v));
}

async function withData(): Promise<void> {
  await importStudents([ann, ben]);
  await saveTaught('https://iep.example.org', { firstName: { label: 'Given name', relation: 'next-sibling' } });
  await writeDerived('next-deadlines', { S1001: 'Rivera annual review' });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the passphrase lock', () => {
  it('encrypts every student, taught site and cache at rest, and still reads them while unlocked', async () => {
    await withData();
    expect(await rawDump()).toContain('Rivera');
    expect(await enableLock(PASS)).toEqual({ enabled: true, unlocked: true, idleMinutes: 15 });
    const raw = await rawDump();
    for (const secret of ['Rivera', 'Ann', 'Okafor', 'Oak', 'S1001', 'S1002', 'Given name', '2026-01-15']) expect(raw).not.toContain(secret);
    const lock = (await (await openDb()).get('settings', 'lock')) as { kdf: { iterations: number; salt: Uint8Array } };
    expect(lock.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(lock.kdf.salt).toHaveLength(16);
    expect(await readCaseload()).toEqual([ann, ben]);
    expect(Object.keys(await readTaught())).toEqual(['https://iep.example.org']);
    expect(await readDerived('next-deadlines')).toBeUndefined();
    expect((await readAudit()).at(-1)).toMatchObject({ action: 'lock-on', count: 2 });
  });

  it('seals each new write with a fresh IV', async () => {
    await enableLock(PASS);
    expect(await upsertStudent(ann)).toEqual({ added: true });
    const [first] = (await (await openDb()).getAll('students')) as { sealed: { iv: Uint8Array } }[];
    expect(await upsertStudent(ann)).toEqual({ added: false });
    const all = (await (await openDb()).getAll('students')) as { sealed: { iv: Uint8Array } }[];
    expect(all).toHaveLength(1);
    expect([...(all[0]?.sealed.iv ?? [])]).not.toEqual([...(first?.sealed.iv ?? [])]);
    expect(await rawDump()).not.toContain('Rivera');
    expect(await readCaseload()).toEqual([ann]);
    await upsertStudent(ben);
    expect(await removeStudent('S1001')).toEqual({ removed: true });
    expect(await readCaseload()).toEqual([ben]);
  });

  it('refuses every data read, write, import and export while locked (only "wipe everything" is allowed), and changes nothing', async () => {
    await withData();
    await enableLock(PASS);
    expect(await send({ type: 'lock.lock' })).toEqual({ ok: true, value: { enabled: true, unlocked: false, idleMinutes: 15 } });
    const before = await rawDump();
    const audit = (await readAudit()).length;
    await expect(readCaseload()).rejects.toThrow(LOCKED);
    await expect(readTaught()).rejects.toThrow(LOCKED);
    const requests = [
      { type: 'caseload.upsert', student: ann },
      { type: 'caseload.import', students: [ben] },
      { type: 'caseload.remove', studentId: 'S1001' },
      { type: 'backup.restore', text: JSON.stringify({ format: 'casekeeper-backup', version: 1, students: [] }) },
      { type: 'data.export', format: 'json', today },
      { type: 'data.export', format: 'csv', today },
      { type: 'settings.save', settings: { state: 'CA' } },
      { type: 'taught.save', origin: 'https://iep.example.org', mapping: {} },
    ];
    for (const request of requests) expect(await send(request), request.type).toEqual({ ok: false, error: LOCKED });
    expect(await rawDump()).toBe(before);
    expect(await readAudit()).toHaveLength(audit);
  });

  it('says "Wrong passphrase", again and again, and changes nothing; the right one unlocks', async () => {
    await withData();
    await enableLock(PASS);
    await lockNow();
    const before = await rawDump();
    for (const wrong of ['correct horse batterY', 'wrong wrong wrong', PASS + ' ']) {
      expect(await send({ type: 'lock.unlock', passphrase: wrong })).toEqual({ ok: false, error: WRONG_PASSPHRASE });
    }
    expect(await rawDump()).toBe(before);
    expect(await lockStatus()).toMatchObject({ enabled: true, unlocked: false });
    expect(await send({ type: 'lock.unlock', passphrase: PASS })).toMatchObject({ ok: true, value: { unlocked: true } });
    expect(await readCaseload()).toEqual([ann, ben]);
    expect((await readAudit()).at(-1)).toMatchObject({ action: 'unlock', count: 2 });
  });

  it('normalises the passphrase to NFC', async () => {
    await enableLock('café au lait, s\u0301il vous plaît'.normalize('NFC'));
    await lockNow();
    await unlock('café au lait, s\u0301il vous plaît'.normalize('NFD'));
    expect(await lockStatus()).toMatchObject({ unlocked: true });
  });

  it('fails closed on one changed byte in a stored student, keeping it as it is', async () => {
    await withData();
    await enableLock(PASS);
    const db = await openDb();
    const [stored] = (await db.getAll('students')) as { studentId: string; sealed: { iv: Uint8Array; data: Uint8Array } }[];
    if (!stored) throw new Error('nothing stored');
    const data = new Uint8Array(stored.sealed.data);
    data[5] = (data[5] ?? 0) ^ 1;
    await db.put('students', { ...stored, sealed: { ...stored.sealed, data } });
    const tampered = await rawDump();
    const read = await readCaseloadChecked();
    expect(read.damaged).toBe(1);
    expect(read.students).toHaveLength(1);
    expect([ann, ben]).toContainEqual(read.students[0]);
    expect(await rawDump()).toBe(tampered); // reading changes nothing
    // The lock comes off around the damaged record, saying how many were skipped; the good one is plain again.
    expect(await disableLock(PASS)).toEqual({ enabled: false, unlocked: true, idleMinutes: 15, skipped: 1 });
    expect(await readCaseload()).toEqual(read.students);
  });

  it('fails closed on one changed byte in the wrapped key, saying so rather than "wrong passphrase"', async () => {
    await withData();
    await enableLock(PASS);
    await lockNow();
    const db = await openDb();
    const lock = (await db.get('settings', 'lock')) as unknown as { wrapped: { iv: Uint8Array; data: Uint8Array } };
    const data = new Uint8Array(lock.wrapped.data);
    data[0] = (data[0] ?? 0) ^ 0x80;
    await db.put('settings', { ...lock, wrapped: { ...lock.wrapped, data } } as never, 'lock');
    const tampered = await rawDump();
    expect(await send({ type: 'lock.unlock', passphrase: PASS })).toEqual({ ok: false, error: DAMAGED_LOCK });
    expect(await rawDump()).toBe(tampered);
    expect(await send({ type: 'data.export', format: 'csv', today })).toEqual({ ok: false, error: LOCKED });
  });

  it('locks itself after the idle minutes without requests, and requests keep it open until then', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T09:00:00Z'));
    await withData();
    expect(await send({ type: 'lock.enable', passphrase: PASS, idleMinutes: 15 })).toMatchObject({ ok: true });
    vi.setSystemTime(new Date('2026-11-23T09:14:00Z'));
    expect(await send({ type: 'data.export', format: 'csv', today })).toMatchObject({ ok: true });
    vi.setSystemTime(new Date('2026-11-23T09:28:00Z')); // 14 minutes after the last request
    expect(await send({ type: 'lock.status' })).toMatchObject({ ok: true, value: { unlocked: true } });
    vi.setSystemTime(new Date('2026-11-23T09:44:00Z')); // status checks do not count as activity: 30 minutes idle
    expect(await send({ type: 'data.export', format: 'csv', today })).toEqual({ ok: false, error: LOCKED });
    expect(await lockStatus()).toMatchObject({ enabled: true, unlocked: false });
    await expect(readCaseload()).rejects.toThrow(LOCKED);
  });

  it('follows a changed idle time, kept in the lock for the next unlock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T09:00:00Z'));
    await withData();
    await send({ type: 'lock.enable', passphrase: PASS, idleMinutes: 15 });
    expect(await send({ type: 'lock.configure', idleMinutes: 5 })).toMatchObject({ ok: true, value: { idleMinutes: 5 } });
    vi.setSystemTime(new Date('2026-11-23T09:06:00Z'));
    expect(await send({ type: 'data.export', format: 'csv', today })).toEqual({ ok: false, error: LOCKED });
    expect(await send({ type: 'lock.configure', idleMinutes: 30 })).toEqual({ ok: false, error: LOCKED });
    await send({ type: 'lock.unlock', passphrase: PASS });
    expect(await lockStatus()).toEqual({ enabled: true, unlocked: true, idleMinutes: 5 });
  });

  it('removes the lock (with the passphrase) and stores everything as before', async () => {
    await withData();
    const db = await openDb();
    const plainStudents = await db.getAll('students');
    const plainTaught = await db.getAll('taught');
    await enableLock(PASS);
    await expect(disableLock('not the passphrase')).rejects.toThrow(WRONG_PASSPHRASE);
    expect(await lockStatus()).toMatchObject({ enabled: true, unlocked: true });
    expect(await disableLock(PASS)).toEqual({ enabled: false, unlocked: true, idleMinutes: 15, skipped: 0 });
    expect(await db.getAll('students')).toEqual(plainStudents);
    expect(await db.getAll('taught')).toEqual(plainTaught);
    expect(await db.get('settings', 'lock')).toBeUndefined();
    expect((await readAudit()).at(-1)).toMatchObject({ action: 'lock-off', count: 2 });
    await lockNow(); // no lock: nothing to refuse
    expect(await readCaseload()).toEqual([ann, ben]);
  });

  it('exports and restores while unlocked, keeping what it writes encrypted', async () => {
    await withData();
    await enableLock(PASS);
    const exported = await exportData('json', today);
    expect(exported.text).toContain('Rivera');
    await deleteAll();
    expect(await lockStatus()).toEqual({ enabled: false, unlocked: true, idleMinutes: 15 });
    await enableLock(PASS);
    await restoreBackup(exported.text);
    expect(await rawDump()).not.toContain('Rivera');
    expect(await readCaseload()).toEqual([ann, ben]);
  });

  it('refuses a short passphrase and a second lock', async () => {
    await expect(enableLock('short')).rejects.toThrow(/at least 10 characters/);
    expect(await lockStatus()).toMatchObject({ enabled: false });
    await enableLock(PASS);
    await expect(enableLock(PASS)).rejects.toThrow(/already on/);
  });
});

describe('the idle alarm in the worker', () => {
  it('wipes an idle key when it fires and tells open panels; a key used meanwhile gets a later alarm', async () => {
    const { lockIfIdle, IDLE_ALARM } = await import('./keyring.ts');
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T09:00:00Z'));
    await importStudents([ann]);
    await send({ type: 'lock.enable', passphrase: PASS, idleMinutes: 1 });
    vi.setSystemTime(new Date('2026-11-23T09:00:40Z'));
    await send({ type: 'caseload.upsert', student: ben }); // activity
    vi.setSystemTime(new Date('2026-11-23T09:01:10Z')); // the first alarm's time: used 30 s ago
    expect(await lockIfIdle()).toBe(false);
    expect((await fakeBrowser.alarms.get(IDLE_ALARM))?.scheduledTime).toBeGreaterThanOrEqual(Date.parse('2026-11-23T09:01:40Z'));
    vi.setSystemTime(new Date('2026-11-23T09:01:41Z'));
    expect(await lockIfIdle()).toBe(true);
    expect(await lockStatus()).toMatchObject({ enabled: true, unlocked: false });
  });
});

describe('wipe everything', () => {
  it('works while locked, without the passphrase: nothing of the caseload, settings, taught sites or lock is left', async () => {
    await withData();
    await enableLock(PASS);
    await lockNow();
    expect(await send({ type: 'data.delete-all', confirm: 'DELETE' })).toEqual({ ok: true, value: { students: 2 } });
    const db = await openDb();
    for (const store of ['students', 'settings', 'taught', 'derived'] as const) expect(await db.count(store)).toBe(0);
    expect(await lockStatus()).toEqual({ enabled: false, unlocked: true, idleMinutes: 15 });
    expect((await readAudit()).at(-1)).toMatchObject({ action: 'delete-all', count: 2 });
  });
});
