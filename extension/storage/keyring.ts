import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from '../lib/encrypted-backup.ts';
import { importDataKey, type DataKeys } from './at-rest.ts';

/**
 * Where the unlocked data key lives: only in `chrome.storage.session`, which is held in memory by the
 * browser, is readable only by the extension's own pages and worker (never by content scripts), and is
 * emptied when the browser restarts. It survives the background worker being stopped and restarted
 * (which Chrome does after 30 seconds idle), so the teacher is not asked again for that.
 *
 * Idle lock: every accepted request from the panel refreshes `lastActivity`; when a read or a request finds
 * it older than the idle minutes, the key is wiped there and then (checked lazily: no alarms permission).
 */

const ENTRY = 'casekeeper-unlocked';
interface Unlocked {
  key: string;
  lastActivity: number;
  idleMinutes: number;
}

function isUnlocked(v: unknown): v is Unlocked {
  const u = v as Partial<Unlocked> | undefined;
  return typeof u?.key === 'string' && typeof u.lastActivity === 'number' && typeof u.idleMinutes === 'number';
}

async function readEntry(now: number): Promise<Unlocked | null> {
  const entry = (await browser.storage.session.get(ENTRY))[ENTRY];
  if (!isUnlocked(entry)) return null;
  if (now - entry.lastActivity > entry.idleMinutes * 60_000) {
    await forgetKey();
    return null;
  }
  return entry;
}

/** Keeps the unlocked data key for this browser session. */
export async function rememberKey(raw: Uint8Array, idleMinutes: number, now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [ENTRY]: { key: toBase64(raw), lastActivity: now, idleMinutes } satisfies Unlocked });
}

/** Wipes the data key (lock now, idle, lock removed, everything deleted). */
export async function forgetKey(): Promise<void> {
  await browser.storage.session.remove(ENTRY);
}

/** The data key while unlocked and not idle too long, else null (and an idle key is wiped). */
export async function currentKey(now = Date.now()): Promise<DataKeys | null> {
  const entry = await readEntry(now);
  return entry ? importDataKey(fromBase64(entry.key)) : null;
}

/** Whether a key is held (after the idle check). */
export async function hasKey(now = Date.now()): Promise<boolean> {
  return (await readEntry(now)) !== null;
}

/** Changes the idle minutes of the held key (the lock's setting changed). */
export async function setIdleMinutes(idleMinutes: number, now = Date.now()): Promise<void> {
  const entry = await readEntry(now);
  if (entry) await browser.storage.session.set({ [ENTRY]: { ...entry, idleMinutes } });
}

/** Records activity: wipes an idle key first, else moves the idle clock on. */
export async function touch(now = Date.now()): Promise<void> {
  const entry = await readEntry(now);
  if (entry) await browser.storage.session.set({ [ENTRY]: { ...entry, lastActivity: now } });
}
