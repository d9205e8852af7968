import { useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { ENTRY, hasKey, idleAt, isUnlocked, touch } from '../storage/keyring.ts';

/** How often the teacher's typing and clicking in the panel counts as activity (at most). */
const TOUCH_EVERY_MS = 20_000;

/**
 * The open panel's side of the idle lock. While the lock is on and unlocked it calls `onLocked` as soon as
 * the data key is gone: at the moment the key turns idle (its own timer, so a panel left open locks on time
 * even with no request and no alarm), when the worker's alarm or another view wipes it
 * (`chrome.storage.session` change), or on "Lock now" anywhere. The caller then unmounts everything it
 * decrypted. Typing and clicking in the panel count as use.
 *
 * @example useIdleLock(lock.enabled && lock.unlocked, refreshLockStatus)
 */
export function useIdleLock(active: boolean, onLocked: () => void): void {
  const callback = useRef(onLocked);
  callback.current = onLocked;
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const locked = () => {
      if (!stopped) callback.current();
    };
    const arm = (entry: unknown) => {
      clearTimeout(timer);
      if (!isUnlocked(entry)) return locked();
      timer = setTimeout(() => {
        // hasKey wipes an idle key (everywhere); a key used meanwhile re-arms through the change event.
        void hasKey().then((held) => (held ? browser.storage.session.get(ENTRY).then((e) => arm(e[ENTRY])) : locked()));
      }, Math.max(0, idleAt(entry) - Date.now()) + 50);
    };
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (ENTRY in changes) arm(changes[ENTRY]?.newValue);
    };
    browser.storage.session.onChanged.addListener(onChanged);
    void browser.storage.session.get(ENTRY).then((e) => arm(e[ENTRY]));
    let lastTouch = 0;
    const used = () => {
      const now = Date.now();
      if (now - lastTouch < TOUCH_EVERY_MS) return;
      lastTouch = now;
      void touch(now);
    };
    window.addEventListener('keydown', used, true);
    window.addEventListener('pointerdown', used, true);
    return () => {
      stopped = true;
      clearTimeout(timer);
      browser.storage.session.onChanged.removeListener(onChanged);
      window.removeEventListener('keydown', used, true);
      window.removeEventListener('pointerdown', used, true);
    };
  }, [active]);
}
