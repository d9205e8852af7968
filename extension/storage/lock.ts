import { passphraseProblem } from '../lib/encrypted-backup.ts';
import { TaughtMapping } from '../messaging/content-messages.ts';
import { createLock, DEFAULT_IDLE_MINUTES, importDataKey, LockRecord, storageKey, unseal, unwrapLock } from './at-rest.ts';
import { compactStorage } from './compact-storage.ts';
import { entry, storedTaught, transact } from './data-store.ts';
import { announceChange, dataKey, keyPathOf, openDb, readLockRecord, RECORD_STORES, type RecordStore, type StoreName, type TaughtSites } from './db.ts';
import { putAll, storedRecords } from './table-rows.ts';
import { forgetKey, hasKey, rememberKey, setIdleMinutes } from './keyring.ts';

/**
 * The optional passphrase lock: turning it on, unlocking, locking, turning it off. Turning it on or off
 * converts every stored record (every table of the caseload, the history of changed rows, the import
 * report) and taught site in one transaction (all or nothing); the cache of computed
 * deadlines is cleared instead of converted. The audit log stays readable: it never holds IEP content.
 * There is no recovery: a forgotten passphrase cannot be reset, only an (encrypted) export brings data back.
 */

export interface LockStatus {
  /** The lock is on (data is encrypted at rest). */
  enabled: boolean;
  /** The data key is held (always true when the lock is off). */
  unlocked: boolean;
  idleMinutes: number;
}

const CHANGED_MEANWHILE = 'Nothing was changed: the caseload changed meanwhile. Try again.';
const ALL: StoreName[] = [...RECORD_STORES, 'settings', 'taught', 'audit', 'derived'];

/** Tells open panels the lock changed (they ask for its status again and read everything again). */
async function announced(): Promise<LockStatus> {
  announceChange(ALL);
  return lockStatus();
}

export async function lockStatus(): Promise<LockStatus> {
  const stored = await readLockRecord();
  const record = LockRecord.safeParse(stored);
  const idleMinutes = record.success ? record.data.idleMinutes : DEFAULT_IDLE_MINUTES;
  if (stored === undefined) return { enabled: false, unlocked: true, idleMinutes };
  return { enabled: true, unlocked: await hasKey(), idleMinutes };
}

/** Everything stored in the record stores and the taught store, as stored. */
async function readRaw() {
  const db = await openDb();
  const tx = db.transaction([...RECORD_STORES, 'taught'], 'readonly');
  const records = new Map<RecordStore, Record<string, unknown>[]>();
  await Promise.all(RECORD_STORES.map(async (store) => records.set(store, (await tx.objectStore(store).getAll()) as Record<string, unknown>[])));
  const taught = await tx.objectStore('taught').getAll();
  return { records, taught };
}

/** The keys of a store's records as read (to check nothing changed before converting). */
const keysOf = (store: RecordStore, rows: readonly Record<string, unknown>[]) => rows.map((r) => String(r[keyPathOf(store)]));

/** Replaces every record store's content (inside a transaction), after checking no store changed meanwhile. */
async function replaceRecords(
  tx: Parameters<Parameters<typeof transact>[1]>[0],
  before: Map<RecordStore, Record<string, unknown>[]>,
  after: Map<RecordStore, readonly object[]>,
): Promise<void> {
  for (const store of RECORD_STORES) {
    if (!sameKeys(keysOf(store, before.get(store) ?? []), await tx.objectStore(store).getAllKeys())) throw new Error(CHANGED_MEANWHILE);
  }
  for (const store of RECORD_STORES) {
    const s = tx.objectStore(store);
    await s.clear(); // stored under other keys from now on (opaque while locked, the ids while not)
    await putAll(s, after.get(store) ?? []);
  }
}

function sameKeys(a: readonly string[], b: readonly IDBValidKey[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].map(String).sort().join('\n');
}

/** Turns the lock on: encrypts everything stored, in one transaction, and stays unlocked. */
export async function enableLock(passphrase: string, idleMinutes = DEFAULT_IDLE_MINUTES, options: { iterations?: number } = {}): Promise<LockStatus> {
  if ((await readLockRecord()) !== undefined) throw new Error('The passphrase lock is already on.');
  const problem = passphraseProblem(passphrase, passphrase);
  if (problem) throw new Error(problem);
  const { raw, record } = await createLock(passphrase, idleMinutes, options);
  const key = await importDataKey(raw);
  const before = await readRaw();
  // Records that are not valid rows are sealed as they are: still counted as damaged, still kept.
  const sealed = new Map<RecordStore, readonly object[]>();
  for (const store of RECORD_STORES) sealed.set(store, await storedRecords(store, before.records.get(store) ?? [], key));
  const taughtSites: TaughtSites = {};
  for (const row of before.taught) if ('mapping' in row) taughtSites[row.origin] = row.mapping;
  const taught = await storedTaught(taughtSites, key);
  await transact(ALL, async (tx) => {
    await replaceRecords(tx, before.records, sealed);
    const t = tx.objectStore('taught');
    await t.clear();
    for (const row of taught) await t.put(row);
    await tx.objectStore('derived').clear();
    await tx.objectStore('settings').put(record, 'lock');
    await tx.objectStore('audit').add(entry('lock-on', sealed.get('students')?.length ?? 0));
  });
  await rememberKey(raw, idleMinutes);
  // The plaintext just replaced is still in the browser's files until storage is compacted.
  await compactStorage();
  return announced();
}

/** Unlocks with the passphrase; a wrong one or a damaged lock changes nothing and says which. */
export async function unlock(passphrase: string): Promise<LockStatus> {
  const record = await readLockRecord();
  if (record === undefined) throw new Error('The passphrase lock is not on.');
  const opened = await unwrapLock(record, passphrase);
  if (!opened.ok) throw new Error(opened.error);
  const count = await (await openDb()).count('students');
  await transact(['audit'], async (tx) => {
    await tx.objectStore('audit').add(entry('unlock', count));
  });
  await rememberKey(opened.raw, LockRecord.parse(record).idleMinutes);
  return announced();
}

/** Changes after how many idle minutes Casekeeper locks itself (while unlocked). */
export async function configureLock(idleMinutes: number): Promise<LockStatus> {
  const stored = await readLockRecord();
  if (stored === undefined) throw new Error('The passphrase lock is not on.');
  await dataKey(); // refused while locked
  const record = LockRecord.parse(stored);
  await transact(['settings'], async (tx) => {
    await tx.objectStore('settings').put({ ...record, idleMinutes }, 'lock');
  });
  await setIdleMinutes(idleMinutes);
  return announced();
}

/** Locks now: wipes the data key. */
export async function lockNow(): Promise<LockStatus> {
  await forgetKey();
  return announced();
}

/**
 * Turns the lock off (while unlocked, with the passphrase again): decrypts everything back in one
 * transaction. Records that cannot be decrypted (damaged) are left out and counted in `skipped`.
 */
export async function disableLock(passphrase: string): Promise<LockStatus & { skipped: number }> {
  const record = await readLockRecord();
  if (record === undefined) throw new Error('The passphrase lock is not on.');
  const key = await dataKey();
  if (!key) throw new Error('The passphrase lock is not on.');
  const opened = await unwrapLock(record, passphrase);
  if (!opened.ok) throw new Error(opened.error);
  const before = await readRaw();
  let damaged = 0;
  const plain = new Map<RecordStore, object[]>();
  for (const store of RECORD_STORES) {
    const keyPath = keyPathOf(store);
    const rows: object[] = [];
    for (const row of before.records.get(store) ?? []) {
      try {
        const value = await unseal(key, row.sealed, String(row[keyPath]));
        const id = (value as Record<string, unknown> | null)?.[keyPath];
        if (typeof id !== 'string' || (await storageKey(key, store, id)) !== row[keyPath]) throw new Error('moved');
        rows.push(value as object);
      } catch {
        damaged++;
      }
    }
    plain.set(store, rows);
  }
  const taught: { origin: string; mapping: TaughtMapping }[] = [];
  for (const row of before.taught) {
    try {
      taught.push({ origin: row.origin, mapping: TaughtMapping.parse(await unseal(key, 'sealed' in row ? row.sealed : undefined, row.origin)) });
    } catch {
      damaged++;
    }
  }
  // Damaged records cannot be decrypted with or without the lock: the lock comes off around them and the
  // teacher is told how many were left out (they were already listed as damaged in the panel).
  await transact(ALL, async (tx) => {
    await replaceRecords(tx, before.records, plain);
    const t = tx.objectStore('taught');
    await t.clear();
    for (const row of taught) await t.put(row);
    await tx.objectStore('settings').delete('lock');
    await tx.objectStore('audit').add(entry('lock-off', plain.get('students')?.length ?? 0));
  });
  await forgetKey();
  return { ...(await announced()), skipped: damaged };
}
