import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from '../lib/encrypted-backup.ts';
import { importDataKey, type DataKeys } from './at-rest.ts';

/**
 * Where the unlocked data key lives: only in `chrome.storage.session`, which is held in memory by the
 * browser, is readable only by the extension's own pages and worker (never by content scripts), and is
 * emptied when the browser restarts. It survives the background worker being stopped and restarted
 * (which Chrome does after 30 seconds idle), so the teacher is not asked again for that.
 *
 * Idle lock, on time in every view: every accepted request from the panel (and the teacher's typing and
 * clicks in it) refreshes `lastActivity` and moves a `chrome.alarms` alarm to the moment the key turns idle;
 * the worker wipes the key when the alarm fires (see {@link lockIfIdle}), and each open panel also keeps a
 * timer of its own (use-idle-lock.ts) and unmounts its data as soon as the key is gone. Any read or request
 * that finds the key idle wipes it there and then too, so a late alarm never leaves it usable.
 */

/** The `chrome.alarms` alarm that fires when the held key turns idle. */
export const IDLE_ALARM = 'casekeeper-idle-lock';

/** The `chrome.storage.session` key of the unlocked data key (panels watch it to unmount at once). */
export const ENTRY = 'casekeeper-unlocked';
export interface Unlocked {
  key: string;
  lastActivity: number;
  idleMinutes: number;
}

export function isUnlocked(v: unknown): v is Unlocked {
  const u = v as Partial<Unlocked> | undefined;
  return typeof u?.key === 'string' && typeof u.lastActivity === 'number' && typeof u.idleMinutes === 'number';
}

async function readEntry(now: number): Promise<Unlocked | null> {
  const entry = (await browser.storage.session.get(ENTRY))[ENTRY];
  if (!isUnlocked(entry)) return null;
  if (now >= idleAt(entry)) {
    await forgetKey();
    return null;
  }
  return entry;
}

/** When a held key turns idle (ms since 1970). */
export const idleAt = (entry: Unlocked): number => entry.lastActivity + entry.idleMinutes * 60_000;

/** Moves the idle alarm to when this key turns idle (where the alarms API is present: not in unit tests' fakes). */
async function schedule(entry: Unlocked): Promise<void> {
  if (!browser.alarms?.create) return;
  await browser.alarms.create(IDLE_ALARM, { when: idleAt(entry) + 500 });
}

/** Keeps the unlocked data key for this browser session. */
export async function rememberKey(raw: Uint8Array, idleMinutes: number, now = Date.now()): Promise<void> {
  const entry: Unlocked = { key: toBase64(raw), lastActivity: now, idleMinutes };
  await browser.storage.session.set({ [ENTRY]: entry });
  await schedule(entry);
}

/** Wipes the data key (lock now, idle, lock removed, everything deleted). */
export async function forgetKey(): Promise<void> {
  await browser.storage.session.remove(ENTRY);
  if (browser.alarms?.clear) await browser.alarms.clear(IDLE_ALARM);
}

/**
 * The idle alarm's work (in the worker): wipes the key if it is idle now and says so (true); a key used
 * since the alarm was set gets a new alarm instead.
 */
export async function lockIfIdle(now = Date.now()): Promise<boolean> {
  const entry = (await browser.storage.session.get(ENTRY))[ENTRY];
  if (!isUnlocked(entry)) return false;
  if (now >= idleAt(entry)) {
    await forgetKey();
    return true;
  }
  await schedule(entry);
  return false;
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
  if (!entry) return;
  const next = { ...entry, idleMinutes };
  await browser.storage.session.set({ [ENTRY]: next });
  await schedule(next);
}

/** Records activity: wipes an idle key first, else moves the idle clock on. */
export async function touch(now = Date.now()): Promise<void> {
  const entry = await readEntry(now);
  if (!entry) return;
  const next = { ...entry, lastActivity: now };
  await browser.storage.session.set({ [ENTRY]: next });
  await schedule(next);
}
