/** `Session` and `User`: who is running the script, and the script's time zone. */
import { createHash } from 'node:crypto';
import { SessionStub, UserStub } from './generated/stubs.ts';
import type { Execution } from './runtime.ts';

/** A Google account as Apps Script shows it. */
export class FakeUser extends UserStub implements GoogleAppsScript.Base.User {
  constructor(readonly email: string) {
    super();
  }
  override getEmail(): string {
    return this.email;
  }
  override getUserLoginId(): string {
    return this.email;
  }
  override toString(): string {
    return this.email;
  }
}

/** Email of a `User` or an email string (methods accept both). */
export function emailOf(userOrEmail: unknown): string {
  if (userOrEmail instanceof FakeUser) return userOrEmail.email;
  if (userOrEmail && typeof userOrEmail === 'object' && typeof (userOrEmail as { getEmail?: unknown }).getEmail === 'function') {
    return String((userOrEmail as { getEmail(): string }).getEmail());
  }
  return String(userOrEmail);
}

/** `Session` for one execution. */
export class FakeSession extends SessionStub implements GoogleAppsScript.Base.Session {
  constructor(private readonly exec: Execution) {
    super();
  }
  override getActiveUser(): GoogleAppsScript.Base.User {
    return this.exec.call('session', 'Session', 'getActiveUser', 'local', () => new FakeUser(this.exec.authMode === 'NONE' ? '' : this.exec.activeUser));
  }
  override getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.exec.call('session', 'Session', 'getEffectiveUser', 'local', () => new FakeUser(this.exec.user));
  }
  override getScriptTimeZone(): string {
    return this.exec.call('session', 'Session', 'getScriptTimeZone', 'local', () => this.exec.runtime.config.scriptTimeZone);
  }
  override getTimeZone(): string {
    return this.getScriptTimeZone();
  }
  override getActiveUserLocale(): string {
    return this.exec.call('session', 'Session', 'getActiveUserLocale', 'local', () => 'en');
  }
  override getTemporaryActiveUserKey(): string {
    return this.exec.call('session', 'Session', 'getTemporaryActiveUserKey', 'local', () =>
      createHash('sha256').update(`${this.exec.runtime.config.scriptId}:${this.exec.activeUser}`).digest('base64url').slice(0, 43),
    );
  }
}
