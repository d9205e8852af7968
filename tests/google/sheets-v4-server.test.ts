import { google } from 'googleapis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SheetsV4Server } from './sheets-v4-server.ts';

/** The fake is checked through Google's own client, so its shapes are the ones the client expects. */
describe('the local Sheets API v4 server', () => {
  const server = new SheetsV4Server();
  let sheets: ReturnType<typeof google.sheets>;
  const client = (token: string) => {
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: token });
    return google.sheets({ version: 'v4', auth, rootUrl: server.url, retry: false });
  };

  beforeAll(async () => {
    await server.start();
    server.spreadsheets.set('sheet-aaaaaaaaaa', { title: 'Lincoln', tabs: { Caseload: [['Student ID', 'Grade', ''], ['S1', 3], [], ['S2', '', '']], "Kid's notes": [['x']] } });
    server.tokens.add('outsider');
    server.spreadsheets.set('sheet-private', { title: 'Private', tabs: { Caseload: [] }, readers: ['test-token'], writers: ['test-token'] });
    sheets = client('test-token');
  });
  afterAll(() => server.stop());

  it('answers spreadsheets.get with the properties and every tab', async () => {
    const r = await sheets.spreadsheets.get({ spreadsheetId: 'sheet-aaaaaaaaaa' });
    expect(r.data.properties?.title).toBe('Lincoln');
    expect(r.data.sheets?.map((s) => s.properties?.title)).toEqual(['Caseload', "Kid's notes"]);
  });

  it('answers values.batchGet in the order asked, trimming trailing empty cells, strings unless unformatted', async () => {
    const r = await sheets.spreadsheets.values.batchGet({ spreadsheetId: 'sheet-aaaaaaaaaa', ranges: ["'Kid''s notes'", 'Caseload'] });
    expect(r.data.valueRanges?.map((v) => v.values)).toEqual([[['x']], [['Student ID', 'Grade'], ['S1', '3'], [], ['S2']]]);
    expect(r.data.valueRanges?.[0]?.range).toBe("'Kid''s notes'!A1:Z1");
    const raw = await sheets.spreadsheets.values.get({ spreadsheetId: 'sheet-aaaaaaaaaa', range: 'Caseload', valueRenderOption: 'UNFORMATTED_VALUE' });
    expect(raw.data.values?.[1]).toEqual(['S1', 3]);
  });

  it('writes with values.update, values.append, values.batchUpdate and adds a tab with spreadsheets.batchUpdate', async () => {
    await sheets.spreadsheets.batchUpdate({ spreadsheetId: 'sheet-aaaaaaaaaa', requestBody: { requests: [{ addSheet: { properties: { title: 'Out' } } }] } });
    const u = await sheets.spreadsheets.values.update({ spreadsheetId: 'sheet-aaaaaaaaaa', range: 'Out!A1', valueInputOption: 'RAW', requestBody: { values: [['a', 'b']] } });
    expect(u.data.updatedCells).toBe(2);
    const a = await sheets.spreadsheets.values.append({ spreadsheetId: 'sheet-aaaaaaaaaa', range: 'Out', valueInputOption: 'RAW', requestBody: { values: [['c']] } });
    expect(a.data.updates?.updatedRange).toBe('Out!A2');
    await sheets.spreadsheets.values.batchUpdate({ spreadsheetId: 'sheet-aaaaaaaaaa', requestBody: { valueInputOption: 'RAW', data: [{ range: 'Out!A3', values: [['d']] }] } });
    expect(server.spreadsheets.get('sheet-aaaaaaaaaa')?.tabs.Out).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('refuses as Google does: 401 without a valid token, 403 without access, 404 for no such sheet, 400 for a bad range', async () => {
    const refusal = async (p: Promise<unknown>) => {
      try {
        await p;
        return undefined;
      } catch (error) {
        const e = error as { status?: number; response?: { status: number; data: { error: { status: string } } } };
        return [e.response?.status, e.response?.data.error.status];
      }
    };
    expect(await refusal(client('stolen').spreadsheets.get({ spreadsheetId: 'sheet-aaaaaaaaaa' }))).toEqual([401, 'UNAUTHENTICATED']);
    expect(await refusal(client('outsider').spreadsheets.get({ spreadsheetId: 'sheet-private' }))).toEqual([403, 'PERMISSION_DENIED']);
    expect(await refusal(sheets.spreadsheets.get({ spreadsheetId: 'no-such-sheet' }))).toEqual([404, 'NOT_FOUND']);
    expect(await refusal(sheets.spreadsheets.values.get({ spreadsheetId: 'sheet-aaaaaaaaaa', range: 'Nope!A1' }))).toEqual([400, 'INVALID_ARGUMENT']);
  });

  it('answers scheduled faults with the documented bodies (429 carries the quota ErrorInfo), then serves normally', async () => {
    server.faults.set('sheet-aaaaaaaaaa', [429, 503]);
    const statuses: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      try {
        await sheets.spreadsheets.get({ spreadsheetId: 'sheet-aaaaaaaaaa' });
        statuses.push(200);
      } catch (error) {
        const e = error as { response: { status: number; data: { error: { details?: { reason: string }[] } } } };
        statuses.push([e.response.status, e.response.data.error.details?.[0]?.reason]);
      }
    }
    expect(statuses).toEqual([[429, 'RATE_LIMIT_EXCEEDED'], [503, undefined], 200]);
  });
});
