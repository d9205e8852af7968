import { useEffect, useState } from 'react';
import { watchChanges, type StoreName } from '../storage/db.ts';

/** Changes seen since the panel's early reads began (their watcher opened before any hook's). */
export interface EarlyChanges {
  /** Whether data changed after the early reads began. */
  stale(): boolean;
  /** Calls `listener` on each later change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

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
  /** Changes since `early` began: a stale early value is read again, and so is one a change outdates later. */
  earlyChanges?: EarlyChanges,
): { value: T; loaded: boolean; error: string | null } {
  const [state, setState] = useState<{ value: T; loaded: boolean; error: string | null }>({ value: initial, loaded: false, error: null });
  const key = stores.join(',');
  useEffect(() => {
    let live = true;
    let first = early;
    let latest = 0;
    const load = () => {
      const pending = first ? first.then((value) => (earlyChanges?.stale() ? read() : value)) : read();
      first = undefined;
      // Only the newest read may set the value: an older one finishing later must not bring stale data back.
      const mine = ++latest;
      const current = () => live && mine === latest;
      return pending.then(
        (value) => current() && setState({ value, loaded: true, error: null }),
        (e: unknown) => current() && setState((s) => ({ ...s, loaded: true, error: e instanceof Error ? e.message : String(e) })),
      );
    };
    // A channel hears only messages posted after it opened, so a change announced just before this hook
    // subscribed reaches only the early watcher: follow it until this hook's own channel has heard one.
    let unwatchEarly = early && earlyChanges ? earlyChanges.subscribe(() => void load()) : undefined;
    void load();
    const unwatch = watchChanges(stores, () => {
      unwatchEarly?.();
      unwatchEarly = undefined;
      void load();
    });
    return () => {
      live = false;
      unwatch();
      unwatchEarly?.();
    };
    // `stores` and `read` are fixed per call site; `key` stands for `stores`.
  }, [key]);
  return state;
}
