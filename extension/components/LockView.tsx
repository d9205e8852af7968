import { useState, type FormEvent } from 'react';
import { AFTER_DELETE, AFTER_LOCK_ON, LOCK_BEFORE_FIRST_IMPORT } from '../lib/at-rest-wording.ts';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../lib/encrypted-backup.ts';

/** What the background worker says about the passphrase lock (see storage/lock.ts). */
export interface LockState {
  enabled: boolean;
  unlocked: boolean;
  idleMinutes: number;
}

const NO_RECOVERY =
  'A forgotten passphrase cannot be recovered: nobody, not even Casekeeper, can open the data without it. Keep an encrypted export (Data → Export, encrypted with its own passphrase) somewhere your district allows.';

function useAction() {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [working, setWorking] = useState(false);
  const run = async (work: () => Promise<string | null>) => {
    setWorking(true);
    setStatus(null);
    try {
      const done = await work();
      if (done) setStatus({ text: done, error: false });
    } catch (e) {
      setStatus({ text: e instanceof Error ? e.message : String(e), error: true });
    } finally {
      setWorking(false);
    }
  };
  const say = (text: string) => setStatus({ text, error: true });
  const line = status ? (
    <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'muted'}>
      {status.text}
    </p>
  ) : null;
  return { run, say, working, line };
}

/**
 * Shown instead of everything else while Casekeeper is locked: no caseload, no student, no export. A
 * forgotten passphrase still leaves a way out: "Wipe everything" (typed DELETE, no passphrase).
 */
export function UnlockScreen({ onUnlock, onWipe }: { onUnlock(passphrase: string): Promise<unknown>; onWipe?(): Promise<{ students: number }> }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmWipe, setConfirmWipe] = useState('');
  const { run, working, line } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      try {
        await onUnlock(passphrase);
      } finally {
        setPassphrase('');
      }
      return null;
    });
  };
  return (
    <section aria-labelledby="unlock-heading" className="card">
      <h2 id="unlock-heading">Casekeeper is locked</h2>
      <p className="muted">Your caseload is encrypted on this computer. Type your passphrase to open it.</p>
      <form onSubmit={submit}>
        <label htmlFor="unlock-passphrase">Passphrase</label>
        <input id="unlock-passphrase" type="password" autoComplete="current-password" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        <div className="actions">
          <button type="submit" disabled={working || passphrase === ''}>
            {working ? 'Unlocking…' : 'Unlock'}
          </button>
        </div>
      </form>
      {line}
      <p className="muted">{NO_RECOVERY}</p>
      {onWipe ? (
        <details>
          <summary>Forgot the passphrase? Wipe everything</summary>
          <p className="muted">
            This deletes every student, your settings, taught sites and the lock from this computer, without the passphrase. It cannot be
            undone. The activity log (times and counts only) is kept.
          </p>
          <label htmlFor="confirm-wipe">Type DELETE to confirm</label>
          <input id="confirm-wipe" value={confirmWipe} onChange={(e) => setConfirmWipe(e.target.value)} autoComplete="off" />
          <div className="actions">
            <button
              type="button"
              disabled={working || confirmWipe !== 'DELETE'}
              onClick={() =>
                void run(async () => {
                  const r = await onWipe();
                  setConfirmWipe('');
                  return `Wiped: ${r.students} ${r.students === 1 ? 'student' : 'students'}, settings, taught sites and the lock. ${AFTER_DELETE}`;
                })
              }
            >
              Wipe everything
            </button>
          </div>
        </details>
      ) : null}
    </section>
  );
}

/** Offered above the Data tab while the caseload is empty and the lock is off: lock before the first import. */
export function LockBeforeImport() {
  return (
    <p role="note" className="card">
      {LOCK_BEFORE_FIRST_IMPORT}{' '}
      <button type="button" onClick={() => document.getElementById('lock-passphrase')?.focus()}>
        Set a passphrase now
      </button>
    </p>
  );
}

export interface LockSettingsProps {
  lock: LockState;
  onEnable(passphrase: string, idleMinutes: number): Promise<unknown>;
  onLockNow(): Promise<unknown>;
  /** Resolves with how many damaged records were left out. */
  onDisable(passphrase: string): Promise<{ skipped: number } | undefined>;
  onConfigure(idleMinutes: number): Promise<unknown>;
}

/** The Data tab's "Passphrase lock" card: turn it on, lock now, or remove it. */
export function LockSettings({ lock, onEnable, onLockNow, onDisable, onConfigure }: LockSettingsProps) {
  const [secret, setSecret] = useState({ passphrase: '', confirm: '' });
  const [idle, setIdle] = useState(String(lock.idleMinutes));
  const [removeWith, setRemoveWith] = useState('');
  const { run, say, working, line } = useAction();

  const idleMinutes = (): number | null => {
    const minutes = Number(idle);
    if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440) return minutes;
    say('Lock after: type a whole number of minutes from 1 to 1440.');
    return null;
  };

  const enable = () => {
    const problem = passphraseProblem(secret.passphrase, secret.confirm);
    if (problem) return say(problem);
    const minutes = idleMinutes();
    if (minutes === null) return;
    void run(async () => {
      await onEnable(secret.passphrase, minutes);
      setSecret({ passphrase: '', confirm: '' });
      return `Locked with a passphrase: your data is now encrypted on this computer. ${AFTER_LOCK_ON} Casekeeper locks itself after ${minutes} minutes without use and when the browser closes.`;
    });
  };

  return (
    <section aria-labelledby="lock-heading" className="card">
      <h3 id="lock-heading">Passphrase lock</h3>
      {!lock.enabled ? (
        <>
          <p className="muted">
            Optional. Encrypts the caseload and taught sites stored on this computer; Casekeeper then asks for the passphrase after the browser
            restarts and after a time without use. The activity log stays readable (it holds no student details).
          </p>
          <p className="muted">{NO_RECOVERY}</p>
          <label htmlFor="lock-passphrase">Choose a passphrase for the lock ({MIN_PASSPHRASE_LENGTH} characters or more)</label>
          <input id="lock-passphrase" type="password" autoComplete="new-password" value={secret.passphrase} onChange={(e) => setSecret((s) => ({ ...s, passphrase: e.target.value }))} />
          <label htmlFor="lock-confirm">Type the lock passphrase a second time</label>
          <input id="lock-confirm" type="password" autoComplete="new-password" value={secret.confirm} onChange={(e) => setSecret((s) => ({ ...s, confirm: e.target.value }))} />
          <label htmlFor="lock-idle">Lock after this many minutes without use</label>
          <input id="lock-idle" type="number" min={1} max={1440} step={1} value={idle} onChange={(e) => setIdle(e.target.value)} />
          <div className="actions">
            <button type="button" disabled={working} onClick={enable}>
              {working ? 'Encrypting…' : 'Lock with a passphrase'}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">
            On. Your data is encrypted on this computer. Casekeeper locks after {lock.idleMinutes} minutes without use and when the browser closes.
          </p>
          <p className="muted">{NO_RECOVERY}</p>
          <div className="actions">
            <button type="button" disabled={working} onClick={() => void run(async () => (await onLockNow(), null))}>
              Lock now
            </button>
          </div>
          <label htmlFor="lock-idle">Lock after this many minutes without use</label>
          <input id="lock-idle" type="number" min={1} max={1440} step={1} value={idle} onChange={(e) => setIdle(e.target.value)} />
          <div className="actions">
            <button
              type="button"
              disabled={working}
              onClick={() => {
                const minutes = idleMinutes();
                if (minutes !== null) void run(async () => (await onConfigure(minutes), `Casekeeper now locks after ${minutes} minutes without use.`));
              }}
            >
              Save idle time
            </button>
          </div>
          <details>
            <summary>Remove the lock</summary>
            <p className="muted">Your data will be stored unencrypted again, as before.</p>
            <label htmlFor="unlock-remove">Lock passphrase, to remove it</label>
            <input id="unlock-remove" type="password" autoComplete="current-password" value={removeWith} onChange={(e) => setRemoveWith(e.target.value)} />
            <div className="actions">
              <button
                type="button"
                disabled={working || removeWith === ''}
                onClick={() =>
                  void run(async () => {
                    const skipped = await onDisable(removeWith)
                      .then((r) => r?.skipped ?? 0)
                      .finally(() => setRemoveWith(''));
                    const left = skipped === 0 ? '' : ` ${skipped} damaged ${skipped === 1 ? 'record' : 'records'} could not be decrypted and ${skipped === 1 ? 'was' : 'were'} left out.`;
                    return `The lock is removed: your data is stored unencrypted again.${left}`;
                  })
                }
              >
                Remove the lock
              </button>
            </div>
          </details>
        </>
      )}
      {line}
    </section>
  );
}
