// @vitest-environment node
// (Node's own fetch for the local Sheets server; IndexedDB is fake-indexeddb, as in every extension test.)
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate, StudentRecord } from '../../shared/index.ts';
import { addOnSheet } from '../../tests/google/add-on-sheet.ts';
import { SheetsV4Server, type Cell } from '../../tests/google/sheets-v4-server.ts';
import { upsertStudent } from '../storage/data-store.ts';
import { openDb, readAudit, readHistory, readTableChecked } from '../storage/db.ts';
import { disableLock, enableLock } from '../storage/lock.ts';
import { readSyncState } from '../storage/sync-state.ts';
import { writeRows } from '../storage/table-rows.ts';
import { connectSheet } from './sheet-connection.ts';
import { sheetsClient, type TokenProvider } from './sheets-client.ts';
import { syncWithSheet } from './sync-with-sheet.ts';

/**
 * The panel's sync against the local Sheets API v4 server, on a sheet laid out exactly as the add-on lays
 * it out (its tabs, its headers, its computed columns), with a teammate's own column on the Services tab.
 */
const server = new SheetsV4Server();
const SHEET = 'lincoln-team-sheet-000000001';
const URL_OF = `https://docs.google.com/spreadsheets/d/${SHEET}/edit#gid=0`;
const token: TokenProvider = { get: async () => 'test-token', drop: async () => undefined };
const client = () => sheetsClient({ token, root: server.url, sleep: async () => undefined });

const tab = (name: string) => server.spreadsheets.get(SHEET)?.tabs[name] as Cell[][];
const at = (name: string, header: string) => (tab(name)[0] as Cell[]).indexOf(header);
const cell = (name: string, row: number, header: string) => (tab(name)[row] as Cell[])[at(name, header)];

const avery: StudentRecord = { studentId: 'S1001', firstName: 'Avery', lastName: 'Testcase', grade: '3', nextIepMeetingDate: '2027-01-15' as IsoDate };

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => {
  server.spreadsheets.set(SHEET, { title: 'Lincoln ES team', tabs: addOnSheet({ Services: ['Room'] }) });
  server.faults.clear();
});

async function connected(): Promise<void> {
  const r = await connectSheet(client(), URL_OF);
  if (!r.ok) throw new Error(r.error.message);
}

describe('syncing the side panel with the team\'s tracking sheet', () => {
  it('pushes a student read from a page, a service, a contact and a session into the add-on\'s tabs, by id, in the right columns', async () => {
    await connected();
    await upsertStudent(avery);
    await writeRows('services', [{ studentId: 'S1001', serviceId: 'svc-1', service: 'Speech-language therapy', minutes: 30, sessions: 2, per: 'week' }]);
    await writeRows('contacts', [{ contactId: 'con-1', studentId: 'S1001', date: '2026-11-20' as IsoDate, with: 'Parent', method: 'phone', concern: false }]);
    await writeRows('sessions', [{ sessionId: 'ses-1', studentId: 'S1001', serviceId: 'svc-1', date: '2026-11-23' as IsoDate, minutes: 30, outcome: 'delivered' }]);
    expect((await readSyncState()).queue.map((q) => `${q.table} ${q.rowId}`)).toEqual(['students S1001', 'services svc-1', 'contacts con-1', 'sessions ses-1']);

    const r = await syncWithSheet(client());
    expect(r).toMatchObject({ ok: true, value: { pushed: 4, pulled: 0, conflicts: [] } });
    expect([cell('Caseload', 1, 'Student ID'), cell('Caseload', 1, 'Last Name'), cell('Caseload', 1, 'Grade')]).toEqual(['S1001', 'Testcase', '3']);
    expect([cell('Services', 1, 'Service ID'), cell('Services', 1, 'Minutes per Session'), cell('Services', 1, 'Period'), cell('Services', 1, 'Room')]).toEqual(['svc-1', 30, 'week', '']);
    expect([cell('Contacts', 1, 'Contact ID'), cell('Contacts', 1, 'Method'), cell('Contacts', 1, 'Concern Raised')]).toEqual(['con-1', 'phone', 'no']);
    expect(cell('Service Log', 1, 'Date')).toBe('2026-11-23');
    expect((await readSyncState()).queue).toEqual([]);
    // Two reads, one in-place write (nothing to update here) and one append per tab written.
    expect(r.ok && r.value.requests).toBe(2 + 4);
  });

  it('updates a row in place on the next change and never duplicates it; the team\'s own column is kept', async () => {
    await connected();
    await writeRows('services', [{ studentId: 'S1001', serviceId: 'svc-1', service: 'Speech-language therapy', provider: 'Ms. Rao' }]);
    await syncWithSheet(client());
    (tab('Services')[1] as Cell[])[at('Services', 'Room')] = 'B12';
    await writeRows('services', [{ studentId: 'S1001', serviceId: 'svc-1', service: 'Speech-language therapy', provider: 'Mr. Lee' }]);
    const before = server.log.length;
    await syncWithSheet(client());
    expect(tab('Services').length).toBe(2);
    expect([cell('Services', 1, 'Provider'), cell('Services', 1, 'Room')]).toEqual(['Mr. Lee', 'B12']);
    expect(server.log.slice(before).map((l) => l.path)).toEqual(['', '/values:batchGet', '/values:batchUpdate']);
    await syncWithSheet(client());
    expect(tab('Services').length).toBe(2);
  });

  it('pulls teammates\' rows into the panel, and their later edits', async () => {
    await connected();
    const log = tab('Service Log');
    const row = (id: string, minutes: number): Cell[] => {
      const r: Cell[] = Array.from({ length: (log[0] as Cell[]).length }, () => '');
      for (const [h, v] of Object.entries({ 'Session ID': id, 'Student ID': 'S1001', 'Service ID': 'svc-1', Date: '11/24/2026', Minutes: minutes, Outcome: 'Absent', 'Logged By': 'Ms. Ortiz' })) r[at('Service Log', h)] = v;
      return r;
    };
    log.push(row('ses-team-1', 30));
    const first = await syncWithSheet(client());
    expect(first).toMatchObject({ ok: true, value: { pulled: 1 } });
    expect((await readTableChecked('sessions')).rows).toEqual([{ sessionId: 'ses-team-1', studentId: 'S1001', serviceId: 'svc-1', date: '2026-11-24', minutes: 30, outcome: 'student-absent', loggedBy: 'Ms. Ortiz' }]);
    (log[1] as Cell[])[at('Service Log', 'Minutes')] = 25;
    await syncWithSheet(client());
    expect((await readTableChecked('sessions')).rows[0]?.minutes).toBe(25);
    expect((await readHistory()).map((h) => (h.record as { minutes: number }).minutes)).toEqual([30]);
    expect((await readSyncState()).queue).toEqual([]); // rows from the sheet are not queued back to it
  });

  it('shows a row changed on both sides as a conflict, writes nothing for it, and applies the teacher\'s pick', async () => {
    await connected();
    await upsertStudent(avery);
    await syncWithSheet(client());
    (tab('Caseload')[1] as Cell[])[at('Caseload', 'Grade')] = '4';
    await upsertStudent({ ...avery, grade: '5' });
    const r = await syncWithSheet(client());
    expect(r.ok && r.value.conflicts).toEqual([{ table: 'students', tableLabel: 'Students', id: 'S1001', key: 'students:s1001', fields: [{ header: 'Grade', mine: '5', sheet: '4' }] }]);
    expect(cell('Caseload', 1, 'Grade')).toBe('4');
    expect((await readSyncState()).conflicts).toHaveLength(1);
    expect((await readSyncState()).queue.map((q) => q.rowId)).toEqual(['S1001']); // still waiting
    const settled = await syncWithSheet(client(), { resolutions: new Map([['students:s1001', 'sheet']]) });
    expect(settled).toMatchObject({ ok: true, value: { pulled: 1, conflicts: [] } });
    expect((await readTableChecked('students')).rows[0]?.grade).toBe('4');
    expect((await readSyncState()).conflicts).toEqual([]);
  });

  it('queues changes while offline and sends them at the next sync', async () => {
    await connected();
    await writeRows('sessions', [{ sessionId: 'ses-9', studentId: 'S1001', serviceId: 'svc-1', date: '2026-11-25' as IsoDate, minutes: 20, outcome: 'delivered' }]);
    const offline = sheetsClient({ token, root: server.url, fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    const r = await syncWithSheet(offline);
    expect(r.ok ? '' : r.error.message).toMatch(/could not reach Google Sheets.*kept here/);
    expect((await readSyncState()).queue.map((q) => q.rowId)).toEqual(['ses-9']);
    expect(tab('Service Log').length).toBe(1);
    expect(await syncWithSheet(client())).toMatchObject({ ok: true, value: { pushed: 1 } });
    expect(tab('Service Log').length).toBe(2);
    expect((await readSyncState()).queue).toEqual([]);
  });

  it('a sync cut off half-way (one tab written, the next not) finishes next time without a duplicate row', async () => {
    await connected();
    await upsertStudent(avery);
    await writeRows('sessions', [{ sessionId: 'ses-1', studentId: 'S1001', serviceId: 'svc-1', date: '2026-11-23' as IsoDate, minutes: 30, outcome: 'delivered' }]);
    let appends = 0;
    const cutOff = sheetsClient({
      token,
      root: server.url,
      fetch: (url, init) => (String(url).includes(':append') && ++appends === 2 ? Promise.reject(new TypeError('Failed to fetch')) : globalThis.fetch(url, init)),
    });
    expect(await syncWithSheet(cutOff)).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect([tab('Caseload').length, tab('Service Log').length]).toEqual([2, 1]);
    expect((await readSyncState()).queue).toHaveLength(2);
    expect(await syncWithSheet(client())).toMatchObject({ ok: true, value: { pushed: 1, conflicts: [] } });
    expect([tab('Caseload').length, tab('Service Log').length]).toEqual([2, 2]);
    expect((await readSyncState()).queue).toEqual([]);
  });

  it('rides out a 429 and syncs; says plainly when access was removed or the sheet deleted', async () => {
    await connected();
    await upsertStudent(avery);
    server.faults.set(SHEET, [429]);
    expect(await syncWithSheet(client())).toMatchObject({ ok: true, value: { pushed: 1 } });
    const revoked = sheetsClient({ token: { get: async () => 'revoked', drop: async () => undefined }, root: server.url });
    expect(await syncWithSheet(revoked)).toMatchObject({ ok: false, error: { code: 'access-revoked' } });
    server.spreadsheets.delete(SHEET);
    expect(await syncWithSheet(client())).toMatchObject({ ok: false, error: { code: 'sheet-not-found', message: expect.stringMatching(/deleted, or the address is wrong/) } });
  });

  it('a renamed header stops that tab only, with its name; the other tabs still sync', async () => {
    await connected();
    await upsertStudent(avery);
    await writeRows('contacts', [{ contactId: 'con-1', studentId: 'S1001', date: '2026-11-20' as IsoDate, with: 'Parent', method: 'phone' }]);
    (tab('Contacts')[0] as Cell[])[at('Contacts', 'Student ID')] = 'Pupil';
    const r = await syncWithSheet(client());
    expect(r.ok && r.value.notes).toEqual([{ table: 'Contacts', text: expect.stringMatching(/^The "Contacts" tab has no "Student ID" column \(renamed or deleted\?\)/) }]);
    expect(tab('Contacts').length).toBe(1);
    expect(cell('Caseload', 1, 'Student ID')).toBe('S1001');
    expect((await readSyncState()).queue.map((q) => q.table)).toEqual(['contacts']);
  });

  it('queues nothing while no sheet is connected, and says so when asked to sync', async () => {
    await upsertStudent(avery);
    await writeRows('sessions', [{ sessionId: 'ses-1', studentId: 'S1001', serviceId: 'svc-1', date: '2026-11-23' as IsoDate, minutes: 30, outcome: 'delivered' }]);
    expect(await (await openDb()).count('sync')).toBe(0);
    const before = server.log.length;
    expect(await syncWithSheet(client())).toMatchObject({ ok: false, error: { code: 'not-connected' } });
    expect(server.log.length).toBe(before); // no request at all
  });

  it('refuses a sheet that is not a tracking sheet, and records each sync in the activity log without content', async () => {
    server.spreadsheets.set('some-other-sheet-0000000001', { title: 'Lunch menu', tabs: { Sheet1: [['Day']] } });
    const r = await connectSheet(client(), 'https://docs.google.com/spreadsheets/d/some-other-sheet-0000000001/edit');
    expect(r.ok ? '' : r.error.message).toMatch(/has no Caseload tab/);
    await connected();
    await syncWithSheet(client());
    expect((await readAudit()).filter((a) => a.action === 'sync')).toEqual([{ at: expect.any(String), action: 'sync', count: 0 }]);
  });

  it('keeps the queue, base and conflicts encrypted while the passphrase lock is on', async () => {
    await connected();
    await upsertStudent(avery);
    await enableLock('correct horse battery');
    await upsertStudent({ ...avery, lastName: 'Lockedname' });
    await syncWithSheet(client());
    expect(cell('Caseload', 1, 'Last Name')).toBe('Lockedname');
    const raw = JSON.stringify(await (await openDb()).getAll('sync'), (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v));
    expect(raw).not.toMatch(/Lockedname|S1001|Testcase|connection|queue/);
    expect((await readSyncState()).connection?.title).toBe('Lincoln ES team');
    // Removing the lock opens the sync store again, whole: the next sync has nothing to send.
    await disableLock('correct horse battery');
    expect((await readSyncState()).connection?.lastSyncAt).toBeDefined();
    expect(await syncWithSheet(client())).toMatchObject({ ok: true, value: { pushed: 0, pulled: 0 } });
  });
});
