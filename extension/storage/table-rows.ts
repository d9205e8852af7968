import { CASELOAD_TABLES, newRowId, sameRecord, tableSpec, type Caseload, type TableName, type TableRecord } from '../../shared/index.ts';
import { seal, storageKey, unseal, type DataKeys } from './at-rest.ts';
import { entry, transact } from './data-store.ts';
import { dataKey, keyPathOf, openDb, RECORD_STORES, type HistoryEntry, type ImportReport, type RecordStore, type StoredProblem } from './db.ts';
import { queueEntries } from './sync-state.ts';

/**
 * Writes to the rows of any table of the caseload, by table name: add or update rows, delete rows, and
 * import a whole caseload. Each call is one IndexedDB transaction holding the rows, the earlier version of
 * every row it changes or deletes (the `history` store: an edit or a deletion never loses a row, a session
 * included) and its audit entries (action, table, count; never a value). While the passphrase lock is on,
 * every record is sealed exactly as students are: under an opaque key, its content encrypted.
 */

/** How many rows of one table a write added, changed, left as they were, or deleted. */
export interface RowCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** What a whole-caseload import did, per table. */
export type ImportCounts = Record<TableName, RowCounts>;

/** One record as it is stored: as it is while the lock is off, sealed under its opaque key while it is on. */
export async function storedRecord(store: RecordStore, record: object, key: DataKeys | null): Promise<Record<string, unknown>> {
  const plain = record as Record<string, unknown>;
  if (!key) return plain;
  const keyPath = keyPathOf(store);
  const id = await storageKey(key, store, String(plain[keyPath]));
  return { [keyPath]: id, sealed: await seal(key, record, id) };
}

/** Every record of a store as stored (sealed while the lock is on), in the order given. */
export async function storedRecords(store: RecordStore, records: readonly object[], key: DataKeys | null): Promise<Record<string, unknown>[]> {
  return Promise.all(records.map((r) => storedRecord(store, r, key)));
}

/**
 * Puts many records into a store of an open transaction without waiting for each in turn (the requests
 * still run in order): one wait for all, far faster for a large import. The first failure is thrown (the
 * transaction is then aborted by its caller); the others are caught.
 *
 * @example await putAll(tx.objectStore('sessions'), rows)
 */
export async function putAll(store: { put(value: never): Promise<unknown> }, records: readonly unknown[]): Promise<void> {
  const pending: Promise<unknown>[] = [];
  let failed: { error: unknown } | undefined;
  const note = (error: unknown) => {
    failed ??= { error };
  };
  try {
    for (const r of records) pending.push(store.put(r as never).catch(note));
  } catch (error) {
    note(error);
  }
  await Promise.all(pending);
  if (failed) throw failed.error;
}

/** Checks rows against their table's schema; throws, naming the row and the reason, on the first bad one. */
export function checkRows<T extends TableName>(table: T, rows: readonly unknown[]): TableRecord<T>[] {
  const spec = tableSpec(table);
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const parsed = spec.schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = spec.columns.find((c) => c.key === issue?.path[0])?.header ?? 'a value';
      throw new Error(`Nothing was saved: row ${i + 1} of ${spec.label}, ${field}: ${issue?.message ?? 'not valid'}.`);
    }
    const id = String((parsed.data as Record<string, unknown>)[spec.key]);
    if (seen.has(id)) throw new Error(`Nothing was saved: ${spec.label} names the id ${id} twice.`);
    seen.add(id);
    return parsed.data;
  });
}

/** The stored rows of a table with these ids, opened (null where one cannot be opened), by storage key. */
async function existingRows(table: TableName, ids: readonly string[], key: DataKeys | null): Promise<Map<string, { storedKey: string; value: unknown }>> {
  const db = await openDb();
  const out = new Map<string, { storedKey: string; value: unknown }>();
  const wanted = new Set(ids);
  if (!key) {
    // Few rows: one get each; many (an import): one read of the whole store.
    if (ids.length < 200) {
      for (const id of ids) {
        const value = await db.get(table, id);
        if (value !== undefined) out.set(id, { storedKey: id, value });
      }
    } else {
      const keyPath = keyPathOf(table);
      for (const value of await db.getAll(table)) {
        const id = String((value as Record<string, unknown>)[keyPath]);
        if (wanted.has(id)) out.set(id, { storedKey: id, value });
      }
    }
    return out;
  }
  const keys = await Promise.all(ids.map(async (id) => [id, await storageKey(key, table, id)] as const));
  const present = new Set((await db.getAllKeys(table)).map(String));
  for (const [id, storedKey] of keys) {
    if (!present.has(storedKey)) continue;
    const row = (await db.get(table, storedKey)) as Record<string, unknown> | undefined;
    let value: unknown;
    try {
      value = await unseal(key, row?.sealed, storedKey);
    } catch {
      value = null; // damaged: replaced by the new version, the damaged one kept in history as it was stored
    }
    out.set(id, { storedKey, value: value ?? row });
  }
  return out;
}

/** The history entry keeping a row's earlier version. */
function historyOf(table: TableName, change: HistoryEntry['change'], record: unknown, at: string): HistoryEntry {
  return { historyId: newRowId('his'), table, change, at, record };
}

/** What writing `rows` to a table means: the records to store, the history to keep, and the counts. */
async function planRows<T extends TableName>(table: T, rows: readonly TableRecord<T>[], key: DataKeys | null, at: string) {
  const keyPath = tableSpec(table).key;
  const existing = await existingRows(table, rows.map((r) => String((r as Record<string, unknown>)[keyPath])), key);
  const counts: RowCounts = { added: 0, updated: 0, unchanged: 0 };
  const changed: object[] = [];
  const changedIds: string[] = [];
  const history: HistoryEntry[] = [];
  for (const row of rows) {
    const before = existing.get(String((row as Record<string, unknown>)[keyPath]));
    if (!before) counts.added++;
    else if (sameRecord(before.value, row)) {
      counts.unchanged++;
      continue;
    } else {
      counts.updated++;
      history.push(historyOf(table, 'updated', before.value, at));
    }
    changed.push(row);
    changedIds.push(String((row as Record<string, unknown>)[keyPath]));
  }
  return { counts, changedIds, stored: await storedRecords(table, changed, key), history: await storedRecords('history', history, key) };
}

/**
 * Adds rows to a table, or replaces the stored rows with the same ids (their earlier versions go to the
 * history store). Rows are checked with the table's schema first; a bad row refuses the whole write. While
 * a team sheet is connected, each changed row is queued for it in the same transaction (not rows that
 * came from the sheet: `fromSheet`).
 *
 * @example await writeRows('sessions', [{ sessionId: 'ses-1', studentId: 'S1', serviceId: 'svc-1', date: '2026-11-23', minutes: 30, outcome: 'delivered' }])
 */
export async function writeRows<T extends TableName>(table: T, rows: readonly unknown[], options: { fromSheet?: boolean } = {}): Promise<RowCounts> {
  const checked = checkRows(table, rows);
  const key = await dataKey(); // refused while locked
  const at = new Date().toISOString();
  const plan = await planRows(table, checked, key, at);
  const queued = options.fromSheet ? [] : await queueEntries(table, plan.changedIds, 'changed', key);
  return transact([table, 'history', 'audit', 'sync'], async (tx) => {
    const store = tx.objectStore(table);
    await putAll(store, plan.stored);
    await putAll(tx.objectStore('history'), plan.history);
    await putAll(tx.objectStore('sync'), queued);
    if (plan.counts.added > 0) await tx.objectStore('audit').add({ ...entry('add-rows', plan.counts.added), table });
    if (plan.counts.updated > 0) await tx.objectStore('audit').add({ ...entry('update-rows', plan.counts.updated), table });
    return plan.counts;
  });
}

/**
 * Deletes rows of a table by id; each deleted row is kept in the history store as it was.
 *
 * @example await deleteRows('sessions', ['ses-1']) // { deleted: 1 }
 */
export async function deleteRows(table: TableName, ids: readonly string[]): Promise<{ deleted: number }> {
  const key = await dataKey();
  const at = new Date().toISOString();
  const existing = await existingRows(table, [...new Set(ids)], key);
  const history = await storedRecords(
    'history',
    [...existing.values()].map((e) => historyOf(table, 'deleted', e.value, at)),
    key,
  );
  const queued = await queueEntries(table, [...existing.keys()], 'deleted', key);
  return transact([table, 'history', 'audit', 'sync'], async (tx) => {
    for (const e of existing.values()) await tx.objectStore(table).delete(e.storedKey);
    await putAll(tx.objectStore('sync'), queued);
    for (const h of history) await tx.objectStore('history').put(h as never);
    if (existing.size > 0) await tx.objectStore('audit').add({ ...entry('delete-rows', existing.size), table });
    return { deleted: existing.size };
  });
}

/**
 * Imports a caseload that was read and validated whole (the good rows of a zip or CSV): every table's rows
 * are added or replace the stored ones with the same id, in one transaction over every table (all or
 * nothing), and the import's problems replace the stored import report, so they stay visible beside their
 * students. Rows the import does not name are kept.
 *
 * @example await importCaseload(readCaseloadFiles(files).caseload, problems)
 */
export async function importCaseload(caseload: Caseload, problems: readonly StoredProblem[]): Promise<ImportCounts> {
  const checked = Object.fromEntries(CASELOAD_TABLES.map((t) => [t.name, checkRows(t.name, caseload[t.name])])) as unknown as Caseload;
  if (Object.values(checked).every((rows) => rows.length === 0)) throw new Error('Nothing was imported: the file holds no rows Casekeeper can read.');
  const key = await dataKey();
  const at = new Date().toISOString();
  const plans = await Promise.all(CASELOAD_TABLES.map(async (t) => [t.name, await planRows(t.name, checked[t.name] as never, key, at)] as const));
  const report = await storedRecord('reports', { reportId: 'last-import', at, problems: [...problems] } satisfies ImportReport, key);
  return transact([...RECORD_STORES, 'audit', 'derived'], async (tx) => {
    const counts = {} as ImportCounts;
    for (const [table, plan] of plans) {
      const store = tx.objectStore(table);
      await putAll(store, plan.stored);
      await putAll(tx.objectStore('history'), plan.history);
      counts[table] = plan.counts;
      const written = plan.counts.added + plan.counts.updated;
      if (written > 0) await tx.objectStore('audit').add({ ...entry('import', written), table });
    }
    await tx.objectStore('reports').put(report as never);
    return counts;
  });
}

/** Clears the stored import report (its problems were fixed, or the teacher dismissed them). */
export async function clearImportReport(): Promise<void> {
  await dataKey();
  await transact(['reports'], async (tx) => {
    await tx.objectStore('reports').clear();
  });
}
