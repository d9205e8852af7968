import * as z from 'zod';
import type { IDBPTransaction } from 'idb';
import {
  AccommodationCheck,
  AccommodationRecord,
  computeCaseloadDeadlines,
  ContactRecord,
  deadlinesToIcs,
  defaultSettings,
  exportCaseloadCsv,
  GoalDataPoint,
  GoalRecord,
  presentStudentName,
  ServiceRecord,
  SessionRecord,
  Settings,
  StudentRecord,
  caseloadOf,
  studentIdKey,
  tableSpec,
  writeCaseloadFiles,
  zipCaseloadFiles,
  type IsoDate,
} from '../../shared/index.ts';
import { toBase64 } from '../lib/encrypted-backup.ts';
import type { TaughtMapping } from '../messaging/content-messages.ts';
import { seal, storageId, type DataKeys } from './at-rest.ts';
import { putAll, storedRecords } from './table-rows.ts';
import { forgetKey } from './keyring.ts';
import { queueEntries } from './sync-state.ts';
import {
  announceChange,
  dataKey,
  openDb,
  CHILD_TABLES,
  readAudit,
  readCaseload,
  readCaseloadChecked,
  readChildTablesChecked,
  readSettings,
  readTaught,
  RECORD_STORES,
  TaughtSites,
  type AuditEntry,
  type CasekeeperSchema,
  type SealedStudent,
  type SealedTaught,
  type StoreName,
} from './db.ts';

/**
 * Every write to Casekeeper's data. Each is one IndexedDB transaction holding the data and its audit
 * entry together: it commits whole or not at all (storage full, worker stopped, bad input).
 */

export function entry(action: AuditEntry['action'], count: number): AuditEntry {
  return { at: new Date().toISOString(), action, count };
}

function explain(error: unknown): Error {
  const name = error instanceof DOMException ? error.name : '';
  const text = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(text)) {
    return new Error('Not saved: the browser storage for Casekeeper is full. Your earlier data is unchanged. Export and remove students you no longer serve, then try again.');
  }
  if (error instanceof Error && /^(Nothing|Not saved|This backup|Student id|Casekeeper is locked)/.test(error.message)) return error;
  return new Error('Not saved: the browser could not write the data. Your earlier data is unchanged.');
}

/**
 * Students as they are stored: as they are while the passphrase lock is off, sealed while it is on (throws
 * "Casekeeper is locked" when it is on and locked). Sealing happens before the transaction opens: an
 * IndexedDB transaction closes itself while it waits for anything else, such as WebCrypto.
 */
export async function storedStudents(students: readonly StudentRecord[], key?: DataKeys | null): Promise<(StudentRecord | SealedStudent)[]> {
  const k = key === undefined ? await dataKey() : key;
  if (!k) return [...students];
  return Promise.all(
    students.map(async (s) => {
      const id = await storageId(k, s.studentId);
      return { studentId: id, sealed: await seal(k, s, id) };
    }),
  );
}

/** Taught sites as they are stored (sealed while the lock is on, like students). */
export async function storedTaught(sites: TaughtSites, key?: DataKeys | null): Promise<({ origin: string; mapping: TaughtMapping } | SealedTaught)[]> {
  const k = key === undefined ? await dataKey() : key;
  const rows = Object.entries(sites);
  if (!k) return rows.map(([origin, mapping]) => ({ origin, mapping }));
  return Promise.all(rows.map(async ([origin, mapping]) => ({ origin, sealed: await seal(k, mapping, origin) })));
}

/** Runs one read-write transaction over `stores`, then tells open panels what changed. */
export async function transact<T>(stores: StoreName[], work: (tx: IDBPTransaction<CasekeeperSchema, StoreName[], 'readwrite'>) => Promise<T>): Promise<T> {
  const db = await openDb();
  const tx = db.transaction(stores, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    announceChange(stores);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    throw explain(error);
  }
}

/** Adds a student, or replaces the stored one with the same id. */
export async function upsertStudent(student: StudentRecord): Promise<{ added: boolean }> {
  const key = await dataKey();
  const [stored] = await storedStudents([student], key);
  const id = stored?.studentId ?? student.studentId;
  // Queued for the team sheet, when one is connected, in the same transaction.
  const queued = await queueEntries('students', [student.studentId], 'changed', key);
  return transact(['students', 'audit', 'sync'], async (tx) => {
    const students = tx.objectStore('students');
    const added = (await students.getKey(id)) === undefined;
    if (stored) await students.put(stored);
    await putAll(tx.objectStore('sync'), queued);
    await tx.objectStore('audit').add(entry(added ? 'add-student' : 'update-student', 1));
    return { added };
  });
}

/** Removes one student. */
export async function removeStudent(studentId: string): Promise<{ removed: boolean }> {
  const key = await dataKey(); // refused while locked
  const id = key ? await storageId(key, studentId) : studentId;
  const queued = await queueEntries('students', [studentId], 'deleted', key);
  return transact(['students', 'audit', 'sync'], async (tx) => {
    const students = tx.objectStore('students');
    if ((await students.getKey(id)) === undefined) return { removed: false };
    await students.delete(id);
    await putAll(tx.objectStore('sync'), queued);
    await tx.objectStore('audit').add(entry('remove-student', 1));
    return { removed: true };
  });
}

/**
 * Merges an already-validated import into the caseload (same id: the imported row wins). The whole
 * import is refused if it names a student twice.
 */
export async function importStudents(incoming: StudentRecord[]): Promise<{ added: number; updated: number }> {
  const seen = new Set<string>();
  for (const s of incoming) {
    if (seen.has(studentIdKey(s.studentId))) throw new Error(`Nothing imported: student id ${s.studentId} appears twice in the file.`);
    seen.add(studentIdKey(s.studentId));
  }
  // The same id in another case or spacing (S1 / s1) updates that student, kept under its saved id.
  const saved = new Map((await readCaseload()).map((s) => [studentIdKey(s.studentId), s.studentId]));
  const students = incoming.map((s) => ({ ...s, studentId: saved.get(studentIdKey(s.studentId)) ?? s.studentId }));
  const stored = await storedStudents(students);
  return transact(['students', 'audit'], async (tx) => {
    const store = tx.objectStore('students');
    const existing = new Set(await store.getAllKeys());
    let added = 0;
    for (const s of stored) {
      if (!existing.has(s.studentId)) added++;
      await store.put(s);
    }
    await tx.objectStore('audit').add(entry('import', students.length));
    return { added, updated: students.length - added };
  });
}

/** Saves the settings. */
export async function saveSettings(settings: Settings): Promise<void> {
  await dataKey(); // refused while locked
  return transact(['settings', 'audit'], async (tx) => {
    await tx.objectStore('settings').put(settings, 'settings');
    await tx.objectStore('audit').add(entry('settings', 0));
  });
}

/** Saves what the teacher taught Casekeeper about one site (an origin like `https://iep.example.org`). */
export async function saveTaught(origin: string, mapping: TaughtMapping): Promise<void> {
  const [stored] = await storedTaught({ [origin]: mapping });
  return transact(['taught'], async (tx) => {
    if (Object.keys(mapping).length === 0) await tx.objectStore('taught').delete(origin);
    else if (stored) await tx.objectStore('taught').put(stored);
  });
}

/**
 * The backup file (`Export all`, JSON). Version 1 held students only; version 2 added settings and taught
 * sites; version 3 adds every other table of the caseload (`tables`). Older versions still restore.
 */
export const BACKUP_FORMAT = 'casekeeper-backup';
export const BACKUP_VERSION = 3;
const BackupV1 = z.object({ format: z.literal(BACKUP_FORMAT), version: z.literal(1), students: z.array(StudentRecord) });
const BackupV2 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(2),
  exportedAt: z.string(),
  students: z.array(StudentRecord),
  settings: Settings,
  taughtSites: TaughtSites,
});
const BackupTables = z
  .object({
    services: z.array(ServiceRecord),
    sessions: z.array(SessionRecord),
    goals: z.array(GoalRecord),
    goalData: z.array(GoalDataPoint),
    accommodations: z.array(AccommodationRecord),
    checks: z.array(AccommodationCheck),
    contacts: z.array(ContactRecord),
  })
  .strict();
const BackupV3 = BackupV2.extend({ version: z.literal(3), tables: BackupTables });
export type Backup = z.infer<typeof BackupV3>;
const NO_TABLES: Backup['tables'] = { services: [], sessions: [], goals: [], goalData: [], accommodations: [], checks: [], contacts: [] };

/** Reads a backup file of any version this build knows, migrated to the current one; explains refusals. */
export function parseBackup(text: string): { ok: true; value: Backup } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const where = error instanceof Error ? /position \d+/.exec(error.message)?.[0] : undefined;
    return { ok: false, error: `This backup file is damaged or cut short${where ? ` (it stops making sense at ${where})` : ''}. Nothing was changed.` };
  }
  const head = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number().int() }).safeParse(raw);
  if (!head.success) return { ok: false, error: 'This is not a Casekeeper backup file. Nothing was changed.' };
  if (head.data.version > BACKUP_VERSION) {
    return { ok: false, error: `This backup was made by a newer Casekeeper (format ${head.data.version}). Update the extension, then try again. Nothing was changed.` };
  }
  const current = head.data.version === 1 ? BackupV1.safeParse(raw) : head.data.version === 2 ? BackupV2.safeParse(raw) : BackupV3.safeParse(raw);
  if (!current.success) {
    return { ok: false, error: `This backup file has a problem: ${z.prettifyError(current.error).slice(0, 400)}. Nothing was changed.` };
  }
  const data = current.data;
  const value: Backup =
    data.version === 1
      ? { format: BACKUP_FORMAT, version: 3, exportedAt: '', students: data.students, settings: defaultSettings, taughtSites: {}, tables: NO_TABLES }
      : data.version === 2
        ? { ...data, version: 3, tables: NO_TABLES }
        : data;
  const ids = new Set<string>();
  for (const s of value.students) {
    if (ids.has(s.studentId)) return { ok: false, error: `Student id ${s.studentId} appears twice in the backup. Nothing was changed.` };
    ids.add(s.studentId);
  }
  for (const table of CHILD_TABLES) {
    const seen = new Set<string>();
    const keyPath = tableSpec(table).key;
    for (const row of value.tables[table] as readonly Record<string, unknown>[]) {
      const id = String(row[keyPath]);
      if (seen.has(id)) return { ok: false, error: `The id ${id} appears twice in the backup's ${table}. Nothing was changed.` };
      seen.add(id);
    }
  }
  return { ok: true, value };
}

/** Replaces everything with a backup, in one transaction. */
export async function restoreBackup(text: string): Promise<{ students: number }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const b = parsed.value;
  const key = await dataKey();
  const storedS = await storedStudents(b.students, key);
  const storedT = await storedTaught(b.taughtSites, key);
  const storedTables = await Promise.all(CHILD_TABLES.map(async (t) => [t, await storedRecords(t, b.tables[t], key)] as const));
  return transact([...RECORD_STORES, 'settings', 'taught', 'audit', 'derived'], async (tx) => {
    const students = tx.objectStore('students');
    await students.clear();
    await tx.objectStore('derived').clear();
    await tx.objectStore('reports').clear();
    await putAll(students, storedS);
    for (const [table, rows] of storedTables) {
      const store = tx.objectStore(table);
      await store.clear();
      await putAll(store, rows);
    }
    await tx.objectStore('settings').put(b.settings, 'settings');
    const taught = tx.objectStore('taught');
    await taught.clear();
    for (const row of storedT) await taught.put(row);
    await tx.objectStore('audit').add(entry('restore', b.students.length));
    return { students: b.students.length };
  });
}

/** Builds an export file and records the export (format and count only) in the audit log. */
export async function exportData(format: 'csv' | 'ics' | 'json' | 'zip', today: IsoDate): Promise<{ text: string; filename: string; count: number; skipped: number }> {
  // Damaged records are left out and counted, never exported silently wrong or dropped without a word.
  const { students, damaged: damagedStudents } = await readCaseloadChecked();
  const child = format === 'zip' || format === 'json' ? await readChildTablesChecked() : undefined;
  const skipped = damagedStudents + Object.values(child?.damaged ?? {}).reduce((n: number, d) => n + (d ?? 0), 0);
  const settings = await readSettings();
  let text: string;
  if (format === 'csv') text = exportCaseloadCsv(students);
  else if (format === 'zip') {
    // Every table as its CSV file, in one zip (as base64: messages carry text).
    text = toBase64(zipCaseloadFiles(writeCaseloadFiles({ students, ...(child?.tables ?? caseloadOf()) })));
  }
  else if (format === 'ics') {
    // Initials unless the teacher chose names, as the command line does: a calendar file is easy to share by accident.
    const names = new Map(students.map((s) => [s.studentId, presentStudentName(s, settings.studentNames ?? 'initials')]));
    text = deadlinesToIcs(computeCaseloadDeadlines(students, settings, today).deadlines, {
      calendarName: 'Casekeeper deadlines',
      studentName: (id: string) => names.get(id) ?? id,
    });
  } else {
    const backup: Backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date().toISOString(),
      students,
      settings,
      taughtSites: await readTaught(),
      tables: child?.tables ?? caseloadOf(),
    };
    text = JSON.stringify(backup, null, 2);
  }
  await transact(['audit'], async (tx) => {
    await tx.objectStore('audit').add(entry('export', students.length));
  });
  return { text, filename: `casekeeper-${today}.${format === 'json' ? 'backup.json' : format}`, count: students.length, skipped };
}

/**
 * Deletes all student data (every table, the history of changed rows, the import report), settings and
 * taught sites (and the passphrase lock with them). The audit log (times and counts only) is kept. Refused
 * while locked.
 */
export async function deleteAll(): Promise<{ students: number }> {
  await dataKey();
  const result = await transact([...RECORD_STORES, 'settings', 'taught', 'audit', 'derived'], async (tx) => {
    const count = await tx.objectStore('students').count();
    for (const store of RECORD_STORES) await tx.objectStore(store).clear();
    await tx.objectStore('derived').clear();
    await tx.objectStore('settings').clear();
    await tx.objectStore('taught').clear();
    await tx.objectStore('audit').add(entry('delete-all', count));
    return { students: count };
  });
  await forgetKey();
  return result;
}

export { readAudit };
