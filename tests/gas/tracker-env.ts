/**
 * Test support for the end-to-end tests in tests/gas: an environment with the built bundle loaded, the
 * tracker set up, and helpers that read and write the Caseload tab by header name, as a case manager
 * would. Not part of the add-on bundle.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { type GasEnvironment, type GasEnvironmentOptions, type RunResult, createGasEnvironment } from './harness.ts';
import { MENU_ITEMS, MENU_TITLE } from '../../apps-script/menu.ts';
import { EVENT_TAG } from '../../apps-script/calendar/event-spec.ts';

export const BUNDLE = join(import.meta.dirname, '../../dist/apps-script/Code.js');

/** An environment with the bundle loaded and the spreadsheet opened (menu shown). */
export function trackerEnv(options: GasEnvironmentOptions = {}): GasEnvironment {
  const env = createGasEnvironment({ now: '2026-11-23T15:00:00Z', ...options });
  env.loadBundle(BUNDLE);
  env.openSpreadsheet();
  return env;
}

/** Clicks a Casekeeper menu item by its key in MENU_ITEMS. */
export function click(env: GasEnvironment, item: keyof typeof MENU_ITEMS, options: Parameters<GasEnvironment['clickMenu']>[1] = {}): RunResult {
  return env.clickMenu([MENU_TITLE, MENU_ITEMS[item].caption], options);
}

/** The message an alert (or, without UI, a toast) showed. */
export function messageOf(run: RunResult): string {
  const alert = run.alerts.at(-1);
  if (alert) return `${alert.title ?? ''}\n${alert.prompt}`;
  return run.toasts.map((t) => `${t.title}\n${t.message}`).join('\n');
}

/** Runs Set up tracker and checks it succeeded. */
export function setUp(env: GasEnvironment): RunResult {
  const run = click(env, 'setUpTracker');
  expect(run.error).toBeUndefined();
  return run;
}

/** The Caseload header row. */
export function headers(env: GasEnvironment): string[] {
  return (env.getValues('Caseload')[0] ?? []).map(String);
}

function columnLetter(position: number): string {
  let n = position + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a header's cell in a row. */
export function cellOf(env: GasEnvironment, header: string, row: number): string {
  const index = headers(env).indexOf(header);
  if (index < 0) throw new Error(`No column "${header}"`);
  return `${columnLetter(index)}${row}`;
}

/** Types students into the Caseload tab from `firstRow` (default: after the last row), by header. */
export function typeStudents(env: GasEnvironment, students: Record<string, unknown>[], firstRow?: number): number {
  const hs = headers(env);
  const start = firstRow ?? env.getValues('Caseload').length + 1;
  const lastUsed = Math.max(...students.flatMap((s) => Object.keys(s).map((k) => hs.indexOf(k))));
  for (const s of students) for (const k of Object.keys(s)) if (!hs.includes(k)) throw new Error(`No column "${k}"`);
  const rows = students.map((s) => hs.slice(0, lastUsed + 1).map((h) => (h in s ? s[h] : null)));
  env.setValues('Caseload', `A${start}`, rows);
  return start;
}

/** One cell's value (as the script reads it) by header and row. */
export function cell(env: GasEnvironment, header: string, row: number): unknown {
  return env.getValues('Caseload', cellOf(env, header, row))[0]?.[0];
}

/** One cell's displayed text by header and row. */
export function shown(env: GasEnvironment, header: string, row: number): string {
  return env.getDisplayValues('Caseload', cellOf(env, header, row))[0]?.[0] ?? '';
}

/** Casekeeper's events on every calendar (title, date, calendar). */
export function ourEvents(env: GasEnvironment) {
  return env.events().filter((e) => e.tags[EVENT_TAG] !== undefined || e.description.includes('[casekeeper '));
}

/** Fails when two of our events carry the same deadline key. */
export function expectNoDuplicates(env: GasEnvironment): void {
  const keys = ourEvents(env).map((e) => `${e.calendarId}:${(e.tags[EVENT_TAG] ?? '').split('#')[0]}`);
  expect(keys.length).toBe(new Set(keys).size);
}

/** Runs every pending time trigger (continuations) until none is left within `withinMs`. */
export function drainTriggers(env: GasEnvironment, withinMs = 3 * 86_400_000): RunResult[] {
  return env.runPendingTriggers({ withinMs, maxRuns: 200 });
}

/** Writes rows onto a table tab by header, after its last row. */
export function typeRows(env: GasEnvironment, tab: string, rows: Record<string, unknown>[]): void {
  const hs = (env.getValues(tab)[0] ?? []).map(String);
  for (const r of rows) for (const k of Object.keys(r)) if (!hs.includes(k)) throw new Error(`No column "${k}" on ${tab}`);
  const start = env.getValues(tab).length + 1;
  env.setValues(tab, `A${start}`, rows.map((r) => hs.map((h) => (h in r ? r[h] : null))));
}

/** The rows of a tab as objects by header. */
export function rowsOf(env: GasEnvironment, tab: string): Record<string, unknown>[] {
  const [head, ...rows] = env.getValues(tab);
  const hs = (head ?? []).map(String);
  return rows.map((r) => Object.fromEntries(hs.map((h, i) => [h, r[i]])));
}
