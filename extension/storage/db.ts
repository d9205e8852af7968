import * as z from 'zod';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { CASELOAD_TABLES, caseloadOf, defaultSettings, Settings, StudentRecord, tableSpec, type Caseload, type TableName, type TableProblem, type TableRecord } from '../../shared/index.ts';
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
export const DB_VERSION = 4;

export const AuditEntry = z
  .object({
    at: z.string(),
    action: z.enum([
      'add-student',
      'update-student',
      'remove-student',
      'add-rows',
      'update-rows',
      'delete-rows',
      'import',
      'restore',
      'export',
      'delete-all',
      'settings',
      'lock-on',
      'lock-off',
      'unlock',
      'remove-damaged',
      'sync',
    ]),
    count: z.number().int().min(0),
    /** The table the rows belong to (row actions, and one import entry per table); never a row's content. */
    table: z.enum(CASELOAD_TABLES.map((t) => t.name) as [TableName, ...TableName[]]).optional(),
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
/** Any record of a record store as stored while the lock is on: its key is an opaque HMAC (see `storageKey`). */
export type SealedRecord = Record<string, unknown> & { sealed: unknown };

/**
 * The earlier version of a row that was changed or deleted (kept in the `history` store): a row of any
 * table is never lost by an edit or a deletion.
 */
export interface HistoryEntry {
  historyId: string;
  table: TableName;
  /** What happened to the row: a newer version replaced it, or it was deleted. */
  change: 'updated' | 'deleted';
  at: string;
  record: unknown;
}

/** A problem found by an import, with the student its row belongs to (when the row names one). */
export type StoredProblem = TableProblem & { studentId?: string };

/** What the last caseload import could not take as it was (the `reports` store, key `last-import`). */
export interface ImportReport {
  reportId: 'last-import';
  at: string;
  problems: StoredProblem[];
}

/** The stores that hold records of the caseload (each sealed while the lock is on), and their key. */
export type ChildTableName = Exclude<TableName, 'students'>;
export const CHILD_TABLES = CASELOAD_TABLES.filter((t) => t.name !== 'students').map((t) => t.name) as ChildTableName[];
export type RecordStore = TableName | 'history' | 'reports' | 'sync';
export const RECORD_STORES: readonly RecordStore[] = [...CASELOAD_TABLES.map((t) => t.name), 'history', 'reports', 'sync'];
/** The key field of a record store (a table's key, `historyId`, `reportId`, `syncId`). */
export function keyPathOf(store: RecordStore): string {
  return store === 'history' ? 'historyId' : store === 'reports' ? 'reportId' : store === 'sync' ? 'syncId' : tableSpec(store).key;
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
  services: { key: string; value: TableRecord<'services'> | SealedRecord };
  sessions: { key: string; value: TableRecord<'sessions'> | SealedRecord };
  goals: { key: string; value: TableRecord<'goals'> | SealedRecord };
  goalData: { key: string; value: TableRecord<'goalData'> | SealedRecord };
  accommodations: { key: string; value: TableRecord<'accommodations'> | SealedRecord };
  checks: { key: string; value: TableRecord<'checks'> | SealedRecord };
  contacts: { key: string; value: TableRecord<'contacts'> | SealedRecord };
  /** Earlier versions of changed and deleted rows (see {@link HistoryEntry}). */
  history: { key: string; value: HistoryEntry | SealedRecord };
  /** The last import's problems, shown beside the students they belong to. */
  reports: { key: string; value: ImportReport | SealedRecord };
  /** The connected team sheet, the last sync's base, local changes waiting to go, open conflicts (see sync-state.ts). */
  sync: { key: string; value: Record<string, unknown> };
}
export type CasekeeperDb = IDBPDatabase<CasekeeperSchema>;
export type StoreName = 'settings' | 'taught' | 'audit' | 'derived' | RecordStore;

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
  // 3: every table of the caseload (one store per table other than students, keyed by the table's key),
  // earlier versions of changed or deleted rows, and the last import's problems.
  3: (db) => {
    const stores = [
      ['services', 'serviceId'],
      ['sessions', 'sessionId'],
      ['goals', 'goalId'],
      ['goalData', 'pointId'],
      ['accommodations', 'accommodationId'],
      ['checks', 'checkId'],
      ['contacts', 'contactId'],
      ['history', 'historyId'],
      ['reports', 'reportId'],
    ] as const;
    for (const [name, keyPath] of stores) db.createObjectStore(name, { keyPath });
  },
  // 4: syncing with a team's tracking sheet: the connection, the base of the last sync, the queue of local
  // changes not yet in the sheet, and open conflicts (sealed under the lock like every record store).
  4: (db) => {
    db.createObjectStore('sync', { keyPath: 'syncId' });
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
 * Opens the records of one store as they were written: as they are while the lock is off; unsealed while
 * it is on (a record that cannot be opened becomes null, counted as damaged and left in place).
 */
async function openStored(store: RecordStore, key: DataKeys | null, raw: readonly unknown[]): Promise<unknown[]> {
  if (!key) return [...raw];
  const keyPath = keyPathOf(store);
  return Promise.all(
    raw.map((r) => {
      const row = r as Record<string, unknown>;
      return unsealOrNull(key, r, 'sealed' in row ? row.sealed : undefined, String(row[keyPath]));
    }),
  );
}

const byKey = (keyPath: string) => (a: unknown, b: unknown) => {
  const x = String((a as Record<string, unknown>)[keyPath]);
  const y = String((b as Record<string, unknown>)[keyPath]);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Reads one table. Every record is checked with the table's schema; a damaged one is skipped and counted
 * (and left in place, never overwritten), so one bad record cannot hide the others. Rows come in key order,
 * locked or not.
 */
export async function readTableChecked<T extends TableName>(table: T): Promise<{ rows: TableRecord<T>[]; damaged: number }> {
  const key = await dataKey();
  const raw = await (await openDb()).getAll(table);
  const opened = await openStored(table, key, raw);
  const schema = tableSpec(table).schema;
  const rows: TableRecord<T>[] = [];
  let damaged = 0;
  for (const record of opened) {
    const parsed = schema.safeParse(record);
    if (parsed.success) rows.push(parsed.data);
    else damaged++;
  }
  // Sealed rows are stored under opaque keys: put them back in key order, as when unlocked.
  if (key) rows.sort(byKey(tableSpec(table).key));
  return { rows, damaged };
}

/** Damaged records per table (only tables with any). */
export type DamagedCounts = Partial<Record<TableName, number>>;

/** Every table but students, read and checked (see {@link readTableChecked}). */
export async function readChildTablesChecked(): Promise<{ tables: Omit<Caseload, 'students'>; damaged: DamagedCounts }> {
  const read = await Promise.all(CHILD_TABLES.map(async (t) => [t, await readTableChecked(t)] as const));
  const tables = caseloadOf();
  const damaged: DamagedCounts = {};
  for (const [t, r] of read) {
    (tables as unknown as Record<string, unknown>)[t] = r.rows;
    if (r.damaged > 0) damaged[t] = r.damaged;
  }
  const { students: _students, ...rest } = tables;
  return { tables: rest, damaged };
}

/** The whole caseload, every table read and checked, with the damaged records counted per table. */
export async function readWholeCaseload(): Promise<{ caseload: Caseload; damaged: DamagedCounts }> {
  const [students, children] = await Promise.all([readCaseloadChecked(), readChildTablesChecked()]);
  const damaged: DamagedCounts = { ...children.damaged };
  if (students.damaged > 0) damaged.students = students.damaged;
  return { caseload: { students: students.students, ...children.tables }, damaged };
}

/**
 * Reads the students. Every record is checked; a damaged one is skipped and counted (and left in place,
 * never overwritten), so one bad record cannot hide the others.
 */
export async function readCaseloadChecked(): Promise<{ students: StudentRecord[]; damaged: number }> {
  const start = performance.now();
  const key = await dataKey();
  const raw = await (await openDb()).getAll('students');
  const opened = await openStored('students', key, raw);
  const read = performance.now();
  const students: StudentRecord[] = [];
  let damaged = 0;
  for (const record of opened) {
    const parsed = StudentRecord.safeParse(record);
    if (parsed.success) students.push(parsed.data);
    else damaged++;
  }
  // Sealed students are stored under opaque keys: put them back in student-id order, as when unlocked.
  if (key) students.sort(byKey('studentId'));
  performance.measure('casekeeper:caseload-read', { start, end: read });
  performance.measure('casekeeper:caseload-checked', { start: read, end: performance.now() });
  return { students, damaged };
}

const HistoryEntrySchema = z.object({
  historyId: z.string(),
  table: z.string(),
  change: z.enum(['updated', 'deleted']),
  at: z.string(),
  record: z.unknown(),
});

/** Earlier versions of changed and deleted rows, oldest first (unreadable entries are skipped). */
export async function readHistory(): Promise<HistoryEntry[]> {
  const key = await dataKey();
  const opened = await openStored('history', key, await (await openDb()).getAll('history'));
  return opened.filter((h): h is HistoryEntry => HistoryEntrySchema.safeParse(h).success).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

const ImportReportSchema = z.object({
  reportId: z.literal('last-import'),
  at: z.string(),
  problems: z.array(z.object({ table: z.string(), row: z.number(), column: z.string(), value: z.string(), reason: z.string(), code: z.string(), studentId: z.string().optional() })),
});

/** The last import's problems (none when there was no import, or it found none). */
export async function readImportReport(): Promise<ImportReport | null> {
  const key = await dataKey();
  const [report] = await openStored('reports', key, await (await openDb()).getAll('reports'));
  const parsed = ImportReportSchema.safeParse(report);
  return parsed.success ? (parsed.data as ImportReport) : null;
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
