import * as z from 'zod';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { defaultSettings, Settings, StudentRecord } from '../../shared/index.ts';
import { TaughtMapping } from '../messaging/content-messages.ts';
import { LockRecord, unseal, type DataKeys } from './at-rest.ts';
import { currentKey } from './keyring.ts';

/**
 * Everything Casekeeper keeps, in the extension's own IndexedDB (on this computer only, never synced).
 *
 * Why IndexedDB rather than `chrome.storage.local`: measured in Chromium with 2,000 students, reading the
 * caseload from `storage.local` (one 1 MB value through the browser process) took ~200 ms and every
 * change rewrote the whole value; IndexedDB reads all 2,000 in ~50 ms, writes one student in ~4 ms, keeps
 * the append-only audit log as its own store, and one transaction over several stores makes imports,
 * restores and delete-all all-or-nothing (a worker killed mid-way leaves the transaction uncommitted).
 * The schema is versioned: `upgrade` runs each migration step from the stored version to this one.
 */

export const DB_NAME = 'casekeeper';
export const DB_VERSION = 2;

export const AuditEntry = z
  .object({
    at: z.string(),
    action: z.enum([
      'add-student',
      'update-student',
      'remove-student',
      'import',
      'restore',
      'export',
      'delete-all',
      'settings',
      'lock-on',
      'lock-off',
      'unlock',
      'remove-damaged',
    ]),
    count: z.number().int().min(0),
  })
  .strict();
export type AuditEntry = z.infer<typeof AuditEntry>;

export const TaughtSites = z.record(z.string(), TaughtMapping);
export type TaughtSites = z.infer<typeof TaughtSites>;

/** A student as stored while the passphrase lock is on. */
export interface SealedStudent {
  /** Not the student id: an opaque key made from it (see `storageId` in at-rest.ts). */
  studentId: string;
  sealed: unknown;
}
/** A taught site as stored while the lock is on (the origin is a site address, not student data). */
export interface SealedTaught {
  origin: string;
  sealed: unknown;
}

export interface CasekeeperSchema extends DBSchema {
  students: { key: string; value: StudentRecord | SealedStudent };
  /** `settings` holds the settings; `lock` the passphrase lock's wrapped key (see at-rest.ts), when on. */
  settings: { key: 'settings' | 'lock'; value: Settings | LockRecord };
  taught: { key: string; value: { origin: string; mapping: TaughtMapping } | SealedTaught };
  audit: { key: number; value: AuditEntry };
  /** Caches of computed values (never the only copy of anything); safe to clear at any time. */
  derived: { key: string; value: { key: string; value: unknown } };
}
export type CasekeeperDb = IDBPDatabase<CasekeeperSchema>;
export type StoreName = 'students' | 'settings' | 'taught' | 'audit' | 'derived';

/** Migration steps, by the version they upgrade to. Never edit a shipped step: add the next one. */
const MIGRATIONS: Record<number, (db: IDBPDatabase<CasekeeperSchema>) => void> = {
  1: (db) => {
    db.createObjectStore('students', { keyPath: 'studentId' });
    db.createObjectStore('settings');
    db.createObjectStore('taught', { keyPath: 'origin' });
    db.createObjectStore('audit', { autoIncrement: true });
  },
  // 2: a cache of each student's most urgent deadline, so the caseload opens fast (see caseload-rows.ts).
  2: (db) => {
    db.createObjectStore('derived', { keyPath: 'key' });
  },
};

let opening: Promise<CasekeeperDb> | null = null;

/** Opens (and if needed creates or migrates) the database; one connection per extension context. */
export function openDb(): Promise<CasekeeperDb> {
  opening ??= openDB<CasekeeperSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, newVersion) {
      for (let v = oldVersion + 1; v <= (newVersion ?? DB_VERSION); v++) MIGRATIONS[v]?.(db);
    },
    blocking() {
      // A newer Casekeeper (after an update) wants to migrate: let it.
      void opening?.then((db) => db.close());
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    if (error instanceof DOMException && error.name === 'VersionError') {
      throw new Error('This data was saved by a newer Casekeeper. Update the extension to open it.');
    }
    throw error;
  });
  return opening;
}

/** Closes the connection (tests, and before deleting the database). */
export async function closeDb(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}

/** Tells every open panel that stored data changed (IndexedDB has no change events of its own). */
const CHANNEL = 'casekeeper-changes';
export function announceChange(stores: readonly StoreName[]): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ stores });
  channel.close();
}

/** Calls `onChange` when another context (the background worker) changed one of `stores`. */
export function watchChanges(stores: readonly StoreName[], onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<{ stores?: unknown }>) => {
    const changed = Array.isArray(event.data?.stores) ? event.data.stores : [];
    if (changed.some((s) => stores.includes(s as StoreName))) onChange();
  };
  return () => channel.close();
}

/**
 * Reads the caseload. Every record is checked; a damaged one is skipped and counted (and left in place,
 * never overwritten), so one bad record cannot hide the others.
 */
export async function readCaseloadChecked(): Promise<{ students: StudentRecord[]; damaged: number }> {
  const start = performance.now();
  const key = await dataKey();
  const raw = await (await openDb()).getAll('students');
  const opened = key ? await Promise.all(raw.map((r) => unsealOrNull(key, r, 'sealed' in r ? r.sealed : undefined, r.studentId))) : raw;
  const read = performance.now();
  const students: StudentRecord[] = [];
  let damaged = 0;
  for (const record of opened) {
    const parsed = StudentRecord.safeParse(record);
    if (parsed.success) students.push(parsed.data);
    else damaged++;
  }
  // Sealed students are stored under opaque keys: put them back in student-id order, as when unlocked.
  if (key) students.sort((a, b) => (a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : 0));
  performance.measure('casekeeper:caseload-read', { start, end: read });
  performance.measure('casekeeper:caseload-checked', { start: read, end: performance.now() });
  return { students, damaged };
}

/** What every data read and write answers while the passphrase lock is on and the key is not held. */
export const LOCKED = 'Casekeeper is locked';

/** The passphrase lock's stored record (undefined when the lock is off). Checked where it is used. */
export async function readLockRecord(): Promise<unknown> {
  return (await openDb()).get('settings', 'lock');
}

/**
 * The data key when the lock is on and unlocked, null when the lock is off; throws {@link LOCKED} when the
 * lock is on and Casekeeper is locked (after a restart, idle time, or "Lock now").
 */
export async function dataKey(): Promise<DataKeys | null> {
  if ((await readLockRecord()) === undefined) return null;
  const key = await currentKey();
  if (!key) throw new Error(LOCKED);
  return key;
}

/** A sealed record's value, or null when it cannot be opened (changed byte, wrong key): counted as damaged, kept. */
async function unsealOrNull(key: DataKeys, record: unknown, sealed: unknown, id: string): Promise<unknown> {
  if (sealed === undefined) return null; // plaintext where sealed is expected
  try {
    return await unseal(key, sealed, id);
  } catch {
    return null;
  }
}

/** The readable students of the caseload, by student id. */
export async function readCaseload(): Promise<StudentRecord[]> {
  return (await readCaseloadChecked()).students;
}

/** Reads a cached computed value (undefined when absent). */
export async function readDerived(key: string): Promise<unknown> {
  if ((await readLockRecord()) !== undefined) return undefined; // not kept while the lock is on
  return (await (await openDb()).get('derived', key))?.value;
}

/** Stores a cached computed value. Failing to store a cache is harmless, so errors are ignored. */
export async function writeDerived(key: string, value: unknown): Promise<void> {
  try {
    if ((await readLockRecord()) !== undefined) return; // computed values hold student data: not kept while locked
    await (await openDb()).put('derived', { key, value });
  } catch {
    // a cache: the next open computes again
  }
}

/** Reads the settings; anything unreadable falls back to the defaults (settings hold no student data). */
export async function readSettings(): Promise<Settings> {
  const parsed = Settings.safeParse(await (await openDb()).get('settings', 'settings'));
  return parsed.success ? parsed.data : defaultSettings;
}

export async function readTaught(): Promise<TaughtSites> {
  const key = await dataKey();
  const out: TaughtSites = {};
  for (const row of await (await openDb()).getAll('taught')) {
    const mapping = key ? await unsealOrNull(key, row, 'sealed' in row ? row.sealed : undefined, row.origin) : 'mapping' in row ? row.mapping : null;
    const parsed = TaughtMapping.safeParse(mapping);
    if (parsed.success) out[row.origin] = parsed.data;
  }
  return out;
}

export async function readAudit(): Promise<AuditEntry[]> {
  const rows = await (await openDb()).getAll('audit');
  return rows.filter((r) => AuditEntry.safeParse(r).success);
}
