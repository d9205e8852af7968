/**
 * Opt-in: the district roll-up against real Google Sheets. Runs only when given team sheets and
 * credentials; skipped (saying why) otherwise, so `npm test` never touches the network.
 *
 *   CASEKEEPER_LIVE_ROLLUP_SHEETS=1AbC…,1DeF…            team tracking sheets (links or IDs) the account can read
 *   GOOGLE_APPLICATION_CREDENTIALS=reviewer-key.json      a service account key, or
 *   CASEKEEPER_GOOGLE_ACCESS_TOKEN=$(gcloud auth print-access-token)
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectToGoogle, run, type SheetsConnector } from '../../cli/commands/rollup.ts';
import { memoryIo } from '../../cli/io.ts';

const sheets = (process.env.CASEKEEPER_LIVE_ROLLUP_SHEETS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const keyFile = process.env.GOOGLE_APPLICATION_CREDENTIALS;
const token = process.env.CASEKEEPER_GOOGLE_ACCESS_TOKEN;
const missing = [
  ...(sheets.length ? [] : ['CASEKEEPER_LIVE_ROLLUP_SHEETS (team sheet IDs)']),
  ...(token || (keyFile && existsSync(keyFile)) ? [] : ['GOOGLE_APPLICATION_CREDENTIALS or CASEKEEPER_GOOGLE_ACCESS_TOKEN']),
];
const why = missing.length ? ` (skipped: set ${missing.join(' and ')})` : '';

describe('casekeeper rollup against real Google Sheets (opt-in)', () => {
  it.skipIf(missing.length > 0)(
    `reads every given team sheet in at most two requests, counts each with its own settings, and writes the summary${why}`,
    async () => {
      let calls = 0;
      // The real client, signed in as the environment says; each API call counted on its way through.
      const counting: SheetsConnector = async (options) => {
        const api = await connectToGoogle(options);
        const get = api.spreadsheets.get.bind(api.spreadsheets);
        const batchGet = api.spreadsheets.values.batchGet.bind(api.spreadsheets.values);
        api.spreadsheets.get = ((params: Parameters<typeof get>[0]) => (calls++, get(params))) as typeof get;
        api.spreadsheets.values.batchGet = ((params: Parameters<typeof batchGet>[0]) => (calls++, batchGet(params))) as typeof batchGet;
        return api;
      };
      const out = mkdtempSync(join(tmpdir(), 'live-rollup-'));
      const io = memoryIo();
      const code = await run(['--sheets', sheets.join(','), '--out', out], io, counting);
      expect(io.stderr.filter((l) => l.startsWith('Not read'))).toEqual([]);
      expect(code).toBe(0);
      expect(calls).toBeLessThanOrEqual(2 * sheets.length);
      const summary = readFileSync(join(out, 'district-summary.csv'), 'utf8').trim().split('\n');
      expect(summary.at(-1)).toMatch(/^All schools,All case managers,\d+,/);
      const rules = readFileSync(join(out, 'sheet-rules.csv'), 'utf8').trim().split('\n');
      expect(rules).toHaveLength(1 + sheets.length);
      expect(io.stdout.join('\n')).toMatch(/Rules per sheet/);
    },
    180_000,
  );
});
