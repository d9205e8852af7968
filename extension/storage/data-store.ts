import * as z from 'zod';
import { storage } from 'wxt/utils/storage';
import {
  computeCaseloadDeadlines,
  deadlinesToIcs,
  defaultSettings,
  exportCaseloadCsv,
  Settings,
  StudentRecord,
  type IsoDate,
} from '../../shared/index.ts';
import type { TaughtMapping } from '../messaging/messages.ts';
import {
  auditItem,
  caseloadItem,
  readAudit,
  readCaseload,
  readSettings,
  readTaught,
  settingsItem,
  taughtItem,
  TaughtSites,
  type AuditEntry,
} from './items.ts';

/**
 * Every write to Casekeeper's data. Writes run one at a time (a queue), each is one `storage.local.set`
 * call holding the data and its audit entry together, so a write either happens whole or not at all.
 */

let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

function entry(action: AuditEntry['action'], count: number): AuditEntry {
  return { at: new Date().toISOString(), action, count };
}

async function write(values: Parameters<typeof storage.setItems>[0]): Promise<void> {
  try {
    await storage.setItems(values);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/quota/i.test(text)) {
      throw new Error('Not saved: the browser storage for Casekeeper is full. Your earlier data is unchanged. Export and remove students you no longer serve, then try again.');
    }
    throw new Error('Not saved: the browser could not write the data. Your earlier data is unchanged.');
  }
}

async function withAudit(action: AuditEntry['action'], count: number) {
  return { item: auditItem, value: [...(await readAudit()), entry(action, count)] };
}

function sortById(students: StudentRecord[]): StudentRecord[] {
  return [...students].sort((a, b) => (a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : 0));
}

/** Adds a student, or replaces the stored one with the same id. */
export function upsertStudent(student: StudentRecord): Promise<{ added: boolean }> {
  return serial(async () => {
    const students = await readCaseload();
    const index = students.findIndex((s) => s.studentId === student.studentId);
    const next = index === -1 ? [...students, student] : students.map((s, i) => (i === index ? student : s));
    await write([
      { item: caseloadItem, value: { students: sortById(next) } },
      await withAudit(index === -1 ? 'add-student' : 'update-student', 1),
    ]);
    return { added: index === -1 };
  });
}

/** Removes one student. */
export function removeStudent(studentId: string): Promise<{ removed: boolean }> {
  return serial(async () => {
    const students = await readCaseload();
    const next = students.filter((s) => s.studentId !== studentId);
    if (next.length === students.length) return { removed: false };
    await write([{ item: caseloadItem, value: { students: next } }, await withAudit('remove-student', 1)]);
    return { removed: true };
  });
}

/**
 * Merges an already-validated import into the caseload (same id: the imported row wins). The whole
 * import is refused if it names a student twice.
 */
export function importStudents(students: StudentRecord[]): Promise<{ added: number; updated: number }> {
  return serial(async () => {
    const seen = new Set<string>();
    for (const s of students) {
      if (seen.has(s.studentId)) throw new Error(`Nothing imported: student id ${s.studentId} appears twice in the file.`);
      seen.add(s.studentId);
    }
    const byId = new Map((await readCaseload()).map((s) => [s.studentId, s]));
    let added = 0;
    for (const s of students) {
      if (!byId.has(s.studentId)) added++;
      byId.set(s.studentId, s);
    }
    await write([
      { item: caseloadItem, value: { students: sortById([...byId.values()]) } },
      await withAudit('import', students.length),
    ]);
    return { added, updated: students.length - added };
  });
}

/** Saves the settings. */
export function saveSettings(settings: Settings): Promise<void> {
  return serial(async () => {
    await write([{ item: settingsItem, value: settings }, await withAudit('settings', 0)]);
  });
}

/** Saves what the teacher taught Casekeeper about one site (an origin like `https://iep.example.org`). */
export function saveTaught(origin: string, mapping: TaughtMapping): Promise<void> {
  return serial(async () => {
    const sites = await readTaught();
    await write([{ item: taughtItem, value: { ...sites, [origin]: mapping } }]);
  });
}

/** The backup file (`Export all`, JSON). Version 1 held students only; version 2 adds settings and taught sites. */
export const BACKUP_FORMAT = 'casekeeper-backup';
export const BACKUP_VERSION = 2;
const BackupV1 = z.object({ format: z.literal(BACKUP_FORMAT), version: z.literal(1), students: z.array(StudentRecord) });
const BackupV2 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(2),
  exportedAt: z.string(),
  students: z.array(StudentRecord),
  settings: Settings,
  taughtSites: TaughtSites,
});
export type Backup = z.infer<typeof BackupV2>;

/** Reads a backup file of any version this build knows, migrated to the current one; explains refusals. */
export function parseBackup(text: string): { ok: true; value: Backup } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const where = error instanceof Error ? /position \d+/.exec(error.message)?.[0] : undefined;
    return { ok: false, error: `This backup file is damaged or cut short${where ? ` (stops making sense at ${where})` : ''}. Nothing was changed.` };
  }
  const head = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number().int() }).safeParse(raw);
  if (!head.success) return { ok: false, error: 'This is not a Casekeeper backup file. Nothing was changed.' };
  if (head.data.version > BACKUP_VERSION) {
    return { ok: false, error: `This backup was made by a newer Casekeeper (format ${head.data.version}). Update the extension, then try again. Nothing was changed.` };
  }
  const current = head.data.version === 1 ? BackupV1.safeParse(raw) : BackupV2.safeParse(raw);
  if (!current.success) {
    return { ok: false, error: `This backup file has a problem: ${z.prettifyError(current.error).slice(0, 400)}. Nothing was changed.` };
  }
  const value: Backup =
    current.data.version === 1
      ? { format: BACKUP_FORMAT, version: 2, exportedAt: '', students: current.data.students, settings: defaultSettings, taughtSites: {} }
      : current.data;
  const ids = new Set<string>();
  for (const s of value.students) {
    if (ids.has(s.studentId)) return { ok: false, error: `Student id ${s.studentId} appears twice in the backup. Nothing was changed.` };
    ids.add(s.studentId);
  }
  return { ok: true, value };
}

/** Replaces everything with a backup, in one write. */
export function restoreBackup(text: string): Promise<{ students: number }> {
  return serial(async () => {
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const b = parsed.value;
    await write([
      { item: caseloadItem, value: { students: sortById(b.students) } },
      { item: settingsItem, value: b.settings },
      { item: taughtItem, value: b.taughtSites },
      await withAudit('restore', b.students.length),
    ]);
    return { students: b.students.length };
  });
}

/** Builds an export file and records the export (format and count only) in the audit log. */
export function exportData(format: 'csv' | 'ics' | 'json', today: IsoDate): Promise<{ text: string; filename: string; count: number }> {
  return serial(async () => {
    const students = await readCaseload();
    const settings = await readSettings();
    let text: string;
    if (format === 'csv') text = exportCaseloadCsv(students);
    else if (format === 'ics') {
      const names = new Map(students.map((s) => [s.studentId, [s.firstName, s.lastName].filter(Boolean).join(' ') || s.studentId]));
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
      };
      text = JSON.stringify(backup, null, 2);
    }
    await write([await withAudit('export', students.length)]);
    return { text, filename: `casekeeper-${today}.${format === 'json' ? 'backup.json' : format}`, count: students.length };
  });
}

/** Deletes all student data, settings and taught sites. The audit log (times and counts only) is kept. */
export function deleteAll(): Promise<{ students: number }> {
  return serial(async () => {
    const count = (await readCaseload().catch(() => [])).length;
    const audit = await withAudit('delete-all', count);
    await write([audit]);
    await storage.removeItems([caseloadItem, settingsItem, taughtItem]);
    return { students: count };
  });
}
