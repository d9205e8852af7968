/**
 * Opt-in: the side panel's Sheets client and sync planning against real Google Sheets. Runs only when
 * CASEKEEPER_LIVE_SHEET_ID (a scratch spreadsheet the test may add tabs and rows to) and
 * CASEKEEPER_GOOGLE_ACCESS_TOKEN (an OAuth access token with the spreadsheets scope, e.g. from
 * `gcloud auth print-access-token --scopes=https://www.googleapis.com/auth/spreadsheets`) are set. Every
 * run uses fresh invented ids, so runs never collide. The storage side (queue, lock) is the same code as in
 * extension/sync/sync-with-sheet.test.ts, which runs these scenarios against the local server.
 */
import { describe, expect, it } from 'vitest';
import { a1Range, caseloadOf, planSync, type Caseload, type IsoDate, type SyncBase, type SyncPlan } from '../../shared/index.ts';
import { sheetsClient, SHEETS_API_ROOT, type SheetsClient } from '../../extension/sync/sheets-client.ts';
import { addOnSheet } from './add-on-sheet.ts';

const SHEET = process.env.CASEKEEPER_LIVE_SHEET_ID ?? '';
const TOKEN = process.env.CASEKEEPER_GOOGLE_ACCESS_TOKEN ?? '';
const live = SHEET !== '' && TOKEN !== '';
const WHY = 'skipped: set CASEKEEPER_LIVE_SHEET_ID and CASEKEEPER_GOOGLE_ACCESS_TOKEN to run against real Google Sheets';

const client = (token = TOKEN): SheetsClient => sheetsClient({ token: { get: async () => token, drop: async () => undefined } });

/** Adds the add-on's table tabs the scratch sheet lacks (spreadsheets.batchUpdate), headers in row 1. */
async function ensureTabs(sheets: SheetsClient): Promise<void> {
  const book = await sheets.spreadsheet(SHEET);
  if (!book.ok) throw new Error(book.error.message);
  const wanted = addOnSheet();
  const missing = Object.keys(wanted).filter((t) => !book.value.tabs.includes(t));
  if (missing.length === 0) return;
  const response = await globalThis.fetch(`${SHEETS_API_ROOT}v4/spreadsheets/${SHEET}:batchUpdate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ requests: missing.map((title) => ({ addSheet: { properties: { title } } })) }),
  });
  expect(response.ok).toBe(true);
  const headers = await sheets.batchUpdate(SHEET, missing.map((t) => ({ range: `${a1Range(t)}!A1`, values: wanted[t] as (string | number)[][] })));
  expect(headers.ok).toBe(true);
}

/** One sync as the panel does it: read every tab in one request, plan, write. */
async function syncOnce(sheets: SheetsClient, local: Caseload, base: SyncBase, resolutions?: Map<string, 'mine' | 'sheet'>): Promise<SyncPlan> {
  const book = await sheets.spreadsheet(SHEET);
  if (!book.ok) throw new Error(book.error.message);
  const read = await sheets.batchGet(SHEET, book.value.tabs.map((t) => a1Range(t)));
  if (!read.ok) throw new Error(read.error.message);
  const tabs = new Map(book.value.tabs.map((t, i) => [t, read.value[i] ?? []]));
  const plan = planSync({ tabs, local, base, ...(resolutions ? { resolutions } : {}) });
  const written = await sheets.batchUpdate(SHEET, plan.writes.flatMap((w) => w.updates));
  if (!written.ok) throw new Error(written.error.message);
  for (const w of plan.writes) if (w.appends.length) expect((await sheets.append(SHEET, `${a1Range(w.title)}!A1`, w.appends)).ok).toBe(true);
  return plan;
}

const applyPulls = (local: Caseload, plan: SyncPlan): Caseload => {
  const out = { ...local } as unknown as Record<string, Record<string, unknown>[]>;
  for (const t of plan.tables) if (t.result.ok) out[t.table] = [...(out[t.table] ?? []), ...(t.result.value.pulls as Record<string, unknown>[])];
  return out as unknown as Caseload;
};

describe(`the side panel's sync against real Google Sheets (${live ? 'live' : WHY})`, () => {
  const stamp = Date.now().toString(36);
  const student = `LIVE-${stamp}`;

  it.skipIf(!live)('pushes a student, a service, a contact and a session; a second sync writes nothing; pulls a teammate\'s row; shows a conflict', { timeout: 60_000 }, async () => {
    const sheets = client();
    await ensureTabs(sheets);
    const local = caseloadOf({
      students: [{ studentId: student, firstName: 'Invented', lastName: 'Livetest', grade: '3' }],
      services: [{ studentId: student, serviceId: `svc-${stamp}`, service: 'Speech-language therapy', minutes: 30, sessions: 2, per: 'week' }],
      contacts: [{ contactId: `con-${stamp}`, studentId: student, date: '2026-11-20' as IsoDate, with: 'Parent', method: 'phone' }],
      sessions: [{ sessionId: `ses-${stamp}`, studentId: student, serviceId: `svc-${stamp}`, date: '2026-11-23' as IsoDate, minutes: 30, outcome: 'delivered' }],
    });
    const first = await syncOnce(sheets, local, {});
    expect(first.conflicts).toEqual([]);
    const again = await syncOnce(sheets, applyPulls(local, first), first.base);
    expect(again.writes.filter((w) => w.appends.length > 0 || w.updates.length > 0)).toEqual([]);

    // A teammate logs a session in the sheet: the next sync brings it in.
    const log = await sheets.batchGet(SHEET, [a1Range('Service Log')]);
    const header = (log.ok ? log.value[0]?.[0] : []) as string[];
    const row = header.map((h) => ({ 'Session ID': `ses-team-${stamp}`, 'Student ID': student, 'Service ID': `svc-${stamp}`, Date: '2026-11-24', Minutes: 25, Outcome: 'Delivered' })[h] ?? '');
    expect((await sheets.append(SHEET, `${a1Range('Service Log')}!A1`, [row])).ok).toBe(true);
    const pulled = await syncOnce(sheets, applyPulls(local, first), again.base);
    const sessions = pulled.tables.find((t) => t.table === 'sessions')?.result;
    expect(sessions?.ok && sessions.value.pulls.map((p) => (p as { sessionId: string }).sessionId)).toEqual([`ses-team-${stamp}`]);

    // The grade changes in the sheet and here: a conflict, nothing written for it.
    const caseload = await sheets.batchGet(SHEET, [a1Range('Caseload')]);
    const rows = (caseload.ok ? caseload.value[0] : []) as unknown[][];
    const at = rows.findIndex((r) => r[0] === student);
    const gradeAt = (rows[0] as string[]).indexOf('Grade');
    expect((await sheets.batchUpdate(SHEET, [{ range: a1Range('Caseload', { row: at + 1, from: gradeAt, to: gradeAt }), values: [['4']] }])).ok).toBe(true);
    const mine = { ...applyPulls(local, first), students: [{ studentId: student, firstName: 'Invented', lastName: 'Livetest', grade: '5' }] };
    const conflicted = await syncOnce(sheets, mine, pulled.base);
    expect(conflicted.conflicts.map((c) => c.fields)).toEqual([[{ header: 'Grade', mine: '5', sheet: '4' }]]);
  });

  it.skipIf(!live)('says plainly when the sheet does not exist and when the token is refused', { timeout: 30_000 }, async () => {
    const gone = await client().spreadsheet(`${SHEET}-no-such-sheet`);
    expect(gone.ok ? '' : gone.error.code).toBe('sheet-not-found');
    const refused = await client('not-a-real-token').spreadsheet(SHEET);
    expect(refused.ok ? '' : refused.error.code).toBe('access-revoked');
  });
});
