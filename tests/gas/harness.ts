/**
 * The Apps Script test harness: an in-memory "Google" (spreadsheet, calendars, properties, triggers,
 * locks, quotas, fake clock) that persists across executions, and a runner that executes the built
 * add-on bundle (dist/apps-script/Code.js) in a FRESH `node:vm` context per execution, like Apps
 * Script does: the only globals are the fakes and standard JavaScript (no require, process, module,
 * setTimeout, fetch), top-level functions are called by name, `Date.now()`/`new Date()` read the
 * fake clock, and local-time Date methods use the script's time zone.
 *
 * @example
 * const env = createGasEnvironment({ timeZone: 'America/Los_Angeles', user: 'cm@school.example' });
 * env.loadBundle('dist/apps-script/Code.js');
 * env.setValues('Sheet1', 'A1', [['Student', 'Annual review'], ['Ana', '2025-03-09']]);
 * const run = env.run('syncCalendar');
 * expect(run.error).toBeUndefined();
 * expect(env.events()).toHaveLength(1);
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { parseA1 } from './fakes/a1.ts';
import { type EventSnapshot, calendarStore, snapshotEvents } from './fakes/calendar.ts';
import { FakeClock } from './fakes/clock.ts';
import { type GasGlobals, createGasGlobals } from './fakes/globals.ts';
import { htmlFiles, setRealmEvaluator } from './fakes/html-service.ts';
import { lockKey, lockTable, releaseLocksOf } from './fakes/lock-service.ts';
import { propertyStore, propertyStores } from './fakes/properties-service.ts';
import { FakeRange } from './fakes/range.ts';
import {
  type AuthModeName,
  type CallCosts,
  type CallInfo,
  type CallMatcher,
  DEFAULT_CALL_COSTS,
  Execution,
  GasRuntime,
  type MenuEntry,
  type MenuRecord,
  type Realm,
  type UiLog,
} from './fakes/runtime.ts';
import { type TriggerState, nextFireTime, triggerStore } from './fakes/script-app.ts';
import { FakeSheet, FakeSpreadsheet, createSpreadsheetState, spreadsheetState } from './fakes/spreadsheet.ts';
import { type SpreadsheetState, growRows } from './fakes/spreadsheet-model.ts';
import { isValidTimeZone, toWallTime } from './fakes/time-zone.ts';

export type { GasGlobals } from './fakes/globals.ts';
export type { CallInfo, CallMatcher, FaultError, FaultRule, CrashRule, UiLog, MenuRecord, MenuEntry, AuthModeName } from './fakes/runtime.ts';
export type { EventSnapshot } from './fakes/calendar.ts';
export { FAULT_MESSAGES } from './fakes/runtime.ts';
export { PROTECTED_MESSAGE } from './fakes/range.ts';
export { LOCK_TIMEOUT_MESSAGE } from './fakes/lock-service.ts';
export { ADDON_ONE_TRIGGER_MESSAGE, ADDON_TRIGGER_INTERVAL_MESSAGE, TOO_MANY_TRIGGERS_MESSAGE } from './fakes/script-app.ts';
export { VALUE_TOO_LARGE_MESSAGE, STORE_FULL_MESSAGE } from './fakes/properties-service.ts';

/** Options of {@link createGasEnvironment}. */
export interface GasEnvironmentOptions {
  /** Spreadsheet time zone (File > Settings). Default `America/New_York`. */
  timeZone?: string;
  /** Script time zone (appsscript.json `timeZone`). Default: same as `timeZone`. */
  scriptTimeZone?: string;
  /** Default acting user. Default `casemanager@school.example`. */
  user?: string;
  /** Spreadsheet owner. Default: `user`. */
  owner?: string;
  /** Other editors of the spreadsheet. */
  editors?: string[];
  /** Viewers (read-only) of the spreadsheet. */
  viewers?: string[];
  /** Fake clock start. Default `2026-11-23T15:00:00Z`. */
  now?: Date | number | string;
  /** Tab names. Default `['Sheet1']`. */
  sheets?: string[];
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Spreadsheet locale; `en_US` (month-first typed dates) by default. */
  locale?: string;
  scriptId?: string;
  /** Per-call costs on the fake clock in ms, merged over {@link DEFAULT_CALL_COSTS}. */
  costs?: CallCosts;
  /** Calendar events one user may create per day. Default 5000 (consumer). */
  calendarDailyQuota?: number;
  /** Installable triggers per user per script. Default 20. */
  triggerLimit?: number;
  /** Execution time limit. Default 6 min. */
  executionLimitMs?: number;
  /** Simple-trigger (LIMITED/NONE auth) time limit. Default 30 s. */
  simpleTriggerLimitMs?: number;
  /**
   * Optional burst limit: more than `writes` event creations/deletions by one user within `windowMs`
   * of fake time fail with Calendar's rate-limit message (so backoff really has to wait). Off by default.
   */
  calendarRateLimit?: { writes: number; windowMs: number };
  /** Editor add-on rules (recurring time triggers at most hourly). Default true; false = bound script. */
  addOn?: boolean;
  /** Bundle to load now (same as calling `loadBundle`). */
  bundle?: string;
  /** HTML files by name (without `.html`), in addition to those beside the bundle. */
  htmlFiles?: Record<string, string>;
  /** Real-time guard against infinite loops in one execution. Default 20 s. */
  vmTimeoutMs?: number;
  /**
   * Another environment whose "Google" this one shares: the same clock, calendars (and quotas) and
   * property stores (script and user properties are shared, document properties stay per spreadsheet).
   * This gives a second spreadsheet (give it its own `spreadsheetId`) with its own copy of the add-on,
   * as when one person keeps two trackers. Triggers, locks and UI stay per environment.
   */
  sameGoogleAs?: GasEnvironment;
}

/** Per-run options of {@link GasEnvironment.run}. */
export interface RunOptions {
  /** Effective user (who the script runs as). Default: the environment's user. */
  user?: string;
  /** `Session.getActiveUser()` email; default = user; '' models an account Apps Script hides. */
  activeUser?: string;
  /** Default FULL. LIMITED/NONE model simple triggers (no Calendar, no triggers; 30 s limit). */
  authMode?: AuthModeName;
  /** Whether a UI is attached (getUi works). Default true. */
  hasUi?: boolean;
  /** Buttons returned by successive alerts, e.g. `['YES']`. Default: first button of each set. */
  alertResponses?: string[];
  /** Responses of successive prompts, e.g. `[{ button: 'OK', text: 'Room 12' }]`. */
  promptResponses?: { button: string; text: string }[];
  /** Override the time limit of this run (ms). */
  limitMs?: number;
  /** @internal set when a trigger starts the run. */
  triggerUid?: string;
}

/** What one execution did. */
export interface RunResult {
  /** Return value (structured-cloned when possible). */
  result: unknown;
  /** Uncaught error (name, message), if the function threw. Also set for crashes/time-outs. */
  error: { name: string; message: string; stack?: string } | undefined;
  /** The platform killed the execution right after a call (see `faults.crashAfter`). */
  crashed: boolean;
  /** The execution hit its time limit ("Exceeded maximum execution time"). */
  timedOut: boolean;
  toasts: UiLog['toasts'];
  alerts: UiLog['alerts'];
  prompts: UiLog['prompts'];
  sidebars: UiLog['sidebars'];
  dialogs: UiLog['dialogs'];
  menus: UiLog['menus'];
  /** Logger.log / console lines. */
  logs: string[];
  /** Service calls made by this execution. */
  calls: ReturnType<Execution['calls']['snapshot']>;
  /** Fake time at start/end and elapsed fake ms. */
  startedAt: Date;
  endedAt: Date;
  elapsedMs: number;
  executionId: number;
}

/** Raw (unparsed) cell content for {@link GasEnvironment.seedCells}. */
export type RawCell = string | number | boolean | null;

const DATE_PRELUDE = `(function (clockNow) {
  var RealDate = globalThis.Date;
  var FakeDate = function Date() {
    if (!new.target) return new RealDate(clockNow()).toString();
    var args = Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args.length === 0 ? [clockNow()] : args, new.target);
  };
  FakeDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: FakeDate, writable: true, configurable: true });
  FakeDate.now = function now() { return clockNow(); };
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  Object.defineProperty(FakeDate, 'length', { value: 7 });
  globalThis.Date = FakeDate;
  return { Date: FakeDate, Error: Error, Array: Array, Object: Object };
})`;

const ENTRY = `(function (entry) {
  var fn = globalThis[entry.name];
  if (typeof fn !== 'function') throw new Error('Script function not found: ' + entry.name);
  var r = fn(entry.event);
  if (r && typeof r.then === 'function') {
    r.then(function (v) { entry.settled = { ok: true, value: v }; }, function (e) { entry.settled = { ok: false, error: e }; });
    entry.pending = true;
  }
  return r;
})(globalThis.__gasEntry)`;

function cloneOut(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function describeError(e: unknown): { name: string; message: string; stack?: string } {
  if (e && typeof e === 'object' && 'message' in e) {
    const err = e as Error;
    return { name: String(err.name ?? 'Error'), message: String(err.message), ...(err.stack ? { stack: String(err.stack) } : {}) };
  }
  return { name: 'Error', message: String(e) };
}

/** The in-memory Google plus the vm runner. Create with {@link createGasEnvironment}. */
export class GasEnvironment {
  readonly runtime: GasRuntime;
  readonly clock: FakeClock;
  /** Default acting user. */
  readonly user: string;
  #script: vm.Script | undefined;
  #bundlePath: string | undefined;
  readonly #vmTimeoutMs: number;

  constructor(options: GasEnvironmentOptions = {}) {
    const timeZone = options.timeZone ?? 'America/New_York';
    const scriptTimeZone = options.scriptTimeZone ?? timeZone;
    if (!isValidTimeZone(scriptTimeZone)) throw new Error(`Unknown script time zone: ${scriptTimeZone}`);
    this.user = options.user ?? 'casemanager@school.example';
    const now = options.now === undefined ? Date.parse('2026-11-23T15:00:00Z') : new Date(options.now).getTime();
    this.clock = options.sameGoogleAs?.clock ?? new FakeClock(now);
    this.runtime = new GasRuntime(this.clock, {
      scriptId: options.scriptId ?? '1FakeScriptId_casekeeper_addon_0000000000000000000',
      scriptTimeZone,
      costs: { ...DEFAULT_CALL_COSTS, ...(options.costs ?? {}) },
      calendarDailyQuota: options.calendarDailyQuota ?? 5000,
      triggerLimit: options.triggerLimit ?? 20,
      executionLimitMs: options.executionLimitMs ?? 6 * 60_000,
      simpleTriggerLimitMs: options.simpleTriggerLimitMs ?? 30_000,
      addOn: options.addOn ?? true,
      calendarRateLimit: options.calendarRateLimit,
    });
    this.runtime.stores.set(
      'spreadsheet',
      createSpreadsheetState({
        owner: options.owner ?? this.user,
        timeZone,
        ...(options.editors ? { editors: options.editors } : {}),
        ...(options.viewers ? { viewers: options.viewers } : {}),
        ...(options.sheets ? { sheets: options.sheets } : {}),
        ...(options.spreadsheetName ? { name: options.spreadsheetName } : {}),
        ...(options.spreadsheetId ? { id: options.spreadsheetId } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
      }),
    );
    const shared = options.sameGoogleAs?.runtime;
    if (shared) {
      if (!options.spreadsheetId) throw new Error('A second spreadsheet in the same Google needs its own spreadsheetId.');
      this.runtime.stores.set('calendar', calendarStore(shared));
      this.runtime.stores.set('properties', propertyStores(shared));
    }
    for (const [name, html] of Object.entries(options.htmlFiles ?? {})) htmlFiles(this.runtime).set(name, html);
    this.#vmTimeoutMs = options.vmTimeoutMs ?? 20_000;
    if (options.bundle) this.loadBundle(options.bundle);
  }

  /** Scripted faults: `inject`, `schedule`, `crashAfter`, `clear`. */
  get faults(): GasRuntime['faults'] {
    return this.runtime.faults;
  }

  /** Service-call counters over all executions (`count('calendar:write')`, `snapshot()`, `reset()`). */
  get counters(): GasRuntime['counters'] {
    return this.runtime.counters;
  }

  /** Everything users saw over all executions (menus: latest version of each). */
  get ui(): UiLog {
    return this.runtime.uiHistory;
  }

  /** Loads the bundle (and any `*.html` beside it as HtmlService files). */
  loadBundle(codeJsPath: string): this {
    const code = readFileSync(codeJsPath, 'utf8');
    this.#bundlePath = codeJsPath;
    const dir = dirname(codeJsPath);
    for (const f of readdirSync(dir)) if (f.endsWith('.html')) htmlFiles(this.runtime).set(basename(f, '.html'), readFileSync(join(dir, f), 'utf8'));
    return this.loadSource(code, codeJsPath);
  }

  /** Loads script source directly (for small handwritten scripts in tests). */
  loadSource(code: string, filename = 'Code.js'): this {
    this.#script = new vm.Script(code, { filename });
    this.#functionNames = undefined;
    return this;
  }

  /** Path of the loaded bundle, if any. */
  get bundlePath(): string | undefined {
    return this.#bundlePath;
  }

  /**
   * Runs a top-level function of the loaded script in a fresh vm context, as `user`.
   * `event` may be a value or a function building it from the run's own globals.
   */
  run(functionName: string, event?: unknown | ((g: GasGlobals) => unknown), options: RunOptions = {}): RunResult {
    if (!this.#script) throw new Error('GasEnvironment.run: call loadBundle() or loadSource() first');
    const exec = new Execution(this.runtime, {
      user: options.user ?? this.user,
      ...(options.activeUser !== undefined ? { activeUser: options.activeUser } : {}),
      ...(options.authMode ? { authMode: options.authMode } : {}),
      ...(options.hasUi !== undefined ? { hasUi: options.hasUi } : {}),
      ...(options.limitMs !== undefined ? { limitMs: options.limitMs } : {}),
      ...(options.alertResponses ? { alertResponses: options.alertResponses } : {}),
      ...(options.promptResponses ? { promptResponses: options.promptResponses } : {}),
      ...(options.triggerUid ? { triggerUid: options.triggerUid } : {}),
      realm: undefined,
    });
    const context = vm.createContext({}, { name: `gas-execution-${exec.id}`, microtaskMode: 'afterEvaluate' });
    const realm = (vm.runInContext(DATE_PRELUDE, context) as (now: () => number) => Realm)(() => this.clock.now());
    (exec as { realm: Realm }).realm = realm;
    const globals = createGasGlobals(exec);
    Object.assign(context, globals);
    setRealmEvaluator(exec, (src) => vm.runInContext(src, context));
    this.runtime.running.push(exec);
    const previousTz = process.env.TZ;
    process.env.TZ = this.runtime.config.scriptTimeZone;
    let result: unknown;
    let error: RunResult['error'];
    try {
      this.#script.runInContext(context, { timeout: this.#vmTimeoutMs });
      const builtEvent = typeof event === 'function' ? (event as (g: GasGlobals) => unknown)(globals) : event;
      const entry: { name: string; event: unknown; pending?: boolean; settled?: { ok: boolean; value?: unknown; error?: unknown } } = { name: functionName, event: builtEvent };
      (context as Record<string, unknown>).__gasEntry = entry;
      result = vm.runInContext(ENTRY, context, { timeout: this.#vmTimeoutMs });
      if (entry.pending) {
        if (!entry.settled) throw new Error('Fake harness: the function returned a promise that never settled');
        if (!entry.settled.ok) throw entry.settled.error;
        result = entry.settled.value;
      }
    } catch (e) {
      error = describeError(e);
    } finally {
      if (previousTz === undefined) delete process.env.TZ;
      else process.env.TZ = previousTz;
      exec.finished = true;
      this.runtime.running.splice(this.runtime.running.indexOf(exec), 1);
      releaseLocksOf(this.runtime, exec.id);
    }
    if (exec.killed) error = { name: 'GasExecutionKilled', message: exec.killed.message };
    else if (error && error.name === 'GasExecutionKilled') error = undefined;
    return {
      result: exec.killed ? undefined : cloneOut(result),
      error,
      crashed: exec.killed?.kind === 'crash',
      timedOut: exec.killed?.kind === 'timeout',
      toasts: exec.ui.toasts,
      alerts: exec.ui.alerts,
      prompts: exec.ui.prompts,
      sidebars: exec.ui.sidebars,
      dialogs: exec.ui.dialogs,
      menus: exec.ui.menus,
      logs: exec.logs,
      calls: exec.calls.snapshot(),
      startedAt: new Date(exec.startedAt),
      endedAt: new Date(this.clock.now()),
      elapsedMs: this.clock.now() - exec.startedAt,
      executionId: exec.id,
    };
  }

  /**
   * The fakes for direct use from test code, in the test's own realm. By default untracked (setup and
   * inspection: no counting, no clock cost, no faults); pass `tracked: true` to exercise modules that
   * take services as parameters exactly as a run would. No time limit unless `limitMs` is given.
   */
  services(options: { user?: string; tracked?: boolean; authMode?: AuthModeName; hasUi?: boolean; limitMs?: number } = {}): GasGlobals {
    const exec = new Execution(this.runtime, {
      user: options.user ?? this.user,
      tracked: options.tracked ?? false,
      limitMs: options.limitMs ?? Infinity,
      ...(options.authMode ? { authMode: options.authMode } : {}),
      ...(options.hasUi !== undefined ? { hasUi: options.hasUi } : {}),
    });
    return createGasGlobals(exec);
  }

  /** The raw spreadsheet state (for unusual assertions; prefer the helpers below). */
  get spreadsheetState(): SpreadsheetState {
    return spreadsheetState(this.runtime);
  }

  /** Creates a tab (untracked), returning nothing; errors if it exists. */
  addSheet(name: string): void {
    this.services({ user: this.spreadsheetState.owner }).SpreadsheetApp.getActive().insertSheet(name);
  }

  private sheetOrThrow(name: string): FakeSheet {
    const ss = this.services({ user: this.spreadsheetState.owner }).SpreadsheetApp.getActive();
    const sheet = ss.getSheetByName(name);
    if (!sheet) throw new Error(`Fake: no sheet named ${name}`);
    return sheet as FakeSheet;
  }

  /**
   * Writes values as a user typing/pasting them (strings are parsed: `2025-03-09` becomes a date,
   * `'007` stays text) starting at `a1` (a cell), as the owner, bypassing nothing but counters.
   */
  setValues(sheetName: string, a1: string, values: unknown[][]): void {
    const sheet = this.sheetOrThrow(sheetName);
    const start = parseA1(a1, sheet.state.maxRows, sheet.state.maxCols);
    if (!start) throw new Error(`Fake: bad cell ${a1}`);
    const width = Math.max(...values.map((r) => r.length));
    const rows = values.map((r) => [...r, ...Array(width - r.length).fill(null)]);
    const needRows = start.rect.row + rows.length - 1;
    const needCols = start.rect.col + width - 1;
    growRows(this.spreadsheetState, sheet.state, needRows);
    if (needCols > sheet.state.maxCols) sheet.state.maxCols = needCols;
    sheet.getRange(start.rect.row, start.rect.col, rows.length, width).setValues(rows);
  }

  /** Values as the script would read them (Dates, numbers, booleans, '' for blanks). */
  getValues(sheetName: string, a1?: string): unknown[][] {
    const sheet = this.sheetOrThrow(sheetName);
    return (a1 ? sheet.getRange(a1) : sheet.getDataRange()).getValues();
  }

  /**
   * The charts on a tab as Sheets would draw them: type, anchor cell, options, and each range's values
   * read from the sheet now (the first row holds the series names).
   */
  charts(sheetName: string): { id: number | null; type: string; anchor: { row: number; column: number }; options: Record<string, unknown>; data: unknown[][][] }[] {
    const sheet = this.sheetOrThrow(sheetName);
    return sheet.state.charts.map((c) => ({
      id: c.id,
      type: c.type,
      anchor: { row: c.position.row, column: c.position.column },
      options: structuredClone(c.options),
      data: c.ranges.map((r) => sheet.getRange(r.rect.row, r.rect.col, r.rect.numRows, r.rect.numCols).getValues()),
    }));
  }

  /** Text the user sees (getDisplayValues). */
  getDisplayValues(sheetName: string, a1?: string): string[][] {
    const sheet = this.sheetOrThrow(sheetName);
    return (a1 ? sheet.getRange(a1) : sheet.getDataRange()).getDisplayValues();
  }

  /** Untracked Range for setup/inspection (formats, merges, notes, validations...). */
  range(sheetName: string, a1: string): GoogleAppsScript.Spreadsheet.Range {
    return this.sheetOrThrow(sheetName).getRange(a1);
  }

  /** Untracked Sheet for setup/inspection. */
  sheet(sheetName: string): GoogleAppsScript.Spreadsheet.Sheet {
    return this.sheetOrThrow(sheetName);
  }

  /** Live calendar events (plain snapshots), optionally of one calendar. */
  events(calendarId?: string): EventSnapshot[] {
    return snapshotEvents(this.runtime, calendarId);
  }

  /** Deletes an event as its owner would by hand in Calendar (case: "event deleted by hand"). */
  deleteEventByHand(eventId: string): void {
    for (const cal of this.runtime.stores.get('calendar') ? (this.runtime.stores.get('calendar') as { calendars: Map<string, { events: Map<string, { deleted: boolean }> }> }).calendars.values() : []) {
      const ev = cal.events.get(eventId);
      if (ev) ev.deleted = true;
    }
  }

  /** Contents of a property store. */
  properties(kind: 'document' | 'script' | 'user', user?: string): Record<string, string> {
    const name = kind === 'script' ? 'script' : kind === 'document' ? `document:${this.spreadsheetState.id}` : `user:${user ?? this.user}`;
    return Object.fromEntries(propertyStore(this.runtime, name));
  }

  /** Installed triggers (all users). */
  triggers(): readonly TriggerState[] {
    return triggerStore(this.runtime).triggers;
  }

  /**
   * Holds a lock as someone else (another execution or user) until `release()` is called or, if
   * `until` is given, until that fake time (a waiting run then gets it when its wait reaches `until`).
   */
  holdLock(kind: 'document' | 'script' | 'user', options: { owner?: string; until?: Date | number; user?: string } = {}): () => void {
    const key = lockKey(this.runtime, kind, options.user ?? this.user);
    const table = lockTable(this.runtime);
    const holder = { owner: options.owner ?? 'another execution', ...(options.until !== undefined ? { releaseAt: new Date(options.until).getTime() } : {}) };
    table.set(key, holder);
    return () => {
      if (table.get(key) === holder) table.delete(key);
    };
  }

  /** Runs `fn` right after the first (or every) call matching `match` took effect, inside that execution. */
  afterCall(match: CallMatcher, fn: (call: CallInfo) => void, options: { once?: boolean } = {}): void {
    this.runtime.afterCallHooks.push({ match, fn, once: options.once ?? true, done: false });
  }

  /** Time-based triggers due now (next run ≤ clock), earliest first. */
  dueTriggers(): TriggerState[] {
    const now = this.clock.now();
    return triggerStore(this.runtime)
      .triggers.filter((t) => t.eventType === 'CLOCK' && t.nextRun !== undefined && t.nextRun <= now)
      .sort((a, b) => a.nextRun! - b.nextRun!);
  }

  /** Fires one trigger now: runs its handler as its owner, no UI, FULL auth, with a clock event. */
  fireTrigger(trigger: TriggerState): RunResult {
    const now = this.clock.now();
    const w = toWallTime(now, 'UTC');
    const event = {
      authMode: 'FULL',
      triggerUid: trigger.uid,
      year: w.year,
      month: w.month,
      'day-of-month': w.day,
      hour: w.hour,
      minute: w.minute,
      second: w.second,
      timezone: 'UTC',
    };
    trigger.firedCount++;
    if (trigger.schedule?.kind === 'once') trigger.nextRun = undefined;
    else if (trigger.schedule) trigger.nextRun = nextFireTime(trigger.schedule, now, trigger.nextRun ?? now);
    return this.run(trigger.handler, event, { user: trigger.owner, hasUi: false, triggerUid: trigger.uid });
  }

  /** Fires every time-based trigger that is due now (without moving the clock). */
  fireDueTriggers(): RunResult[] {
    return this.dueTriggers().map((t) => this.fireTrigger(t));
  }

  /**
   * Repeatedly jumps the clock to the next pending time-based trigger and fires it, until none is
   * pending within `withinMs` (default 1 day) or `maxRuns` (default 50) runs happened.
   */
  runPendingTriggers(options: { maxRuns?: number; withinMs?: number } = {}): RunResult[] {
    const results: RunResult[] = [];
    const limit = this.clock.now() + (options.withinMs ?? 86_400_000);
    while (results.length < (options.maxRuns ?? 50)) {
      const next = triggerStore(this.runtime)
        .triggers.filter((t) => t.eventType === 'CLOCK' && t.nextRun !== undefined && t.nextRun <= limit)
        .sort((a, b) => a.nextRun! - b.nextRun!)[0];
      if (!next) break;
      if (next.nextRun! > this.clock.now()) this.clock.set(next.nextRun!);
      results.push(this.fireTrigger(next));
    }
    return results;
  }

  /**
   * The user opens the spreadsheet: runs the simple `onOpen(e)` (if the script defines it) with
   * `authMode` (default LIMITED, as for an installed add-on in a document where it is enabled), then
   * the user's installable ON_OPEN triggers (FULL). Returns the simple trigger's run.
   */
  openSpreadsheet(options: { user?: string; authMode?: AuthModeName } = {}): RunResult {
    const user = options.user ?? this.user;
    const authMode = options.authMode ?? 'LIMITED';
    const simple = this.run('onOpen', (g: GasGlobals) => ({ authMode, source: authMode === 'NONE' ? undefined : g.SpreadsheetApp.getActive(), user: g.Session.getActiveUser() }), { user, authMode });
    for (const t of triggerStore(this.runtime).triggers.filter((x) => x.eventType === 'ON_OPEN' && x.owner === user && x.sourceId === this.spreadsheetState.id)) {
      this.run(t.handler, (g: GasGlobals) => ({ authMode: 'FULL', source: g.SpreadsheetApp.getActive(), triggerUid: t.uid }), { user: t.owner, triggerUid: t.uid });
    }
    return simple;
  }

  /**
   * A user edits one cell in the UI: the value is written as that user (protections apply; a
   * protected cell throws), then the simple `onEdit(e)` (LIMITED) and installable ON_EDIT triggers
   * (FULL, as their owners) run. Returns the simple trigger's run (or undefined if no onEdit).
   */
  edit(sheetName: string, a1: string, value: unknown, options: { user?: string } = {}): RunResult | undefined {
    const user = options.user ?? this.user;
    const g = this.services({ user });
    const range = g.SpreadsheetApp.getActive().getSheetByName(sheetName)?.getRange(a1);
    if (!range) throw new Error(`Fake: no sheet named ${sheetName}`);
    const oldValue = range.getValue();
    range.setValue(value);
    const makeEvent = (authMode: string, uid?: string) => (gg: GasGlobals) => {
      const ss = gg.SpreadsheetApp.getActive();
      const r = ss.getSheetByName(sheetName)!.getRange(a1);
      return { authMode, range: r, source: ss, user: gg.Session.getActiveUser(), value: r.getDisplayValue(), oldValue: oldValue === '' ? undefined : String(oldValue), ...(uid ? { triggerUid: uid } : {}) };
    };
    let simple: RunResult | undefined;
    const defined = this.#script ? this.#hasFunction('onEdit') : false;
    if (defined) simple = this.run('onEdit', makeEvent('LIMITED'), { user, authMode: 'LIMITED' });
    for (const t of triggerStore(this.runtime).triggers.filter((x) => x.eventType === 'ON_EDIT' && x.sourceId === this.spreadsheetState.id)) {
      this.run(t.handler, makeEvent('FULL', t.uid), { user: t.owner, activeUser: user, triggerUid: t.uid, hasUi: true });
    }
    return simple;
  }

  #functionNames: Set<string> | undefined;
  #hasFunction(name: string): boolean {
    if (this.#functionNames) return this.#functionNames.has(name);
    const context = vm.createContext({});
    vm.runInContext(DATE_PRELUDE, context);
    Object.assign(context, this.services());
    try {
      this.#script!.runInContext(context, { timeout: this.#vmTimeoutMs });
    } catch {
      return false;
    }
    const names = new Set(Object.keys(context).filter((k) => typeof (context as Record<string, unknown>)[k] === 'function'));
    this.#functionNames = names;
    return names.has(name);
  }

  /**
   * The user clicks a menu item shown by an earlier `addToUi()` (captions path, e.g.
   * `['Casekeeper', 'Sync calendar']`; an add-on menu's first caption is 'Add-on').
   */
  clickMenu(path: string[], options: RunOptions = {}): RunResult {
    const [top, ...rest] = path;
    const menu = this.runtime.uiHistory.menus.find((m) => m.caption === top);
    if (!menu) throw new Error(`Fake: no menu "${top}" (menus: ${this.runtime.uiHistory.menus.map((m) => m.caption).join(', ') || 'none'})`);
    let items: MenuEntry[] = menu.items;
    let found: MenuEntry | undefined;
    for (const caption of rest) {
      found = items.find((i) => i.type !== 'separator' && i.caption === caption);
      if (!found) throw new Error(`Fake: no menu item "${caption}" in ${path.join(' > ')}`);
      if (found.type === 'submenu') items = found.items;
    }
    if (!found || found.type !== 'item') throw new Error(`Fake: ${path.join(' > ')} is not a clickable item`);
    return this.run(found.functionName, undefined, options);
  }

  /** Menus currently shown, as captions (`'Casekeeper > Sync calendar'`, separators as `---`). */
  menuCaptions(): string[] {
    const out: string[] = [];
    const walk = (prefix: string, items: MenuEntry[]): void => {
      for (const i of items) {
        if (i.type === 'separator') out.push(`${prefix} > ---`);
        else if (i.type === 'item') out.push(`${prefix} > ${i.caption}`);
        else walk(`${prefix} > ${i.caption}`, i.items);
      }
    };
    for (const m of this.runtime.uiHistory.menus) walk(m.caption, m.items);
    return out;
  }
}

/** Creates an environment: one spreadsheet, calendars, stores, triggers, locks and a fake clock. */
export function createGasEnvironment(options: GasEnvironmentOptions = {}): GasEnvironment {
  return new GasEnvironment(options);
}

export { FakeRange, FakeSheet, FakeSpreadsheet };
export type { MenuRecord as ShownMenu };
