import { useEffect, useState } from 'react';

interface Watchable {
  watch(cb: () => void): () => void;
}

/**
 * The current value of a storage item, kept live: re-read (and re-checked by `read`) whenever it changes,
 * whoever changed it (this panel, another window, the background worker).
 */
export function useStored<T>(item: Watchable, read: () => Promise<T>, initial: T): { value: T; loaded: boolean; error: string | null } {
  const [state, setState] = useState<{ value: T; loaded: boolean; error: string | null }>({ value: initial, loaded: false, error: null });
  useEffect(() => {
    let live = true;
    const load = () =>
      read().then(
        (value) => live && setState({ value, loaded: true, error: null }),
        (e: unknown) => live && setState((s) => ({ ...s, loaded: true, error: e instanceof Error ? e.message : String(e) })),
      );
    void load();
    const unwatch = item.watch(() => void load());
    return () => {
      live = false;
      unwatch();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item]);
  return state;
}
