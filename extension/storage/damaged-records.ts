import { cleanCellText, Settings, StudentRecord } from '../../shared/index.ts';
import { TaughtMapping } from '../messaging/content-messages.ts';
import { storageId, unseal, type DataKeys } from './at-rest.ts';
import { entry, transact } from './data-store.ts';
import { dataKey, openDb } from './db.ts';

/**
 * Saved records Casekeeper cannot read (a changed byte, a record from a broken write, a sealed record that
 * does not open): listed so the teacher can see which and remove each on purpose. Nothing is ever removed
 * or replaced without that.
 */

/** One damaged record: where it is stored and what it is called, as far as anything of it is readable. */
export interface DamagedRecord {
  store: 'students' | 'taught';
  /** The record's storage key (shown only when no name is readable). */
  key: string;
  /** A name a person recognises ("Ann Rivera (S1001)"), or its storage key when nothing is readable. */
  label: string;
}

const text = (v: unknown, max = 80): string => (typeof v === 'string' ? cleanCellText(v).slice(0, max) : '');

/** A readable name for a record that is not a valid student, if its fields say one. */
function studentLabel(raw: unknown, key: string): string {
  const r = (raw ?? {}) as Record<string, unknown>;
  const name = [text(r.firstName), text(r.lastName)].filter(Boolean).join(' ');
  const id = text(r.studentId, 100);
  if (name) return id ? `${name} (${id})` : name;
  return id && !id.startsWith('h:') ? `Student ${id}` : `Unreadable encrypted student record (stored as ${key.slice(0, 14)}…)`;
}

async function studentOk(key: DataKeys | null, row: unknown, storedAs: string): Promise<boolean> {
  if (!key) return StudentRecord.safeParse(row).success;
  try {
    const value = await unseal(key, (row as { sealed?: unknown }).sealed, storedAs);
    const parsed = StudentRecord.safeParse(value);
    return parsed.success && (await storageId(key, parsed.data.studentId)) === storedAs;
  } catch {
    return false;
  }
}

async function taughtOk(key: DataKeys | null, row: unknown, origin: string): Promise<boolean> {
  try {
    const mapping = key ? await unseal(key, (row as { sealed?: unknown }).sealed, origin) : (row as { mapping?: unknown }).mapping;
    return TaughtMapping.safeParse(mapping).success;
  } catch {
    return false;
  }
}

/**
 * Every damaged student and taught-site record (refused with "Casekeeper is locked" while locked).
 *
 * @example await listDamaged() // [{ store: 'students', key: 'S1001', label: 'Ann Rivera (S1001)' }]
 */
export async function listDamaged(): Promise<DamagedRecord[]> {
  const key = await dataKey();
  const db = await openDb();
  const out: DamagedRecord[] = [];
  const students = await db.getAll('students');
  const studentKeys = await db.getAllKeys('students');
  for (const [i, row] of students.entries()) {
    const storedAs = String(studentKeys[i]);
    if (!(await studentOk(key, row, storedAs))) out.push({ store: 'students', key: storedAs, label: studentLabel(row, storedAs) });
  }
  const taught = await db.getAll('taught');
  const taughtKeys = await db.getAllKeys('taught');
  for (const [i, row] of taught.entries()) {
    const origin = String(taughtKeys[i]);
    if (!(await taughtOk(key, row, origin))) out.push({ store: 'taught', key: origin, label: `What Casekeeper was taught about ${text(origin, 300)}` });
  }
  return out;
}

/**
 * Removes one damaged record the teacher chose (audited as "remove-damaged"). A record that reads fine is
 * never removed this way.
 */
export async function removeDamaged(store: DamagedRecord['store'], storageKey: string): Promise<{ removed: boolean }> {
  const damaged = await listDamaged();
  if (!damaged.some((d) => d.store === store && d.key === storageKey)) {
    throw new Error('Nothing was removed: that record is not damaged (or is already gone).');
  }
  return transact([store, 'audit'], async (tx) => {
    await tx.objectStore(store).delete(storageKey);
    await tx.objectStore('audit').add(entry('remove-damaged', 1));
    return { removed: true };
  });
}

/** What to tell the teacher when the saved settings cannot be read (they are kept, not replaced), else null. */
export async function settingsProblem(): Promise<string | null> {
  const raw = await (await openDb()).get('settings', 'settings');
  if (raw === undefined || Settings.safeParse(raw).success) return null;
  return 'Your saved settings could not be read (the record is damaged), so deadlines are shown with the federal defaults for now. Nothing was replaced: open Settings, check each value and save to store them again.';
}
