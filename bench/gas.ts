/**
 * The Sheets add-on on a 2,000-row tracker, run as Apps Script would run the built Code.js (fresh vm per
 * execution over the in-memory Google fakes): service calls for a refresh (should not grow with rows),
 * calendar writes for a re-sync with nothing changed (should be 0), calendar round trips per event on a
 * first full sync (target ≤ 1.5), refresh calls with 10,000 Service Log rows (constant), calls for a first full sync (should
 * be the number of events plus a constant per event kind of work), and the bundle size.
 */
import { buildGas } from '../apps-script/build.ts';
import { MENU_ITEMS, MENU_TITLE } from '../apps-script/menu.ts';
import { type GasEnvironment, createGasEnvironment } from '../tests/gas/harness.ts';
import { tableSpec } from '../shared/index.ts';
import { report } from './lib/measure.ts';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A tracker of `rows` students: last IEP dates over the past year, birthdays for ages 5–18. */
function tracker(rows: number, code: string): GasEnvironment {
  const env = createGasEnvironment({ now: '2026-11-23T15:00:00Z', calendarDailyQuota: 10_000 });
  env.loadBundle(code);
  env.openSpreadsheet();
  env.clickMenu([MENU_TITLE, MENU_ITEMS.setUpTracker.caption]);
  const headers = (env.getValues('Caseload')[0] ?? []).map(String);
  const col = (h: string) => headers.indexOf(h);
  const width = Math.max(col('Student ID'), col('Last IEP Date'), col('Date of Birth'), col('First Name')) + 1;
  const values = Array.from({ length: rows }, (_, i) => {
    const row: unknown[] = new Array(width).fill(null);
    row[col('Student ID')] = `B${100000 + i}`;
    row[col('First Name')] = `Kid${i}`;
    row[col('Last IEP Date')] = `2026-${pad((i % 11) + 1)}-${pad((i % 27) + 1)}`;
    row[col('Date of Birth')] = `${2008 + (i % 14)}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`;
    return row;
  });
  env.setValues('Caseload', 'A2', values);
  return env;
}

function click(env: GasEnvironment, item: keyof typeof MENU_ITEMS) {
  return env.clickMenu([MENU_TITLE, MENU_ITEMS[item].caption]);
}

const CALENDAR_WRITE = /^Calendar(Event)?\.(create|set|add|remove|delete)|^Calendar\.Events\.(insert|patch|remove)/;

/**
 * One weekly service per student on the Services tab (so Refresh computes compliance over the log), then
 * `rows` Service Log rows for them (a year of sessions for a big caseload is ~400,000).
 */
function serviceLog(env: GasEnvironment, rows: number): void {
  const students = env.getValues('Caseload').length - 1;
  const services = (env.getValues('Services')[0] ?? []).map(String);
  env.setValues('Services', 'A2', Array.from({ length: students }, (_, i) => {
    const row: unknown[] = new Array(tableSpec('services').columns.length).fill('');
    row[services.indexOf('Student ID')] = `B${100000 + i}`;
    row[services.indexOf('Service ID')] = 'svc-00000001';
    row[services.indexOf('Service')] = 'Speech-language therapy';
    row[services.indexOf('Frequency and Duration')] = '30 min 1x/week';
    row[services.indexOf('Start Date')] = '2026-08-24';
    return row;
  }));
  const sessions = (env.getValues('Service Log')[0] ?? []).map(String);
  const values = Array.from({ length: rows }, (_, i) => {
    const row: unknown[] = new Array(sessions.length - 1).fill('');
    row[sessions.indexOf('Session ID')] = `ses-${String(i).padStart(8, '0')}`;
    row[sessions.indexOf('Student ID')] = `B${100000 + (i % 200)}`;
    row[sessions.indexOf('Service ID')] = 'svc-00000001';
    row[sessions.indexOf('Date')] = `2026-${pad((i % 11) + 1)}-${pad((i % 27) + 1)}`;
    row[sessions.indexOf('Minutes')] = 30;
    row[sessions.indexOf('Outcome')] = 'Delivered';
    return row;
  });
  env.services().SpreadsheetApp.getActive().getSheetByName('Service Log')!.insertRowsAfter(1, rows);
  env.setValues('Service Log', 'A2', values);
}

export async function run(): Promise<void> {
  const built = await buildGas();
  report('gas bundle size (Code.js, minified)', built.bytes / 1024, 'KB');

  const refreshCalls = (rows: number) => {
    const env = tracker(rows, built.codePath);
    click(env, 'refreshDeadlines'); // first refresh also writes the new row keys
    return click(env, 'refreshDeadlines').calls.total;
  };
  const small = refreshCalls(200);
  // (all calls, local getters included)
  const big = refreshCalls(2000);
  report('gas refresh service calls, 200 rows', small, 'calls');
  report('gas refresh service calls, 2,000 rows', big, 'calls', small);

  // Refresh reads every table tab in one batch each: the calls do not grow with Service Log rows.
  const withLog = (rows: number) => {
    const env = tracker(200, built.codePath);
    serviceLog(env, rows);
    click(env, 'refreshDeadlines'); // first refresh also writes ids and notes
    return click(env, 'refreshDeadlines').calls.total;
  };
  const log100 = withLog(100);
  report('gas refresh service calls, 200 students + 100 Service Log rows', log100, 'calls');
  report('gas refresh service calls, 200 students + 10,000 Service Log rows', withLog(10_000), 'calls', log100);

  const env = tracker(2000, built.codePath);
  env.counters.reset();
  const first = click(env, 'syncToCalendar');
  const runs = [first, ...env.runPendingTriggers({ withinMs: 86_400_000, maxRuns: 100 })];
  const events = env.events().filter((e) => e.tags.casekeeper !== undefined).length;
  const counts = env.counters.snapshot();
  const creates = counts.byKey['Calendar.Events.insert'] ?? 0;
  const calendarWrites = Object.entries(counts.byKey).filter(([k]) => CALENDAR_WRITE.test(k)).reduce((n, [, v]) => n + v, 0);
  report('gas first full sync: events on the calendar (2,000 rows)', events, 'events');
  report('gas first full sync: events created', creates, 'creates', events);
  report('gas first full sync: calendar writes (one insert per event)', calendarWrites, 'writes', events);
  const calendarCalls = Object.entries(counts.byKey).filter(([k]) => /^Calendar/.test(k)).reduce((n, [, v]) => n + v, 0);
  report('gas first full sync: calendar round trips per event (target ≤ 1.5)', calendarCalls / Math.max(1, events), 'calls/event', 1.5);
  const server = counts.byKind.read + counts.byKind.write;
  report('gas first full sync: server round trips (reads + writes)', server, 'calls');
  report('gas first full sync: server round trips per event', server / Math.max(1, events), 'calls/event');
  report('gas first full sync: local getters (no round trip)', counts.byKind.local, 'calls');
  report('gas first full sync: executions (6-minute limit, continuation triggers)', runs.length, 'runs');
  report('gas first full sync: runs that timed out or failed', runs.filter((r) => r.timedOut || r.error).length, 'runs', 0);

  env.counters.reset();
  const again = click(env, 'syncToCalendar');
  const resyncCounts = env.counters.snapshot();
  const resyncWrites = Object.entries(resyncCounts.byKey).filter(([k]) => CALENDAR_WRITE.test(k)).reduce((n, [, v]) => n + v, 0);
  report('gas re-sync, nothing changed: calendar writes', resyncWrites, 'writes', 0);
  report('gas re-sync, nothing changed: server round trips', resyncCounts.byKind.read + resyncCounts.byKind.write, 'calls');
  report('gas re-sync, nothing changed: local getters', resyncCounts.byKind.local, 'calls');
  report('gas re-sync, nothing changed: fake Apps Script time', again.elapsedMs / 1000, 's', 300);
}
