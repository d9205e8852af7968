// @vitest-environment node
// (Node's own fetch: the local server sends no CORS headers, as Google's API does not need them for an extension.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SheetsV4Server } from '../../tests/google/sheets-v4-server.ts';
import { sheetsClient, type TokenProvider } from './sheets-client.ts';

/** The panel's Sheets client against the local Sheets API v4 server. */
describe('the side panel\'s Sheets client', () => {
  const server = new SheetsV4Server();
  const token = (value = 'test-token'): TokenProvider & { dropped: string[] } => {
    const dropped: string[] = [];
    return { dropped, get: async () => value, drop: async (t) => void dropped.push(t) };
  };
  const waits: number[] = [];
  const client = (provider: TokenProvider = token(), retries = 5) => sheetsClient({ token: provider, root: server.url, retries, sleep: async (ms) => void waits.push(ms), random: () => 0 });

  beforeAll(async () => {
    await server.start();
    server.spreadsheets.set('team-sheet-0000000000001', { title: 'Lincoln ES team', tabs: { Caseload: [['Student ID', 'First Name'], ['S1', 'Avery']], 'Service Log': [['Session ID', 'Minutes'], ['ses-1', 30]] } });
    server.spreadsheets.set('read-only-sheet-000000001', { title: 'Read only', tabs: { Caseload: [] }, writers: ['someone-else'] });
  });
  afterAll(() => server.stop());

  it('reads the tab names, then every tab in one batched request, numbers as numbers', async () => {
    const sheets = client();
    const book = await sheets.spreadsheet('team-sheet-0000000000001');
    expect(book).toEqual({ ok: true, value: { title: 'Lincoln ES team', tabs: ['Caseload', 'Service Log'] } });
    const before = server.log.length;
    const values = await sheets.batchGet('team-sheet-0000000000001', ["'Caseload'", "'Service Log'"]);
    expect(values).toEqual({ ok: true, value: [[['Student ID', 'First Name'], ['S1', 'Avery']], [['Session ID', 'Minutes'], ['ses-1', 30]]] });
    expect(server.log.length - before).toBe(1);
  });

  it('writes cells in place with one batchUpdate and adds rows with append', async () => {
    const sheets = client();
    expect(await sheets.batchUpdate('team-sheet-0000000000001', [{ range: "'Caseload'!B2", values: [['Ava']] }])).toEqual({ ok: true, value: 1 });
    expect(await sheets.append('team-sheet-0000000000001', "'Caseload'!A1", [['S2', 'Blake']])).toEqual({ ok: true, value: 1 });
    expect(server.spreadsheets.get('team-sheet-0000000000001')?.tabs.Caseload).toEqual([['Student ID', 'First Name'], ['S1', 'Ava'], ['S2', 'Blake']]);
  });

  it('waits and retries on 429 and 5xx, longer each time, then succeeds', async () => {
    waits.length = 0;
    server.faults.set('team-sheet-0000000000001', [429, 500, 503]);
    const sheets = client();
    const r = await sheets.spreadsheet('team-sheet-0000000000001');
    expect(r.ok).toBe(true);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(sheets.requests).toBe(4);
  });

  it('gives up after its retries with the quota message, the changes said to be kept', async () => {
    server.faults.set('team-sheet-0000000000001', [429, 429, 429]);
    const r = await client(token(), 2).spreadsheet('team-sheet-0000000000001');
    expect(r.ok ? '' : r.error.code).toBe('quota');
    expect(r.ok ? '' : r.error.message).toMatch(/limit on requests \(quota\) was reached; Casekeeper waited and tried 3 times.*kept here/);
  });

  it('asks for a fresh token once when Google refuses one, and says access was removed when the fresh one is refused too', async () => {
    const stale = token('revoked-token');
    const r = await client(stale).spreadsheet('team-sheet-0000000000001');
    expect(stale.dropped).toEqual(['revoked-token']);
    expect(r.ok ? '' : r.error.code).toBe('access-revoked');
    expect(r.ok ? '' : r.error.message).toMatch(/no longer accepts Casekeeper's access/);
    let calls = 0;
    const renewing: TokenProvider = { get: async () => (calls++ === 0 ? 'expired' : 'test-token'), drop: async () => undefined };
    expect((await client(renewing).spreadsheet('team-sheet-0000000000001')).ok).toBe(true);
  });

  it('says a deleted sheet is gone, and a sheet without edit rights cannot be edited', async () => {
    const gone = await client().spreadsheet('deleted-sheet-00000000001');
    expect(gone).toEqual({ ok: false, error: { code: 'sheet-not-found', message: expect.stringMatching(/^The sheet was not found: it was deleted, or the address is wrong/) } });
    const readOnly = await client().batchUpdate('read-only-sheet-000000001', [{ range: "'Caseload'!A1", values: [['x']] }]);
    expect(readOnly.ok ? '' : readOnly.error.code).toBe('no-access');
  });

  it('says so when Google cannot be reached at all', async () => {
    const offline = sheetsClient({ token: token(), root: 'http://127.0.0.1:9/', fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    const r = await offline.spreadsheet('team-sheet-0000000000001');
    expect(r.ok ? '' : r.error.code).toBe('offline');
  });
});
