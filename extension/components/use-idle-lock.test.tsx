import { act, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetKey, hasKey, IDLE_ALARM, rememberKey } from '../storage/keyring.ts';
import { useIdleLock } from './use-idle-lock.ts';
import { mountPerTest } from './test-dom.ts';

const dom = mountPerTest();

/** A stand-in for the panel: shows the decrypted caseload until the hook says the key is gone. */
function Panel() {
  const [open, setOpen] = useState(true);
  useIdleLock(open, () => setOpen(false));
  return open ? <p>Rosa Quintanilla</p> : <h2>Casekeeper is locked</h2>;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useIdleLock (the open panel locks on time)', () => {
  it('unmounts the caseload and wipes the key when the idle minutes pass, with no request at all', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2026-11-23T09:00:00Z'));
    await rememberKey(new Uint8Array(32), 1);
    await act(async () => dom.root.render(<Panel />));
    expect(dom.host.textContent).toBe('Rosa Quintanilla');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(59_000);
    });
    expect(dom.host.textContent).toBe('Rosa Quintanilla');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2_000);
    });
    expect(dom.host.textContent).toBe('Casekeeper is locked');
    expect(await hasKey()).toBe(false);
  });

  it('unmounts at once when another view or the worker wipes the key', async () => {
    await rememberKey(new Uint8Array(32), 15);
    await act(async () => dom.root.render(<Panel />));
    expect(dom.host.textContent).toBe('Rosa Quintanilla');
    await act(async () => {
      await forgetKey();
    });
    expect(dom.host.textContent).toBe('Casekeeper is locked');
  });

  it('counts typing in the panel as use: the key stays while the teacher works', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2026-11-23T09:00:00Z'));
    await rememberKey(new Uint8Array(32), 1);
    await act(async () => dom.root.render(<Panel />));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(50_000);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      await vi.advanceTimersByTimeAsync(50_000);
    });
    expect(dom.host.textContent).toBe('Rosa Quintanilla');
    expect(await hasKey()).toBe(true);
  });
});

describe('the idle alarm (the worker locks on time)', () => {
  it('is set for the moment the key turns idle, moved by activity, cleared by locking', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T09:00:00Z'));
    await rememberKey(new Uint8Array(32), 5);
    const alarm = await fakeBrowser.alarms.get(IDLE_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(Date.parse('2026-11-23T09:05:00Z'));
    expect(alarm?.scheduledTime).toBeLessThan(Date.parse('2026-11-23T09:05:02Z'));
    await forgetKey();
    expect(await fakeBrowser.alarms.get(IDLE_ALARM)).toBeUndefined();
  });
});
