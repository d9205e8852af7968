/**
 * The engine behind every fake: persistent state shared by all executions of one environment
 * (clock, counters, faults, quotas, options) and the per-execution context (acting user, auth mode,
 * realm of the vm, time limit, UI log). Every modelled service method passes through
 * `Execution.call`, which counts it, charges its time cost on the fake clock, enforces the execution
 * time limit and authorisation, injects scripted faults and simulates crashes.
 */
import { FakeClock } from './clock.ts';

/** Apps Script services the fakes model. */
export type ServiceName = 'spreadsheet' | 'calendar' | 'lock' | 'properties' | 'script' | 'utilities' | 'session' | 'html' | 'ui' | 'base';

/** read/write touch Google's servers; local is answered from an object the script already holds. */
export type CallKind = 'read' | 'write' | 'local';

/** Apps Script `ScriptApp.AuthMode` names. */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** One service call as seen by counters and fault rules. */
export interface CallInfo {
  service: ServiceName;
  /** e.g. `Calendar.createAllDayEvent`. */
  key: string;
  className: string;
  method: string;
  kind: CallKind;
  /** Acting (effective) user of the execution. */
  user: string;
  executionId: number;
}

/** Constructors of the realm (vm context) the script runs in, so values it receives pass `instanceof`. */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
}

/** The realm of the test process itself (for using the fakes directly, without the vm). */
export const HOST_REALM: Realm = { Date, Error, Array, Object };

/** Real Apps Script messages for the faults tests can inject. */
export const FAULT_MESSAGES = {
  rateLimit: 'You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.',
  calendarServiceError: 'Service error: Calendar',
  calendarQuota: 'Service invoked too many times for one day: calendar.',
  timeout: 'Exceeded maximum execution time',
} as const;

/** An injectable failure: a named one or any message. */
export type FaultError = 'rateLimit' | 'serviceError' | 'quota' | { message: string };

/** Selects calls: exact key (`Calendar.createAllDayEvent`), class (`Calendar.*`), service (`calendar`), `service:kind` (`calendar:write`), `*`, or a predicate. */
export type CallMatcher = string | ((call: CallInfo) => boolean);

/** A scripted failure: the `onCall`-th matching call (1-based, counted from when the rule was added) and the `times - 1` after it fail. */
export interface FaultRule {
  match: CallMatcher;
  error: FaultError;
  onCall?: number;
  times?: number;
}

/** Kills the execution right after the `onCall`-th matching call has taken effect. */
export interface CrashRule {
  match: CallMatcher;
  onCall?: number;
}

/** Marker thrown when the fake platform kills an execution (crash or time limit). */
export class GasExecutionKilled extends Error {
  readonly kind: 'crash' | 'timeout';
  constructor(kind: 'crash' | 'timeout', message: string) {
    super(message);
    this.name = 'GasExecutionKilled';
    this.kind = kind;
  }
}

/** True when a value thrown by a script is the harness's kill marker. */
export function isKillMarker(value: unknown): value is GasExecutionKilled {
  return value instanceof GasExecutionKilled;
}

export function matches(matcher: CallMatcher, call: CallInfo): boolean {
  if (typeof matcher === 'function') return matcher(call);
  if (matcher === '*') return true;
  if (matcher === call.key) return true;
  if (matcher.endsWith('.*')) return matcher.slice(0, -2) === call.className;
  if (matcher.includes(':')) return matcher === `${call.service}:${call.kind}`;
  return matcher === call.service;
}

/** Call counters (per environment and per execution). */
export class CallCounters {
  total = 0;
  byKey = new Map<string, number>();
  byService = new Map<string, number>();
  byKind = { read: 0, write: 0, local: 0 };

  record(call: CallInfo): void {
    this.total++;
    this.byKey.set(call.key, (this.byKey.get(call.key) ?? 0) + 1);
    this.byService.set(call.service, (this.byService.get(call.service) ?? 0) + 1);
    this.byKind[call.kind]++;
  }

  /** Calls of one key, class (`Calendar.*`), service or `service:kind`. */
  count(matcher: CallMatcher = '*'): number {
    if (typeof matcher === 'string' && !matcher.includes(':') && !matcher.includes('.') && matcher !== '*') return this.byService.get(matcher) ?? 0;
    if (matcher === '*') return this.total;
    if (typeof matcher === 'string' && this.byKey.has(matcher)) return this.byKey.get(matcher)!;
    if (typeof matcher === 'string' && matcher.includes(':')) {
      const [svc, kind] = matcher.split(':') as [string, CallKind];
      let n = 0;
      for (const [k, v] of this.#kinds) if (k.startsWith(`${svc}:${kind}|`)) n += v;
      return n;
    }
    if (typeof matcher === 'string' && matcher.endsWith('.*')) {
      let n = 0;
      for (const [k, v] of this.byKey) if (k.startsWith(matcher.slice(0, -1))) n += v;
      return n;
    }
    return 0;
  }

  #kinds = new Map<string, number>();
  /** @internal */
  recordKind(call: CallInfo): void {
    const k = `${call.service}:${call.kind}|${call.key}`;
    this.#kinds.set(k, (this.#kinds.get(k) ?? 0) + 1);
  }

  /** Plain snapshot for assertions and benchmarks. */
  snapshot(): { total: number; byKind: { read: number; write: number; local: number }; byService: Record<string, number>; byKey: Record<string, number> } {
    return {
      total: this.total,
      byKind: { ...this.byKind },
      byService: Object.fromEntries(this.byService),
      byKey: Object.fromEntries(this.byKey),
    };
  }

  reset(): void {
    this.total = 0;
    this.byKey.clear();
    this.byService.clear();
    this.byKind = { read: 0, write: 0, local: 0 };
    this.#kinds.clear();
  }
}

interface ActiveFault {
  rule: FaultRule;
  seen: number;
}
interface ActiveCrash {
  rule: CrashRule;
  seen: number;
  done: boolean;
}

/** Scripted faults: transient errors on chosen calls, schedules, and crashes. */
export class FaultInjector {
  #faults: ActiveFault[] = [];
  #crashes: ActiveCrash[] = [];
  #schedules: ((call: CallInfo) => FaultError | undefined | null)[] = [];

  /** Adds a failure rule (see {@link FaultRule}). */
  inject(rule: FaultRule): void {
    this.#faults.push({ rule, seen: 0 });
  }

  /** Adds a schedule consulted on every call; return a FaultError to make that call fail. */
  schedule(fn: (call: CallInfo) => FaultError | undefined | null): void {
    this.#schedules.push(fn);
  }

  /** Kills the execution right after the `onCall`-th (default first) matching call took effect. */
  crashAfter(rule: CrashRule): void {
    this.#crashes.push({ rule, seen: 0, done: false });
  }

  /** Removes every rule. */
  clear(): void {
    this.#faults = [];
    this.#crashes = [];
    this.#schedules = [];
  }

  /** @internal the failure for this call, if any. */
  failureFor(call: CallInfo): FaultError | undefined {
    let failure: FaultError | undefined;
    for (const f of this.#faults) {
      if (!matches(f.rule.match, call)) continue;
      f.seen++;
      const first = f.rule.onCall ?? 1;
      const times = f.rule.times ?? 1;
      if (!failure && f.seen >= first && f.seen < first + times) failure = f.rule.error;
    }
    for (const s of this.#schedules) {
      const r = s(call);
      if (!failure && r) failure = r;
    }
    return failure;
  }

  /** @internal true when the execution must die after this call. */
  crashAfterCall(call: CallInfo): boolean {
    let crash = false;
    for (const c of this.#crashes) {
      if (c.done || !matches(c.rule.match, call)) continue;
      c.seen++;
      if (c.seen >= (c.rule.onCall ?? 1)) {
        c.done = true;
        crash = true;
      }
    }
    return crash;
  }
}

/** Per-call clock costs in ms. Keys: exact `Class.method`, `service:kind`, `service`, or `*`. */
export type CallCosts = Record<string, number>;

/** Default costs: roughly what a round trip to Google takes; local getters are free. */
export const DEFAULT_CALL_COSTS: CallCosts = {
  'calendar:write': 200,
  'calendar:read': 100,
  'spreadsheet:write': 50,
  'spreadsheet:read': 30,
  'properties:write': 20,
  'properties:read': 10,
  'lock:write': 10,
  'script:write': 50,
  'script:read': 20,
  '*': 0,
};

/** Environment-wide configuration that services read. */
export interface RuntimeConfig {
  scriptId: string;
  scriptTimeZone: string;
  costs: CallCosts;
  /** Calendar events one user may create per day (5,000 consumer, 10,000 Workspace). */
  calendarDailyQuota: number;
  /** Triggers per user per script (20). */
  triggerLimit: number;
  /** Normal execution limit (6 min). */
  executionLimitMs: number;
  /** Simple-trigger limit (30 s). */
  simpleTriggerLimitMs: number;
  /** Editor add-on rules apply (recurring time triggers at most hourly). */
  addOn: boolean;
  /** Optional burst limit on calendar event creations/deletions per user (off when undefined). */
  calendarRateLimit: { writes: number; windowMs: number } | undefined;
}

/** UI the user saw during an execution. */
export interface UiLog {
  toasts: { message: string; title: string; timeoutSeconds: number | undefined }[];
  alerts: { title: string | undefined; prompt: string; buttons: string; response: string }[];
  prompts: { title: string | undefined; prompt: string; buttons: string; response: { button: string; text: string } }[];
  menus: MenuRecord[];
  sidebars: { title: string; html: string; width: number | undefined }[];
  dialogs: { title: string; html: string; width: number | undefined; height: number | undefined; modal: boolean }[];
}

/** A menu as the user sees it. */
export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuEntry[];
}

/** One entry of a menu. */
export type MenuEntry = { type: 'item'; caption: string; functionName: string } | { type: 'separator' } | { type: 'submenu'; caption: string; items: MenuEntry[] };

export function emptyUiLog(): UiLog {
  return { toasts: [], alerts: [], prompts: [], menus: [], sidebars: [], dialogs: [] };
}

/** Shared state root; services hang their stores on it. */
export class GasRuntime {
  readonly clock: FakeClock;
  readonly counters = new CallCounters();
  readonly faults = new FaultInjector();
  readonly config: RuntimeConfig;
  /** Stores owned by each service module, keyed by module name. */
  readonly stores = new Map<string, unknown>();
  /** Everything shown to users over all executions (menus: the latest of each caption). */
  readonly uiHistory: UiLog = emptyUiLog();
  #nextExecutionId = 1;
  /** Executions currently running (nested runs simulate concurrency). */
  readonly running: Execution[] = [];
  /** Test hooks run right after a matching call took effect (e.g. to start a concurrent run). */
  readonly afterCallHooks: { match: CallMatcher; fn: (call: CallInfo) => void; once: boolean; done: boolean }[] = [];

  constructor(clock: FakeClock, config: RuntimeConfig) {
    this.clock = clock;
    this.config = config;
  }

  /** Returns the store `name`, creating it with `create` on first use. */
  store<T>(name: string, create: () => T): T {
    if (!this.stores.has(name)) this.stores.set(name, create());
    return this.stores.get(name) as T;
  }

  nextExecutionId(): number {
    return this.#nextExecutionId++;
  }

  costOf(call: CallInfo): number {
    const c = this.config.costs;
    return c[call.key] ?? c[`${call.service}:${call.kind}`] ?? c[call.service] ?? c['*'] ?? 0;
  }
}

/** How an execution was started. */
export interface ExecutionOptions {
  user: string;
  /** Defaults to `user`; '' models a consumer account whose email Apps Script hides. */
  activeUser?: string;
  authMode?: AuthModeName;
  realm?: Realm;
  /** Untracked executions (test setup/inspection) are not counted, cost no time and never fail. */
  tracked?: boolean;
  /** Whether a UI is attached (menu/sidebar runs: yes; time-based triggers: no). */
  hasUi?: boolean;
  /** Time limit in ms; defaults from auth mode (simple triggers 30 s, otherwise 6 min). */
  limitMs?: number;
  /** Buttons returned by successive alerts (names like 'YES'); default: the first button of the set. */
  alertResponses?: string[];
  /** Responses of successive prompts; default: OK with empty text. */
  promptResponses?: { button: string; text: string }[];
  /** Trigger that started this run, if any. */
  triggerUid?: string;
}

const SERVICE_PERMISSION: Partial<Record<ServiceName, string>> = {
  calendar: 'https://www.googleapis.com/auth/calendar',
  script: 'https://www.googleapis.com/auth/script.scriptapp',
  spreadsheet: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  properties: 'https://www.googleapis.com/auth/script.storage',
};

/** One run of a script function: identity, limits, realm and what the user saw. */
export class Execution {
  readonly id: number;
  readonly runtime: GasRuntime;
  readonly user: string;
  readonly activeUser: string;
  readonly authMode: AuthModeName;
  readonly realm: Realm;
  readonly tracked: boolean;
  readonly hasUi: boolean;
  readonly startedAt: number;
  readonly deadline: number;
  readonly calls = new CallCounters();
  readonly ui: UiLog = emptyUiLog();
  readonly logs: string[] = [];
  readonly triggerUid: string | undefined;
  readonly alertResponses: string[];
  readonly promptResponses: { button: string; text: string }[];
  /** Set once the platform killed this execution; every later call rethrows. */
  killed: GasExecutionKilled | undefined;
  finished = false;

  constructor(runtime: GasRuntime, options: ExecutionOptions) {
    this.id = runtime.nextExecutionId();
    this.runtime = runtime;
    this.user = options.user;
    this.activeUser = options.activeUser ?? options.user;
    this.authMode = options.authMode ?? 'FULL';
    this.realm = options.realm ?? HOST_REALM;
    this.tracked = options.tracked ?? true;
    this.hasUi = options.hasUi ?? true;
    this.startedAt = runtime.clock.now();
    const limit = options.limitMs ?? (this.authMode === 'FULL' ? runtime.config.executionLimitMs : runtime.config.simpleTriggerLimitMs);
    this.deadline = this.startedAt + limit;
    this.triggerUid = options.triggerUid;
    this.alertResponses = [...(options.alertResponses ?? [])];
    this.promptResponses = [...(options.promptResponses ?? [])];
  }

  /** Runs one service method through the platform: auth, counting, cost, time limit, faults, crash. */
  call<T>(service: ServiceName, className: string, method: string, kind: CallKind, body: () => T): T {
    if (this.killed) throw new GasExecutionKilled(this.killed.kind, this.killed.message);
    if (this.finished && this.tracked) this.fail('This execution has finished; the object belongs to a previous run.');
    if (!this.tracked) return body();
    const info: CallInfo = { service, key: `${className}.${method}`, className, method, kind, user: this.user, executionId: this.id };
    this.#checkAuth(info);
    const rt = this.runtime;
    rt.counters.record(info);
    rt.counters.recordKind(info);
    this.calls.record(info);
    this.calls.recordKind(info);
    rt.clock.advance(rt.costOf(info));
    this.checkDeadline();
    const failure = rt.faults.failureFor(info);
    if (failure) this.fail(faultMessage(failure, service));
    const result = body();
    if (rt.faults.crashAfterCall(info)) this.kill('crash', `Fake platform: execution killed after ${info.key}`);
    for (const hook of rt.afterCallHooks) {
      if (hook.done || !matches(hook.match, info)) continue;
      if (hook.once) hook.done = true;
      hook.fn(info);
    }
    return result;
  }

  /** Kills the execution if the fake clock passed its time limit. */
  checkDeadline(): void {
    if (this.tracked && this.runtime.clock.now() > this.deadline) this.kill('timeout', FAULT_MESSAGES.timeout);
  }

  /** Marks the execution dead and throws the marker. */
  kill(kind: 'crash' | 'timeout', message: string): never {
    this.killed = new GasExecutionKilled(kind, message);
    throw new GasExecutionKilled(kind, message);
  }

  /** Throws an Apps Script `Exception` (an Error of the script's realm named 'Exception'). */
  fail(message: string): never {
    const e = new this.realm.Error(message);
    e.name = 'Exception';
    throw e;
  }

  /** A Date of the script's realm. */
  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  /** An array of the script's realm. */
  array<T>(items: readonly T[]): T[] {
    return this.realm.Array.from(items) as T[];
  }

  /** A plain object of the script's realm. */
  object<T extends object>(props: T): T {
    return Object.assign(new this.realm.Object(), props) as T;
  }

  #checkAuth(info: CallInfo): void {
    if (this.authMode === 'FULL') return;
    const allowedLimited: ServiceName[] = ['spreadsheet', 'properties', 'lock', 'ui', 'utilities', 'html', 'session', 'base'];
    const allowedNone: ServiceName[] = ['ui', 'utilities', 'html', 'base', 'session'];
    const allowed = this.authMode === 'LIMITED' ? allowedLimited : allowedNone;
    if (allowed.includes(info.service)) return;
    const scope = SERVICE_PERMISSION[info.service];
    this.fail(`You do not have permission to call ${info.key}.${scope ? ` Required permissions: ${scope}` : ''}`);
  }
}

/** True when `value` is a Date of any realm. */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** True when `value` is an array of any realm. */
export function isArrayValue(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

function faultMessage(f: FaultError, service: ServiceName): string {
  if (typeof f === 'object') return f.message;
  if (f === 'rateLimit') return FAULT_MESSAGES.rateLimit;
  if (f === 'quota') return `Service invoked too many times for one day: ${service}.`;
  if (service === 'calendar') return FAULT_MESSAGES.calendarServiceError;
  if (service === 'spreadsheet') return 'Service Spreadsheets failed while accessing document.';
  return `Service error: ${service}`;
}
