import { fail, ok, sheetIdFromUrl, type Result } from '../../shared/index.ts';
import { transact } from '../storage/data-store.ts';
import { dataKey } from '../storage/db.ts';
import { readSyncState, storedSyncRecord, type SyncConnection } from '../storage/sync-state.ts';
import type { SheetsClient } from './sheets-client.ts';

/**
 * Connects the panel to a team's tracking sheet picked by its address: checks the sheet opens with the
 * teacher's Google account (and looks like a Casekeeper sheet: it has a Caseload tab), then saves the
 * connection. Connecting another sheet starts afresh (the old sheet's base, queue and conflicts go).
 *
 * @example await connectSheet(client, 'https://docs.google.com/spreadsheets/d/1AbC…/edit') // { ok: true, value: { title: 'Lincoln ES team', … } }
 */
export async function connectSheet(client: SheetsClient, url: string, options: { now?: Date } = {}): Promise<Result<SyncConnection>> {
  const id = sheetIdFromUrl(url);
  if (!id.ok) return id;
  const book = await client.spreadsheet(id.value);
  if (!book.ok) return book;
  if (!book.value.tabs.some((t) => t === 'Caseload' || t.startsWith('Caseload (Casekeeper)'))) {
    return fail('not-a-tracker', `"${book.value.title}" has no Caseload tab, so it is not a Casekeeper tracking sheet. Open it and choose Extensions > Casekeeper > Set up tracker first, or check the address.`);
  }
  const key = await dataKey();
  const before = await readSyncState();
  const connection: SyncConnection = { syncId: 'connection', sheetId: id.value, url: url.trim(), title: book.value.title, connectedAt: (options.now ?? new Date()).toISOString() };
  const stored = await storedSyncRecord(connection, key);
  const sameSheet = before.connection?.sheetId === id.value;
  await transact(['sync'], async (tx) => {
    if (!sameSheet) await tx.objectStore('sync').clear();
    await tx.objectStore('sync').put(stored);
  });
  return ok(connection);
}

/** Disconnects: forgets the sheet, the base, the queue and any open conflicts (the panel's rows stay). */
export async function disconnectSheet(): Promise<void> {
  await dataKey(); // refused while locked
  await transact(['sync'], async (tx) => {
    await tx.objectStore('sync').clear();
  });
}
