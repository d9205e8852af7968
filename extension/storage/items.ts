import * as z from 'zod';
import { storage } from 'wxt/utils/storage';
import { defaultSettings, Settings, StudentRecord } from '../../shared/index.ts';
import { TaughtMapping } from '../messaging/messages.ts';

/**
 * Everything Casekeeper keeps, in `chrome.storage.local` (on this computer only, never synced).
 * Why not IndexedDB: a 2,000-student caseload is about 1.2 MB of JSON and years of the audit log well under
 * 1 MB, inside the 10 MB `storage.local` quota; one `set` call writes several keys atomically, which is
 * what makes imports all-or-nothing; and every extension context (panel, worker) sees the same data and
 * change events. Each item is versioned (WXT keeps the version beside it and runs `migrations` on read).
 */

export const StoredCaseload = z.object({ students: z.array(StudentRecord) });
export type StoredCaseload = z.infer<typeof StoredCaseload>;

export const AuditEntry = z
  .object({
    at: z.string(),
    action: z.enum(['add-student', 'update-student', 'remove-student', 'import', 'restore', 'export', 'delete-all', 'settings']),
    count: z.number().int().min(0),
  })
  .strict();
export type AuditEntry = z.infer<typeof AuditEntry>;

export const TaughtSites = z.record(z.string(), TaughtMapping);
export type TaughtSites = z.infer<typeof TaughtSites>;

export const caseloadItem = storage.defineItem<StoredCaseload>('local:caseload', {
  fallback: { students: [] },
  version: 1,
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

export const taughtItem = storage.defineItem<TaughtSites>('local:taught', { fallback: {}, version: 1 });

/** Append-only: time, action, count of students. Never names, ids or dates of students. */
export const auditItem = storage.defineItem<AuditEntry[]>('local:audit', { fallback: [], version: 1 });

/** Reads and checks the caseload; a damaged store is reported, never silently replaced. */
export async function readCaseload(): Promise<StudentRecord[]> {
  const parsed = StoredCaseload.safeParse(await caseloadItem.getValue());
  if (!parsed.success) throw new Error('The saved caseload could not be read. Nothing was changed; export what you can and contact support.');
  return parsed.data.students;
}

/** Reads the settings; anything unreadable falls back to the defaults (settings hold no student data). */
export async function readSettings(): Promise<Settings> {
  const parsed = Settings.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : defaultSettings;
}

export async function readTaught(): Promise<TaughtSites> {
  const parsed = TaughtSites.safeParse(await taughtItem.getValue());
  return parsed.success ? parsed.data : {};
}

export async function readAudit(): Promise<AuditEntry[]> {
  const parsed = z.array(AuditEntry).safeParse(await auditItem.getValue());
  return parsed.success ? parsed.data : [];
}
