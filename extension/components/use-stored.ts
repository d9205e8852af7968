import { useEffect, useState } from 'react';
import { watchChanges, type StoreName } from '../storage/db.ts';

/**
 * The current value read from storage, kept live: read again (and checked again by `read`) whenever the
 * background worker announces a change to one of `stores`.
 */
export function useStored<T>(
  stores: readonly StoreName[],
  read: () => Promise<T>,
  initial: T,
  /** A read already started (before the panel's first render), used for the first value. */
  early?: Promise<T>,
  /** Whether data changed after `early` began: then it is read again (checked once subscribed, so no change is missed). */
  earlyStale?: () => boolean,
): { value: T; loaded: boolean; error: string | null } {
  const [state, setState] = useState<{ value: T; loaded: boolean; error: string | null }>({ value: initial, loaded: false, error: null });
  const key = stores.join(',');
  useEffect(() => {
    let live = true;
    let first = early;
    let latest = 0;
    const load = () => {
      const pending = first ? first.then((value) => (earlyStale?.() ? read() : value)) : read();
      first = undefined;
      // Only the newest read may set the value: an older one finishing later must not bring stale data back.
      const mine = ++latest;
      const current = () => live && mine === latest;
      return pending.then(
        (value) => current() && setState({ value, loaded: true, error: null }),
        (e: unknown) => current() && setState((s) => ({ ...s, loaded: true, error: e instanceof Error ? e.message : String(e) })),
      );
    };
    void load();
    const unwatch = watchChanges(stores, () => void load());
    return () => {
      live = false;
      unwatch();
    };
    // `stores` and `read` are fixed per call site; `key` stands for `stores`.
  }, [key]);
  return state;
}
