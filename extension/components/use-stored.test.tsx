import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { type EarlyChanges, useStored } from './use-stored.ts';
import { mountPerTest } from './test-dom.ts';

const dom = mountPerTest();

function Show({ read, early, changes }: { read: () => Promise<string>; early: Promise<string>; changes: EarlyChanges }) {
  const { value } = useStored(['students'], read, 'none', early, changes);
  return <p>{value}</p>;
}

describe('useStored', () => {
  it('reads again when a change reaches only the early watcher (announced before the hook subscribed)', async () => {
    let listener: (() => void) | undefined;
    const changes: EarlyChanges = { stale: () => false, subscribe: (l) => ((listener = l), () => (listener = undefined)) };
    let stored = 'before the import';
    const read = () => Promise.resolve(stored);
    await act(async () => dom.root.render(<Show read={read} early={Promise.resolve('before the import')} changes={changes} />));
    expect(dom.host.textContent).toBe('before the import');
    // The worker's announcement was posted before the hook's own channel opened: only the early watcher hears it.
    stored = 'after the import';
    await act(async () => listener?.());
    expect(dom.host.textContent).toBe('after the import');
  });

  it('reads again at once when the early value was already outdated', async () => {
    const changes: EarlyChanges = { stale: () => true, subscribe: () => () => undefined };
    await act(async () => dom.root.render(<Show read={() => Promise.resolve('fresh')} early={Promise.resolve('outdated')} changes={changes} />));
    expect(dom.host.textContent).toBe('fresh');
  });
});
