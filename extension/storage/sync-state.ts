import * as z from 'zod';
import { studentIdKey, type SyncBase, type SyncConflict, type TableName } from '../../shared/index.ts';
import { seal, storageKey, unseal, type DataKeys } from './at-rest.ts';
import { dataKey, openDb } from './db.ts';

/**
 * What Casekeeper keeps about syncing with a team's tracking sheet, in the `sync` store (sealed under the
 * passphrase lock like every record store: opaque keys, encrypted content):
 * - `connection`: the sheet (its id, address and title), when it was connected and last synced, and what
 *   the last sync did (counts only);
 * - `base`: what the panel and the sheet both held after the last sync, per table and row (the third side
 *   of the comparison that tells a change made here from one made in the sheet);
 * - `queue:<table>:<id>`: each row changed or deleted here since the last sync, waiting to go to the sheet
 *   (the table, the row's id, what happened and when; the row itself stays in its table);
 * - `conflicts`: rows changed on both sides, field by field, until the teacher picks a side.
 */

export const SyncConnection = z
  .object({
    syncId: z.literal('connection'),
    sheetId: z.string().min(1),
    url: z.string(),
    title: z.string(),
    connectedAt: z.string(),
    lastSyncAt: z.string().optional(),
    /** Counts from the last sync (never a value from a row). */
    lastSummary: z.object({ pushed: z.number(), pulled: z.number(), conflicts: z.number() }).optional(),
  })
  .strict();
export type SyncConnection = z.infer<typeof SyncConnection>;

export const QueuedChange = z
  .object({
    syncId: z.string().startsWith('queue:'),
    table: z.string(),
    rowId: z.string(),
    change: z.enum(['changed', 'deleted']),
    at: z.string(),
  })
  .strict();
export type QueuedChange = z.infer<typeof QueuedChange>;

const BaseRecord = z.object({ syncId: z.literal('base'), sheetId: z.string(), base: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown()))) });
const ConflictsRecord = z.object({
  syncId: z.literal('conflicts'),
  conflicts: z.array(
    z.object({ table: z.string(), tableLabel: z.string(), id: z.string(), key: z.string(), fields: z.array(z.object({ header: z.string(), mine: z.string(), sheet: z.string() })) }),
  ),
});

/** Everything the sync store holds, opened. */
export interface SyncState {
  connection?: SyncConnection;
  /** The base of the last sync with the connected sheet (empty before the first one). */
  base: SyncBase;
  queue: QueuedChange[];
  /** Each queue entry as stored when read (by `syncId`), to tell whether it was queued again since. */
  queueStored: Map<string, string>;
  conflicts: SyncConflict[];
}

/** A stored record as text (sealed bytes included), to see whether it was written again. */
export function storedFingerprint(row: unknown): string {
  return JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v));
}

/** The queue entry's key for a row. */
export function queueId(table: TableName, rowId: string): string {
  return `queue:${table}:${studentIdKey(rowId)}`;
}

/** A sync record as stored: itself while the lock is off, sealed under its opaque key while it is on. */
export async function storedSyncRecord(record: { syncId: string }, key: DataKeys | null): Promise<Record<string, unknown>> {
  if (!key) return record;
  const id = await storageKey(key, 'sync', record.syncId);
  return { syncId: id, sealed: await seal(key, record, id) };
}

/** Reads the sync store (records that cannot be opened are left out: the next sync starts from a fresh base). */
export async function readSyncState(): Promise<SyncState> {
  const key = await dataKey();
  const raw = await (await openDb()).getAll('sync');
  const state: SyncState = { base: {}, queue: [], queueStored: new Map(), conflicts: [] };
  let connection: SyncConnection | undefined;
  let base: z.infer<typeof BaseRecord> | undefined;
  for (const row of raw) {
    let value: unknown = row;
    if (key) {
      try {
        value = await unseal(key, row.sealed, String(row.syncId));
      } catch {
        continue;
      }
    }
    const c = SyncConnection.safeParse(value);
    if (c.success) connection = c.data;
    const q = QueuedChange.safeParse(value);
    if (q.success) {
      state.queue.push(q.data);
      state.queueStored.set(q.data.syncId, storedFingerprint(row));
    }
    const b = BaseRecord.safeParse(value);
    if (b.success) base = b.data;
    const f = ConflictsRecord.safeParse(value);
    if (f.success) state.conflicts = f.data.conflicts as SyncConflict[];
  }
  if (connection) state.connection = connection;
  if (base && connection && base.sheetId === connection.sheetId) state.base = base.base as SyncBase;
  state.queue.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return state;
}

/** Whether a team sheet is connected (read without opening anything else). */
async function isConnected(key: DataKeys | null): Promise<boolean> {
  const id = key ? await storageKey(key, 'sync', 'connection') : 'connection';
  return (await (await openDb()).getKey('sync', id)) !== undefined;
}

/**
 * The queue entries for rows just changed or deleted here, as stored, for the write's own transaction:
 * none while no sheet is connected.
 *
 * @example await queueEntries('sessions', ['ses-1'], 'changed', key) // [] when no sheet is connected
 */
export async function queueEntries(table: TableName, rowIds: readonly string[], change: QueuedChange['change'], key: DataKeys | null): Promise<Record<string, unknown>[]> {
  if (rowIds.length === 0 || !(await isConnected(key))) return [];
  const at = new Date().toISOString();
  return Promise.all(rowIds.map((rowId) => storedSyncRecord({ syncId: queueId(table, rowId), table, rowId, change, at } satisfies QueuedChange as { syncId: string }, key)));
}

/** The stored key of a sync record (opaque while the lock is on). */
export async function syncKey(syncId: string, key: DataKeys | null): Promise<string> {
  return key ? storageKey(key, 'sync', syncId) : syncId;
}

/** The base and conflicts as stored records. */
export async function storedSyncResult(sheetId: string, base: SyncBase, conflicts: readonly SyncConflict[], key: DataKeys | null): Promise<Record<string, unknown>[]> {
  return Promise.all([
    storedSyncRecord({ syncId: 'base', sheetId, base } as { syncId: string }, key),
    storedSyncRecord({ syncId: 'conflicts', conflicts: [...conflicts] } as { syncId: string }, key),
  ]);
}
