import {
  a1Range,
  CASELOAD_TABLES,
  conflictKey,
  fail,
  ok,
  planSync,
  tableTabTitles,
  type Resolution,
  type Result,
  type SyncConflict,
  type TableName,
} from '../../shared/index.ts';
import { entry, transact } from '../storage/data-store.ts';
import { dataKey, readWholeCaseload } from '../storage/db.ts';
import { readSyncState, storedFingerprint, storedSyncRecord, storedSyncResult, syncKey, type SyncConnection } from '../storage/sync-state.ts';
import { writeRows } from '../storage/table-rows.ts';
import type { SheetsClient } from './sheets-client.ts';

/** What one sync did, for the panel to show. */
export interface SyncReport {
  title: string;
  at: string;
  pushed: number;
  pulled: number;
  conflicts: SyncConflict[];
  /** Per table, what could not be synced and why, in a teacher's words. */
  notes: { table: string; text: string }[];
  /** HTTP requests the sync made. */
  requests: number;
}

/**
 * Syncs the panel with the connected team sheet: reads the tab names, then every table's tab in one
 * batched request; compares each row three ways (the last sync's base, this panel, the sheet); writes
 * the changed cells in one values.batchUpdate and new rows with one values.append per tab; saves the
 * sheet's changes here (earlier versions kept in history); keeps rows changed on both sides as conflicts
 * until the teacher picks a side (`resolutions`, by {@link conflictKey}). The base and the queue move only
 * after every write succeeded, so a failure half-way sends the rest next time without duplicating a row.
 *
 * @example await syncWithSheet(sheetsClient({ token }), { resolutions: new Map([['students:s1', 'mine']]) })
 */
export async function syncWithSheet(client: SheetsClient, options: { resolutions?: ReadonlyMap<string, Resolution>; now?: () => Date } = {}): Promise<Result<SyncReport>> {
  const started = client.requests;
  const state = await readSyncState();
  const connection = state.connection;
  if (!connection) return fail('not-connected', 'No tracking sheet is connected yet. Paste the sheet\'s address and press "Connect".');
  const book = await client.spreadsheet(connection.sheetId);
  if (!book.ok) return book;
  const titles = [...new Set(CASELOAD_TABLES.flatMap((spec) => tableTabTitles(spec, book.value.tabs)))];
  const read = await client.batchGet(connection.sheetId, titles.map((t) => a1Range(t)));
  if (!read.ok) return read;
  const tabs = new Map(titles.map((t, i) => [t, read.value[i] ?? []]));
  const { caseload } = await readWholeCaseload();
  const plan = planSync({ tabs, local: caseload, base: state.base, ...(options.resolutions ? { resolutions: options.resolutions } : {}) });

  const updates = plan.writes.flatMap((w) => w.updates);
  const written = await client.batchUpdate(connection.sheetId, updates);
  if (!written.ok) return written;
  for (const w of plan.writes) {
    if (w.appends.length === 0) continue;
    const appended = await client.append(connection.sheetId, `${a1Range(w.title)}!A1`, w.appends);
    if (!appended.ok) return appended;
  }

  let pushed = 0;
  let pulled = 0;
  const notes: SyncReport['notes'] = [];
  const held = new Set<string>();
  const failed = new Set<TableName>();
  for (const t of plan.tables) {
    if (!t.result.ok) {
      failed.add(t.table);
      notes.push({ table: t.label, text: t.result.error.message });
      continue;
    }
    const s = t.result.value;
    pushed += s.pushed;
    if (s.pulls.length > 0) {
      await writeRows(t.table, s.pulls, { fromSheet: true });
      pulled += s.pulls.length;
    }
    for (const u of s.unreadable) {
      notes.push({ table: t.label, text: `${s.tab}: ${u.reason}` });
      if (u.id) held.add(conflictKey(t.table, u.id));
    }
    if (s.missingColumns.length > 0) {
      notes.push({ table: t.label, text: `The "${s.tab}" tab has no ${s.missingColumns.map((h) => `"${h}"`).join(', ')} column, so those values stay in the panel only. Add the column in the sheet to share them.` });
    }
  }

  const at = (options.now?.() ?? new Date()).toISOString();
  const key = await dataKey();
  const open = new Set(plan.conflicts.map((c) => c.key));
  const drained = state.queue.filter((q) => !failed.has(q.table as TableName) && !open.has(conflictKey(q.table as TableName, q.rowId)) && !held.has(conflictKey(q.table as TableName, q.rowId)));
  const drainedKeys = await Promise.all(drained.map(async (q) => ({ key: await syncKey(q.syncId, key), stored: state.queueStored.get(q.syncId) })));
  const next: SyncConnection = { ...connection, title: book.value.title, lastSyncAt: at, lastSummary: { pushed, pulled, conflicts: plan.conflicts.length } };
  const records = [...(await storedSyncResult(connection.sheetId, plan.base, plan.conflicts, key)), await storedSyncRecord(next, key)];
  await transact(['sync', 'audit'], async (tx) => {
    const store = tx.objectStore('sync');
    for (const r of records) await store.put(r);
    // Only the queue entries read before the sync: a row changed here meanwhile stays queued.
    for (const d of drainedKeys) {
      const now = await store.get(d.key);
      if (now && storedFingerprint(now) === d.stored) await store.delete(d.key);
    }
    await tx.objectStore('audit').add(entry('sync', caseload.students.length));
  });
  return ok({ title: book.value.title, at, pushed, pulled, conflicts: plan.conflicts, notes, requests: client.requests - started });
}
