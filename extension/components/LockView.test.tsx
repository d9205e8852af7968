import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LockSettings, UnlockScreen } from './LockView.tsx';
import { clickButton, mountPerTest, typeInto } from './test-dom.ts';

const dom = mountPerTest();

const type = (id: string, value: string) => typeInto(dom.host, id, value);
const click = (text: string) => clickButton(dom.host, text);
const alertText = () => dom.host.querySelector('[role=alert]')?.textContent ?? '';

describe('UnlockScreen', () => {
  it('shows the worker\'s "Wrong passphrase" and clears the field; says there is no recovery', async () => {
    const onUnlock = vi.fn(async () => {
      throw new Error('Wrong passphrase. Nothing was changed.');
    });
    act(() => dom.root.render(<UnlockScreen onUnlock={onUnlock} />));
    expect(dom.host.textContent).toContain('A forgotten passphrase cannot be recovered');
    type('unlock-passphrase', 'not it at all');
    await click('Unlock');
    expect(onUnlock).toHaveBeenCalledWith('not it at all');
    expect(alertText()).toBe('Wrong passphrase. Nothing was changed.');
    expect(dom.host.querySelector<HTMLInputElement>('#unlock-passphrase')?.value).toBe('');
  });
});

describe('LockSettings', () => {
  const off = { enabled: false, unlocked: true, idleMinutes: 15 };
  const render = (lock = off) => {
    const props = {
      onEnable: vi.fn(async () => undefined),
      onLockNow: vi.fn(async () => undefined),
      onDisable: vi.fn(async () => undefined),
      onConfigure: vi.fn(async () => undefined),
    };
    act(() => dom.root.render(<LockSettings lock={lock} {...props} />));
    return props;
  };

  it('refuses a short or mismatched passphrase and a bad idle time before asking the worker', async () => {
    const { onEnable } = render();
    type('lock-passphrase', 'short');
    type('lock-confirm', 'short');
    await click('Lock with a passphrase');
    expect(alertText()).toMatch(/at least 10 characters/);
    type('lock-passphrase', 'maple syrup in november');
    type('lock-confirm', 'maple syrup in december');
    await click('Lock with a passphrase');
    expect(alertText()).toMatch(/not the same/);
    type('lock-confirm', 'maple syrup in november');
    type('lock-idle', '0');
    await click('Lock with a passphrase');
    expect(alertText()).toMatch(/1 to 1440/);
    expect(onEnable).not.toHaveBeenCalled();
    type('lock-idle', '20');
    await click('Lock with a passphrase');
    expect(onEnable).toHaveBeenCalledWith('maple syrup in november', 20);
    expect(dom.host.textContent).toContain('after 20 minutes without use');
  });

  it('offers Lock now and Remove the lock once on', async () => {
    const { onLockNow, onDisable, onConfigure } = render({ enabled: true, unlocked: true, idleMinutes: 30 });
    expect(dom.host.textContent).toContain('locks after 30 minutes without use');
    await click('Lock now');
    expect(onLockNow).toHaveBeenCalled();
    type('lock-idle', '45');
    await click('Save idle time');
    expect(onConfigure).toHaveBeenCalledWith(45);
    expect(dom.host.textContent).toContain('now locks after 45 minutes');
    type('unlock-remove', 'maple syrup in november');
    await click('Remove the lock');
    expect(onDisable).toHaveBeenCalledWith('maple syrup in november');
    expect(dom.host.textContent).toContain('stored unencrypted again');
  });
});
