import { describe, expect, it } from 'vitest';
import type { IsoDate, StudentRecord } from '../../shared/index.ts';
import { beforeHandler, handlers } from '../entrypoints/background.ts';
import { routeMessage } from '../messaging/router.ts';
import { exportData, importStudents, saveSettings } from './data-store.ts';
import { listDamaged, removeDamaged, settingsProblem } from './damaged-records.ts';
import { openDb, readAudit, readCaseload, readSettings } from './db.ts';
import { enableLock } from './lock.ts';

const today = '2026-11-23' as IsoDate;
const ann = { studentId: 'S1001', firstName: 'Ann', lastName: 'Rivera', lastIepDate: '2026-01-15' as IsoDate } satisfies StudentRecord;
const ben = { studentId: 'S1002', firstName: 'Ben', lastName: 'Okafor', lastIepDate: '2026-02-01' as IsoDate } satisfies StudentRecord;
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const send = (message: unknown) => routeMessage(message, { id: ID, url: `chrome-extension://${ID}/sidepanel.html` }, handlers, { extensionId: ID, beforeHandler });

describe('damaged records', () => {
  it('are listed by name when their fields are readable, and removed one by one on request (audited)', async () => {
    await importStudents([ann, ben]);
    const db = await openDb();
    await db.put('students', { ...ben, lastIepDate: 'not a date' } as unknown as StudentRecord); // a broken write
    expect(await listDamaged()).toEqual([{ store: 'students', key: 'S1002', label: 'Ben Okafor (S1002)' }]);
    // Export goes on around it and says how many were left out.
    expect(await exportData('csv', today)).toMatchObject({ count: 1, skipped: 1 });
    // A readable record is never removed this way.
    await expect(removeDamaged('students', 'S1001')).rejects.toThrow(/not damaged/);
    expect(await send({ type: 'damaged.remove', store: 'students', key: 'S1002' })).toEqual({ ok: true, value: { removed: true } });
    expect(await listDamaged()).toEqual([]);
    expect(await readCaseload()).toEqual([ann]);
    expect((await readAudit()).at(-1)).toMatchObject({ action: 'remove-damaged', count: 1 });
  });

  it('are listed by storage key when sealed and unreadable (lock on)', async () => {
    await importStudents([ann, ben]);
    await enableLock('correct horse battery');
    const db = await openDb();
    const [first] = (await db.getAll('students')) as unknown as { studentId: string; sealed: { iv: Uint8Array; data: Uint8Array } }[];
    if (!first) throw new Error('nothing stored');
    const data = new Uint8Array(first.sealed.data);
    data[3] = (data[3] ?? 0) ^ 1;
    await db.put('students', { ...first, sealed: { ...first.sealed, data } } as never);
    const damaged = await listDamaged();
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ store: 'students', key: first.studentId, label: expect.stringMatching(/^Unreadable encrypted student record \(stored as h:/) });
    expect(JSON.stringify(damaged)).not.toMatch(/Rivera|Okafor/);
  });

  it('damaged settings are reported, kept as they are, and never silently replaced', async () => {
    await saveSettings({ ...(await readSettings()), state: 'CA' } as never);
    expect(await settingsProblem()).toBeNull();
    const db = await openDb();
    const broken = { state: 'Neverland' };
    await db.put('settings', broken as never, 'settings');
    expect(await settingsProblem()).toMatch(/could not be read.*federal defaults.*Nothing was replaced/);
    await readSettings();
    expect(await db.get('settings', 'settings')).toEqual(broken);
  });
});
