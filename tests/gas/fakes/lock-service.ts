/**
 * `LockService`: document, script and user locks in one table shared by every execution of the
 * environment. A lock belongs to the execution that took it and is released when that execution ends.
 * Because executions are simulated one at a time, a waiting execution cannot see the holder finish:
 * it waits out its timeout on the fake clock and fails, unless the holder is a test hold with a
 * scheduled release time inside the wait (then the clock jumps to that time and the lock is taken).
 */
import { LockServiceStub, LockStub } from './generated/stubs.ts';
import type { Execution, GasRuntime } from './runtime.ts';
import { spreadsheetState } from './spreadsheet.ts';

/** Apps Script's message when waitLock times out. */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** Who holds a lock. */
export interface LockHolder {
  /** Execution id, or a test hold's label. */
  owner: number | string;
  /** For test holds: fake-clock time at which the holder lets go. */
  releaseAt?: number;
}

/** The environment's lock table. */
export function lockTable(rt: GasRuntime): Map<string, LockHolder> {
  return rt.store('locks', () => new Map<string, LockHolder>());
}

/** Releases every lock an execution holds (called when it ends). */
export function releaseLocksOf(rt: GasRuntime, executionId: number): void {
  const table = lockTable(rt);
  for (const [key, holder] of table) if (holder.owner === executionId) table.delete(key);
}

/** One lock handle. */
export class FakeLock extends LockStub implements GoogleAppsScript.Lock.Lock {
  constructor(
    private readonly exec: Execution,
    private readonly key: string,
  ) {
    super();
  }
  private call<T>(method: string, body: () => T): T {
    return this.exec.call('lock', 'Lock', method, 'write', body);
  }
  /** Takes the lock if possible within `timeout` ms of fake time. */
  private acquire(timeoutInMillis: number): boolean {
    const rt = this.exec.runtime;
    const table = lockTable(rt);
    const timeout = Math.max(0, Math.min(Number(timeoutInMillis) || 0, 300_000));
    const holder = table.get(this.key);
    if (holder && typeof holder.owner === 'number' && !rt.running.some((e) => e.id === holder.owner)) table.delete(this.key);
    const current = table.get(this.key);
    if (!current || current.owner === this.exec.id) {
      table.set(this.key, { owner: this.exec.id });
      return true;
    }
    const now = rt.clock.now();
    if (current.releaseAt !== undefined && current.releaseAt <= now + timeout) {
      rt.clock.advance(Math.max(0, current.releaseAt - now));
      this.exec.checkDeadline();
      table.set(this.key, { owner: this.exec.id });
      return true;
    }
    rt.clock.advance(timeout);
    this.exec.checkDeadline();
    return false;
  }
  override tryLock(timeoutInMillis: number): boolean {
    return this.call('tryLock', () => this.acquire(timeoutInMillis));
  }
  override waitLock(timeoutInMillis: number): void {
    this.call('waitLock', () => {
      if (!this.acquire(timeoutInMillis)) this.exec.fail(LOCK_TIMEOUT_MESSAGE);
    });
  }
  override releaseLock(): void {
    this.call('releaseLock', () => {
      const table = lockTable(this.exec.runtime);
      if (table.get(this.key)?.owner === this.exec.id) table.delete(this.key);
    });
  }
  override hasLock(): boolean {
    return this.exec.call('lock', 'Lock', 'hasLock', 'local', () => lockTable(this.exec.runtime).get(this.key)?.owner === this.exec.id);
  }
}

/** Table keys of the three lock kinds. */
export function lockKey(rt: GasRuntime, kind: 'document' | 'script' | 'user', user?: string): string {
  if (kind === 'document') return `document:${spreadsheetState(rt).id}`;
  if (kind === 'script') return 'script';
  return `user:${user}`;
}

/** `LockService` for one execution. */
export class FakeLockService extends LockServiceStub implements GoogleAppsScript.Lock.LockService {
  constructor(private readonly exec: Execution) {
    super();
  }
  override getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return this.exec.call('lock', 'LockService', 'getDocumentLock', 'local', () => new FakeLock(this.exec, lockKey(this.exec.runtime, 'document')));
  }
  override getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.exec.call('lock', 'LockService', 'getScriptLock', 'local', () => new FakeLock(this.exec, lockKey(this.exec.runtime, 'script')));
  }
  override getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.exec.call('lock', 'LockService', 'getUserLock', 'local', () => new FakeLock(this.exec, lockKey(this.exec.runtime, 'user', this.exec.user)));
  }
}
