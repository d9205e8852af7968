/* eslint-disable @typescript-eslint/no-explicit-any -- signatures mirror @types/google-apps-script, which uses any */
/**
 * `ScriptApp`: installable triggers (time-based and spreadsheet), the 20-triggers-per-user limit,
 * auth-mode enums. Triggers are stored per environment; the harness fires due time-based triggers
 * (`env.fireDueTriggers()`), running their handler as the trigger's owner with no UI attached.
 * One-off triggers (`after`, `at`) stay listed after firing until the script deletes them, as in
 * Apps Script, and keep counting toward the limit. In add-on mode (the default), recurring time
 * time triggers must be at least an hour apart ("The recurrence interval for an Add-on trigger must be
 * at least one hour."; a one-off `after(ms)`/`at(date)` less than an hour ahead is refused the same way),
 * and an add-on may have only one trigger of each event type per user per document (Google's Editor
 * add-on trigger restrictions).
 */
import { createHash } from 'node:crypto';
import { ClockTriggerBuilderStub, ScriptAppStub, SpreadsheetTriggerBuilderStub, TriggerBuilderStub, TriggerStub } from './generated/stubs.ts';
import { AuthMode, AuthorizationStatus, InstallationSource, ScriptEventType, TriggerSource, Weekday } from './enums.ts';
import type { Execution, GasRuntime } from './runtime.ts';
import { spreadsheetState } from './spreadsheet.ts';
import { fromWallTime, isValidTimeZone, toWallTime, weekdayOf } from './time-zone.ts';

/** Apps Script's message when an add-on asks for a recurring trigger more often than hourly. */
export const ADDON_TRIGGER_INTERVAL_MESSAGE = 'The recurrence interval for an Add-on trigger must be at least one hour.';

/** The message when an add-on asks for a second trigger of one type for the same user and document. */
export const ADDON_ONE_TRIGGER_MESSAGE =
  'This add-on already has a trigger of this type for this document and user. An Editor add-on can have only one trigger of each type per user per document.';

/** Apps Script's message at the trigger limit. */
export const TOO_MANY_TRIGGERS_MESSAGE = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/** When a clock trigger fires. */
export type ClockSchedule =
  | { kind: 'once'; at: number }
  | { kind: 'every'; intervalMs: number }
  | { kind: 'daily'; everyDays: number; hour: number; minute: number; timeZone: string }
  | { kind: 'weekly'; everyWeeks: number; weekday: number; hour: number; minute: number; timeZone: string };

/** Stored trigger. */
export interface TriggerState {
  uid: string;
  handler: string;
  owner: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string;
  /** Document the add-on was running in when the trigger was made (getUserTriggers(ss)). */
  documentId: string;
  schedule: ClockSchedule | undefined;
  nextRun: number | undefined;
  firedCount: number;
}

/** The environment's triggers. */
export function triggerStore(rt: GasRuntime): { triggers: TriggerState[]; next: number } {
  return rt.store('triggers', () => ({ triggers: [] as TriggerState[], next: 1 }));
}

/** Next fire time strictly after `after` for a recurring schedule. */
export function nextFireTime(schedule: ClockSchedule, after: number, created: number): number | undefined {
  switch (schedule.kind) {
    case 'once':
      return schedule.at;
    case 'every': {
      const n = Math.floor((after - created) / schedule.intervalMs) + 1;
      return created + n * schedule.intervalMs;
    }
    case 'daily':
    case 'weekly': {
      const tz = schedule.timeZone;
      const w = toWallTime(after, tz);
      for (let d = 0; d < 400; d++) {
        const day = new Date(Date.UTC(w.year, w.month - 1, w.day + d));
        const wall = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: schedule.hour, minute: schedule.minute, second: 0, millisecond: 0 };
        if (schedule.kind === 'weekly' && weekdayOf(wall) !== schedule.weekday) continue;
        const t = fromWallTime(wall, tz);
        if (t > after) return t;
      }
      return undefined;
    }
  }
}

/** A trigger. */
export class FakeTrigger extends TriggerStub implements GoogleAppsScript.Script.Trigger {
  constructor(
    private readonly exec: Execution,
    readonly state: TriggerState,
  ) {
    super();
  }
  override getHandlerFunction(): string {
    return this.state.handler;
  }
  override getUniqueId(): string {
    return this.state.uid;
  }
  override getEventType(): GoogleAppsScript.Script.EventType {
    return this.state.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  override getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.state.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  override getTriggerSourceId(): string {
    return this.state.sourceId;
  }
}

function createTrigger(exec: Execution, fields: Omit<TriggerState, 'uid' | 'owner' | 'documentId' | 'firedCount'>): FakeTrigger {
  return exec.call('script', 'TriggerBuilder', 'create', 'write', () => {
    const rt = exec.runtime;
    const store = triggerStore(rt);
    if (store.triggers.filter((t) => t.owner === exec.user).length >= rt.config.triggerLimit) exec.fail(TOO_MANY_TRIGGERS_MESSAGE);
    if (!/^[A-Za-z_$][\w$]*$/.test(fields.handler)) exec.fail(`Invalid argument: functionName`);
    const documentId = rt.stores.has('spreadsheet') ? spreadsheetState(rt).id : '';
    if (rt.config.addOn && store.triggers.some((t) => t.owner === exec.user && t.documentId === documentId && t.eventType === fields.eventType)) {
      exec.fail(ADDON_ONE_TRIGGER_MESSAGE);
    }
    const uid = String(BigInt('0x' + createHash('sha1').update(`trigger:${store.next++}`).digest('hex').slice(0, 15)) % 10n ** 19n);
    const state: TriggerState = {
      ...fields,
      uid,
      owner: exec.user,
      documentId: rt.stores.has('spreadsheet') ? spreadsheetState(rt).id : '',
      firedCount: 0,
    };
    store.triggers.push(state);
    return new FakeTrigger(exec, state);
  });
}

/** `ScriptApp.newTrigger(fn).timeBased()`. */
export class FakeClockTriggerBuilder extends ClockTriggerBuilderStub implements GoogleAppsScript.Script.ClockTriggerBuilder {
  private once: number | undefined;
  private intervalMs: number | undefined;
  private days: number | undefined;
  private weeks: number | undefined;
  private hour: number | undefined;
  private minute = 0;
  private weekday: number | undefined;
  private timeZone: string;
  constructor(
    private readonly exec: Execution,
    private readonly handler: string,
  ) {
    super();
    this.timeZone = exec.runtime.config.scriptTimeZone;
  }
  override after(durationMilliseconds: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const ms = Number(durationMilliseconds);
    if (!Number.isFinite(ms) || ms < 0) this.exec.fail('Invalid argument: durationMilliseconds');
    this.once = this.exec.runtime.clock.now() + ms;
    return this;
  }
  override at(date: GoogleAppsScript.Base.Date): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.once = date.getTime();
    return this;
  }
  override everyMinutes(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n)) this.exec.fail('The value you passed to everyMinutes was invalid. Accepted values are 1, 5, 10, 15 and 30.');
    this.intervalMs = n * 60_000;
    return this;
  }
  override everyHours(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (![1, 2, 4, 6, 8, 12].includes(n)) this.exec.fail('The value you passed to everyHours was invalid. Accepted values are 1, 2, 4, 6, 8 and 12.');
    this.intervalMs = n * 3_600_000;
    return this;
  }
  override everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) this.exec.fail('Invalid argument: n');
    this.days = n;
    return this;
  }
  override everyWeeks(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) this.exec.fail('Invalid argument: n');
    this.weeks = n;
    return this;
  }
  override onWeekDay(day: GoogleAppsScript.Base.Weekday): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.weekday = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'].indexOf(String(day));
    return this;
  }
  override atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) this.exec.fail('Invalid argument: hour');
    this.hour = hour;
    return this;
  }
  override nearMinute(minute: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) this.exec.fail('Invalid argument: minute');
    this.minute = minute;
    return this;
  }
  override inTimezone(timezone: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!isValidTimeZone(timezone)) this.exec.fail(`Invalid argument: ${timezone}`);
    this.timeZone = timezone;
    return this;
  }
  override create(): GoogleAppsScript.Script.Trigger {
    const now = this.exec.runtime.clock.now();
    let schedule: ClockSchedule;
    if (this.once !== undefined) {
      if (this.exec.runtime.config.addOn && this.once - now < 3_600_000) this.exec.fail(ADDON_TRIGGER_INTERVAL_MESSAGE);
      schedule = { kind: 'once', at: this.once };
    }
    else if (this.intervalMs !== undefined) {
      if (this.exec.runtime.config.addOn && this.intervalMs < 3_600_000) this.exec.fail(ADDON_TRIGGER_INTERVAL_MESSAGE);
      schedule = { kind: 'every', intervalMs: this.intervalMs };
    }
    else if (this.weeks !== undefined) {
      schedule = { kind: 'weekly', everyWeeks: this.weeks, weekday: this.weekday ?? 1, hour: this.hour ?? 0, minute: this.minute, timeZone: this.timeZone };
    } else if (this.days !== undefined) {
      schedule = { kind: 'daily', everyDays: this.days, hour: this.hour ?? 0, minute: this.minute, timeZone: this.timeZone };
    } else {
      return this.exec.fail('Trigger builder needs a schedule: call after(), at(), everyMinutes(), everyHours(), everyDays() or everyWeeks() before create().');
    }
    return createTrigger(this.exec, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: '',
      schedule,
      nextRun: nextFireTime(schedule, now, now),
    });
  }
}

/** `ScriptApp.newTrigger(fn).forSpreadsheet(ss)`. */
export class FakeSpreadsheetTriggerBuilder extends SpreadsheetTriggerBuilderStub implements GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  private eventType: TriggerState['eventType'] | undefined;
  constructor(
    private readonly exec: Execution,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {
    super();
  }
  override onOpen(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this;
  }
  override onEdit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.eventType = 'ON_EDIT';
    return this;
  }
  override onChange(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.eventType = 'ON_CHANGE';
    return this;
  }
  override onFormSubmit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  override create(): GoogleAppsScript.Script.Trigger {
    if (!this.eventType) this.exec.fail('Trigger builder needs an event: call onOpen(), onEdit(), onChange() or onFormSubmit() before create().');
    return createTrigger(this.exec, { handler: this.handler, eventType: this.eventType, source: 'SPREADSHEETS', sourceId: this.sourceId, schedule: undefined, nextRun: undefined });
  }
}

/** `ScriptApp.newTrigger(fn)`. */
export class FakeTriggerBuilder extends TriggerBuilderStub implements GoogleAppsScript.Script.TriggerBuilder {
  constructor(
    private readonly exec: Execution,
    private readonly handler: string,
  ) {
    super();
  }
  override timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.exec, this.handler);
  }
  override forSpreadsheet(sheet: any): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : String(sheet.getId());
    return new FakeSpreadsheetTriggerBuilder(this.exec, this.handler, id);
  }
}

/** `ScriptApp` for one execution. */
export class FakeScriptApp extends ScriptAppStub implements GoogleAppsScript.Script.ScriptApp {
  constructor(private readonly exec: Execution) {
    super();
  }
  private call<T>(method: string, kind: 'read' | 'write' | 'local', body: () => T): T {
    return this.exec.call('script', 'ScriptApp', method, kind, body);
  }
  override get AuthMode(): typeof GoogleAppsScript.Script.AuthMode {
    return AuthMode;
  }
  override get AuthorizationStatus(): typeof GoogleAppsScript.Script.AuthorizationStatus {
    return AuthorizationStatus;
  }
  override get EventType(): typeof GoogleAppsScript.Script.EventType {
    return ScriptEventType;
  }
  override get TriggerSource(): typeof GoogleAppsScript.Script.TriggerSource {
    return TriggerSource;
  }
  override get InstallationSource(): typeof GoogleAppsScript.Script.InstallationSource {
    return InstallationSource;
  }
  override get WeekDay(): typeof GoogleAppsScript.Base.Weekday {
    return Weekday;
  }
  override getScriptId(): string {
    return this.exec.runtime.config.scriptId;
  }
  override getOAuthToken(): string {
    return this.call('getOAuthToken', 'local', () => 'ya29.fake-oauth-token-for-tests');
  }
  override getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return InstallationSource.NONE;
  }
  override newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return this.call('newTrigger', 'local', () => new FakeTriggerBuilder(this.exec, String(functionName)));
  }
  override getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.call('getProjectTriggers', 'read', () =>
      this.exec.array(triggerStore(this.exec.runtime).triggers.filter((t) => t.owner === this.exec.user).map((t) => new FakeTrigger(this.exec, t))),
    );
  }
  override getUserTriggers(document: any): GoogleAppsScript.Script.Trigger[] {
    return this.call('getUserTriggers', 'read', () => {
      const id = String(document.getId());
      return this.exec.array(
        triggerStore(this.exec.runtime)
          .triggers.filter((t) => t.owner === this.exec.user && (t.sourceId === id || t.documentId === id))
          .map((t) => new FakeTrigger(this.exec, t)),
      );
    });
  }
  override deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.call('deleteTrigger', 'write', () => {
      const store = triggerStore(this.exec.runtime);
      const uid = trigger.getUniqueId();
      const t = store.triggers.find((x) => x.uid === uid);
      if (t && t.owner === this.exec.user) store.triggers = store.triggers.filter((x) => x !== t);
    });
  }
  override getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode): GoogleAppsScript.Script.AuthorizationInfo {
    void authMode;
    return {
      getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED,
      getAuthorizationUrl: () => null as unknown as string,
      getAuthorizedScopes: () => this.exec.array([] as string[]),
    } as unknown as GoogleAppsScript.Script.AuthorizationInfo;
  }
}
