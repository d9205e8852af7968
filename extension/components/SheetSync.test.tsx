import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { BackgroundRequest } from '../messaging/messages.ts';
import type { SheetSyncStatus } from '../sync/sheet-handlers.ts';
import type { SyncReport } from '../sync/sync-with-sheet.ts';
import { SheetSync, type SheetSyncProps } from './SheetSync.tsx';
import { clickButton, mountPerTest, typeInto } from './test-dom.ts';

const dom = mountPerTest();
const click = (text: string) => clickButton(dom.host, text);
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

const connection = { syncId: 'connection' as const, sheetId: '1AbC_dEf-123456789012345', url: 'https://docs.google.com/spreadsheets/d/1AbC_dEf-123456789012345/edit', title: 'Lincoln ES team', connectedAt: '2026-12-01T15:00:00.000Z' };
const conflict = { table: 'students' as const, tableLabel: 'Students', id: 'S1001', key: 'students:s1001', fields: [{ header: 'Grade', mine: '5', sheet: '4' }, { header: 'Next IEP Meeting', mine: '2027-01-15', sheet: '2027-01-22' }] };

/** A worker stand-in: answers each message from a script, and records what the panel sent. */
function worker(answers: Partial<Record<BackgroundRequest['type'], (m: BackgroundRequest) => unknown>>) {
  const sent: BackgroundRequest[] = [];
  const request = vi.fn(async (m: BackgroundRequest): Promise<unknown> => {
    sent.push(m);
    const answer = answers[m.type];
    if (!answer) throw new Error(`unexpected ${m.type}`);
    return answer(m);
  }) as unknown as SheetSyncProps['request'];
  return { sent, request };
}

async function render(w: ReturnType<typeof worker>, requestAccess = vi.fn(async () => true)) {
  act(() => dom.root.render(<SheetSync request={w.request} requestAccess={requestAccess} />));
  await flush();
  return requestAccess;
}

describe('SheetSync: connecting a tracking sheet', () => {
  it('explains itself and stays off in a build without a Google sign-in id', async () => {
    await render(worker({ 'sheet.status': () => ({ available: false, access: false, pending: 0, conflicts: [] }) satisfies SheetSyncStatus }));
    expect(dom.host.textContent).toContain('built without a Google sign-in id (the CASEKEEPER_OAUTH_CLIENT_ID build setting');
    expect(dom.host.querySelector('button')).toBeNull();
  });

  it('asks Chrome for access from the click, then connects the sheet by its address', async () => {
    let status: SheetSyncStatus = { available: true, access: false, pending: 0, conflicts: [] };
    const w = worker({
      'sheet.status': () => status,
      'sheet.connect': () => {
        status = { ...status, access: true, connection };
        return connection;
      },
    });
    const access = await render(w);
    typeInto(dom.host, 'sheet-url', connection.url);
    await click('Connect');
    await flush();
    expect(access).toHaveBeenCalledTimes(1);
    expect(w.sent.find((m) => m.type === 'sheet.connect')).toEqual({ type: 'sheet.connect', url: connection.url });
    expect(dom.host.querySelector('[role=status]')?.textContent).toBe('Connected to "Lincoln ES team". Press "Sync now" to send your caseload and bring in the team\'s rows.');
    expect(dom.host.textContent).toContain('Not synced yet.');
    expect(dom.host.textContent).toContain('The first sync compares your 0 rows with the sheet\'s');
  });

  it('connects nothing when the teacher declines Chrome\'s request', async () => {
    const w = worker({ 'sheet.status': () => ({ available: true, access: false, pending: 0, conflicts: [] }) });
    await render(w, vi.fn(async () => false));
    typeInto(dom.host, 'sheet-url', connection.url);
    await click('Connect');
    await flush();
    expect(w.sent.some((m) => m.type === 'sheet.connect')).toBe(false);
    expect(dom.host.textContent).toContain('Nothing was connected');
  });

  it('shows the last sync, changes waiting, and what could not be synced', async () => {
    let status: SheetSyncStatus = { available: true, access: true, connection: { ...connection, lastSyncAt: '2026-12-01T15:30:00.000Z' }, pending: 3, conflicts: [] };
    const report: SyncReport = { title: 'Lincoln ES team', at: '2026-12-01T16:00:00.000Z', pushed: 3, pulled: 2, conflicts: [], notes: [{ table: 'Contacts', text: 'The "Contacts" tab has no "Student ID" column (renamed or deleted?)' }], requests: 4 };
    const w = worker({
      'sheet.status': () => status,
      'sheet.sync': () => {
        status = { ...status, pending: 0 };
        return report;
      },
    });
    await render(w);
    expect(dom.host.textContent).toMatch(/Last synced 12\/1\/2026 at/);
    expect(dom.host.textContent).toContain('3 rows changed here, waiting to go to the sheet.');
    await click('Sync now');
    await flush();
    expect(dom.host.querySelector('[role=status]')?.textContent).toBe('Synced with "Lincoln ES team": 3 rows sent to the sheet, 2 rows brought in.');
    expect(dom.host.textContent).toContain('No changes waiting to go to the sheet.');
    expect(dom.host.textContent).toContain('Contacts: The "Contacts" tab has no "Student ID" column');
  });

  it('lists each conflict field by field in header words, and sends the teacher\'s pick with the next sync', async () => {
    let status: SheetSyncStatus = { available: true, access: true, connection: { ...connection, lastSyncAt: '2026-12-01T15:30:00.000Z' }, pending: 1, conflicts: [conflict] };
    const w = worker({
      'sheet.status': () => status,
      'sheet.sync': () => {
        status = { ...status, pending: 0, conflicts: [] };
        return { title: 'Lincoln ES team', at: '', pushed: 1, pulled: 0, conflicts: [], notes: [], requests: 3 } satisfies SyncReport;
      },
    });
    await render(w);
    const card = dom.host.querySelector('[aria-label="Students S1001"]');
    expect([...(card?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ['Grade', '5', '4'],
      ['Next IEP Meeting', '2027-01-15', '2027-01-22'],
    ]);
    await click('Keep mine');
    expect(dom.host.querySelector('button[aria-pressed=true]')?.textContent).toBe('Keep mine');
    await click('Sync now');
    await flush();
    expect(w.sent.find((m) => m.type === 'sheet.sync')).toEqual({ type: 'sheet.sync', resolutions: { 'students:s1001': 'mine' } });
    expect(dom.host.textContent).not.toContain('Changed here and in the sheet');
  });

  it('shows a failure in the worker\'s words, the changes said to be kept', async () => {
    const w = worker({
      'sheet.status': () => ({ available: true, access: true, connection: { ...connection, lastSyncAt: '2026-12-01T15:30:00.000Z' }, pending: 2, conflicts: [] }),
      'sheet.sync': () => Promise.reject(new Error('The sheet was not found: it was deleted, or the address is wrong. Your changes are kept here and go to the sheet at the next sync.')),
    });
    await render(w);
    await click('Sync now');
    await flush();
    expect(dom.host.querySelector('[role=alert]')?.textContent).toMatch(/^The sheet was not found.*kept here/);
    expect(dom.host.textContent).toContain('2 rows changed here, waiting to go to the sheet.');
  });
});
