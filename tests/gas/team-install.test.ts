import { describe, expect, it } from 'vitest';
import { BUNDLE, cell, cellOf, click, drainTriggers, expectNoDuplicates, headers, messageOf, ourEvents, setUp, shown, trackerEnv, typeStudents } from './tracker-env.ts';
import { type GasEnvironment, createGasEnvironment } from './harness.ts';

const OWNER = 'owner@school.example';
const LATER = 'newhire@school.example';

function setting(env: GasEnvironment, label: string, value: unknown): void {
  const rows = env.getValues('Settings');
  const index = rows.findIndex((r) => r[0] === label);
  if (index < 0) throw new Error(`No setting ${label}`);
  env.setValues('Settings', `B${index + 1}`, [[value]]);
}

describe('a tracker the whole team can use', () => {
  it('a teammate added after set-up refreshes, adds a student and syncs; their due dates appear', () => {
    const env = trackerEnv({ user: OWNER });
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'Case Manager': OWNER, 'Last IEP Date': '2025-12-20' }]);
    // The owner shares the spreadsheet with a new colleague weeks later.
    env.services({ user: OWNER }).SpreadsheetApp.getActive().addEditor(LATER);
    const refreshed = click(env, 'refreshDeadlines', { user: LATER });
    expect(refreshed.error).toBeUndefined();
    expect(messageOf(refreshed)).toMatch(/1 student up to date/);
    // The colleague types a student of their own, as a person would.
    const row = env.getValues('Caseload').length + 1;
    env.edit('Caseload', cellOf(env, 'Student ID', row), 'S2', { user: LATER });
    env.edit('Caseload', cellOf(env, 'Last IEP Date', row), '2026-02-10', { user: LATER });
    const synced = click(env, 'syncToCalendar', { user: LATER });
    expect(synced.error).toBeUndefined();
    expect(messageOf(synced)).toMatch(/up to date: 2 added/);
    expect(shown(env, 'Due: annual review', row)).toBe('2027-02-09');
    expect(ourEvents(env).map((e) => e.title)).toEqual(expect.arrayContaining([expect.stringMatching(/\(S2\)$/)]));
    // Casekeeper's columns only warn; the Audit tab took the teammate's run and edits.
    const audit = env.getValues('Audit');
    expect(audit.some((r) => r[1] === LATER && String(r[2]).startsWith('Sync to Calendar'))).toBe(true);
  });

  it('a hand edit of the Audit tab is itself logged, and the tab only warns', () => {
    const env = trackerEnv({ user: OWNER, editors: [LATER] });
    setUp(env);
    const protections = env.sheet('Audit').getProtections(env.services().SpreadsheetApp.ProtectionType.SHEET);
    expect(protections.map((p) => p.isWarningOnly())).toEqual([true]);
    env.edit('Audit', 'C2', 'nothing happened', { user: LATER });
    const last = env.getValues('Audit').at(-1)!;
    expect(last.slice(1, 4)).toEqual([LATER, 'Audit tab edited by hand', 'Audit row 2, column "Action"']);
  });
});

describe('set-up never takes over what is yours', () => {
  it('your own "Status" column survives set-up untouched; Casekeeper adds "Status (Casekeeper)" after you agree', () => {
    const env = trackerEnv({ sheets: ['Caseload'] });
    env.setValues('Caseload', 'A1', [['Student ID', 'Status', 'Last IEP Date'], ['S1', 'Active', '2025-12-20'], ['S2', 'Exited', '2026-02-10']]);
    const declined = click(env, 'setUpTracker', { alertResponses: ['NO'] });
    expect(declined.alerts[0]?.prompt).toMatch(/Your column "Status" on "Caseload" stays yours, untouched: Casekeeper adds its own column "Status \(Casekeeper\)"/);
    expect(messageOf(declined)).toMatch(/Nothing was changed/);
    expect(env.spreadsheetState.sheets.map((s) => s.name)).toEqual(['Caseload']);
    expect(headers(env)).toEqual(['Student ID', 'Status', 'Last IEP Date']);

    const agreed = click(env, 'setUpTracker', { alertResponses: ['YES'] });
    expect(agreed.error).toBeUndefined();
    expect(env.getValues('Caseload', 'B1:B3')).toEqual([['Status'], ['Active'], ['Exited']]);
    expect(headers(env)).toContain('Status (Casekeeper)');
    expect(cell(env, 'Status (Casekeeper)', 2)).toBe('Soon');
    expect(shown(env, 'Due: annual review', 2)).toBe('2026-12-19');
    // Running set-up and refresh again finds Casekeeper's columns by their marks: no new clash, no new column.
    const again = click(env, 'setUpTracker');
    expect(again.alerts).toHaveLength(1);
    click(env, 'refreshDeadlines');
    expect(headers(env).filter((h) => h.startsWith('Status'))).toEqual(['Status', 'Status (Casekeeper)']);
    expect(env.getValues('Caseload', 'B2:B3')).toEqual([['Active'], ['Exited']]);
  });

  it('your own "Audit" tab stays yours: Casekeeper logs to "Audit (Casekeeper)"', () => {
    const env = trackerEnv({ sheets: ['Sheet1', 'Audit'] });
    env.setValues('Audit', 'A1', [['Date', 'Auditor'], ['2026-01-01', 'District']]);
    const run = click(env, 'setUpTracker');
    expect(run.alerts[0]?.prompt).toMatch(/Your tab "Audit" is yours: Casekeeper makes its own tab "Audit \(Casekeeper\)"/);
    expect(env.getValues('Audit')).toEqual([['Date', 'Auditor'], [expect.any(Date), 'District']]);
    expect(env.getValues('Audit (Casekeeper)')[1]?.[2]).toBe('Set up tracker');
    click(env, 'refreshDeadlines');
    expect(env.getValues('Audit')).toHaveLength(2);
  });

  it('set-up on an existing empty "Caseload" tab uses it', () => {
    const env = trackerEnv({ sheets: ['Caseload'] });
    const run = setUp(env);
    expect(run.alerts).toHaveLength(1);
    expect(headers(env).slice(0, 3)).toEqual(['Student ID', 'First Name', 'Last Name']);
    expect(env.spreadsheetState.sheets.filter((s) => s.name.startsWith('Caseload'))).toHaveLength(1);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2025-12-20' }]);
    click(env, 'refreshDeadlines');
    expect(shown(env, 'Next due date', 2)).toBe('2026-12-19');
  });
});

describe('state per spreadsheet', () => {
  it('two trackers on one calendar keep their own events', () => {
    const a = trackerEnv({ user: OWNER, spreadsheetId: 'sheet-a' });
    const b = createGasEnvironment({ user: OWNER, spreadsheetId: 'sheet-b', sameGoogleAs: a });
    b.loadBundle(BUNDLE);
    b.openSpreadsheet();
    setUp(a);
    setUp(b);
    typeStudents(a, [{ 'Student ID': 'A1', 'Last IEP Date': '2025-12-20' }, { 'Student ID': 'A2', 'Last IEP Date': '2026-01-20' }]);
    typeStudents(b, [{ 'Student ID': 'B1', 'Last IEP Date': '2026-03-01' }]);
    click(a, 'syncToCalendar');
    const calendarId = ourEvents(a)[0]!.calendarId;
    setting(b, 'Calendar ID (optional)', calendarId);
    expect(messageOf(click(b, 'syncToCalendar'))).toMatch(/1 added, 0 updated, 0 removed/);
    const titles = () => a.events(calendarId).map((e) => e.title.replace(/^.*\((\w+)\)$/, '$1')).sort();
    expect(titles()).toEqual(['A1', 'A2', 'B1']);
    // Each tracker's clean-up touches only its own events: B's row goes, A's events stay.
    b.sheet('Caseload').deleteRow(2);
    expect(messageOf(click(b, 'syncToCalendar'))).toMatch(/0 added, 0 updated, 1 removed/);
    expect(messageOf(click(a, 'syncToCalendar'))).toMatch(/0 added, 0 updated, 0 removed, 2 already right/);
    expect(titles()).toEqual(['A1', 'A2']);
    // Checkpoints and calendar ids are the document's, never the person's.
    expect(Object.keys(a.properties('user'))).toEqual([]);
    expect(a.properties('document')[`casekeeper.calendarId:${OWNER}`]).toBe(calendarId);
    expect(b.properties('document')[`casekeeper.calendarId:${OWNER}`]).toBeUndefined();
  });

  it('a hand-deleted event (cancelled in Google Calendar, still found by id) is recreated by the next sync', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2025-12-20' }, { 'Student ID': 'S2', 'Last IEP Date': '2026-02-10' }]);
    click(env, 'syncToCalendar');
    const s2 = ourEvents(env).find((e) => e.title.endsWith('(S2)'))!;
    env.deleteEventByHand(s2.id);
    expect(env.services().Calendar.Events.get(s2.calendarId, s2.id.replace('@google.com', '')).status).toBe('cancelled');
    const run = click(env, 'syncToCalendar');
    expect(messageOf(run)).toMatch(/1 added, 0 updated, 0 removed, 1 already right/);
    expect(run.calls.byKey['Calendar.Events.get']).toBe(1);
    expect(ourEvents(env).filter((e) => e.title.endsWith('(S2)'))).toHaveLength(1);
    expect(String(cell(env, 'Calendar events (Casekeeper)', 3))).not.toContain(s2.id.replace('@google.com', ''));
  });
});

describe('upgrading a tracker synced by an earlier Casekeeper', () => {
  it('events tagged before the spreadsheet id existed are adopted and tagged once, never duplicated; other trackers\' are left alone', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2025-12-20' }, { 'Student ID': 'S2', 'Last IEP Date': '2026-02-10' }]);
    click(env, 'syncToCalendar');
    const calendarId = ourEvents(env)[0]!.calendarId;
    // Turn the calendar into what the CalendarApp version left: same events, no spreadsheet id.
    const store = env.services().CalendarApp.getCalendarById(calendarId)!;
    for (const event of store.getEvents(new Date('2020-01-01'), new Date('2040-01-01'))) event.deleteTag('casekeeperSheet');
    const stranger = store.createAllDayEvent('Another tracker', new Date('2026-12-01T12:00:00Z'));
    stranger.setTag('casekeeper', 'k0123456789abcdef|annual-review|0#0123456789abcdef');
    env.services().PropertiesService.getDocumentProperties().deleteProperty(`casekeeper.sheetTagged:${calendarId}`);
    const run = click(env, 'syncToCalendar');
    expect(messageOf(run)).toMatch(/0 added, 2 updated, 0 removed/);
    expect(ourEvents(env)).toHaveLength(3);
    expect(ourEvents(env).filter((e) => e.tags.casekeeperSheet === env.spreadsheetState.id)).toHaveLength(2);
    expect(messageOf(click(env, 'syncToCalendar'))).toMatch(/0 added, 0 updated, 0 removed, 2 already right/);
  });
});

describe('a large first sync within Editor add-on trigger rules', () => {
  it('2,000 students: the first sync continues hourly by one trigger and finishes, each event once', { timeout: 240_000 }, () => {
    const env = trackerEnv({ calendarDailyQuota: 20_000, vmTimeoutMs: 60_000 });
    setUp(env);
    const students = Array.from({ length: 2000 }, (_, i) => ['S' + String(i + 1).padStart(4, '0'), `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`]);
    const at = headers(env).indexOf('Last IEP Date');
    env.setValues('Caseload', 'A2', students.map(([id, date]) => [id, ...new Array(at - 1).fill(''), date]));
    const first = click(env, 'syncToCalendar');
    expect(first.error).toBeUndefined();
    expect(messageOf(first)).toMatch(/still to sync; Casekeeper continues by itself/);
    const timers = env.triggers().filter((t) => t.eventType === 'CLOCK');
    expect(timers).toHaveLength(1);
    expect(timers[0]?.schedule).toMatchObject({ kind: 'every', intervalMs: 3_600_000 });
    const runs = drainTriggers(env);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => !r.timedOut && !r.error)).toBe(true);
    expect(env.triggers().filter((t) => t.eventType === 'CLOCK')).toHaveLength(0);
    const events = ourEvents(env);
    expect(new Set(events.map((e) => e.title.replace(/^.*\((S\d+)\)$/, '$1'))).size).toBe(2000);
    expectNoDuplicates(env);
    // At most 1.5 calendar round trips per event over the whole first sync.
    const calls = env.counters.count('calendar');
    expect(calls / events.length).toBeLessThanOrEqual(1.5);
  });
});
