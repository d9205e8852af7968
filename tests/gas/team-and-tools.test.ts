import { describe, expect, it } from 'vitest';
import { cell, cellOf, click, expectNoDuplicates, messageOf, ourEvents, setUp, shown, trackerEnv, typeStudents } from './tracker-env.ts';
import type { GasEnvironment } from './harness.ts';

const ANA = 'ana@school.example';
const BEN = 'ben@school.example';

function setting(env: GasEnvironment, label: string, value: unknown): void {
  const rows = env.getValues('Settings');
  const index = rows.findIndex((r) => r[0] === label);
  if (index < 0) throw new Error(`No setting ${label}`);
  env.setValues('Settings', `B${index + 1}`, [[value]]);
}

function team(): GasEnvironment {
  const env = trackerEnv({ user: ANA, editors: [BEN] });
  setUp(env);
  typeStudents(env, [
    { 'Student ID': 'S1', 'Case Manager': ANA, 'Last IEP Date': '2025-12-20' },
    { 'Student ID': 'S2', 'Case Manager': BEN, 'Last IEP Date': '2026-02-10' },
    { 'Student ID': 'S3', 'Case Manager': ANA, 'Last IEP Date': '2026-05-01' },
  ]);
  return env;
}

const idsOn = (env: GasEnvironment, owner: string) => {
  const cals = env.services({ user: owner }).CalendarApp.getOwnedCalendarsByName('Casekeeper deadlines');
  return cals.flatMap((c) => env.events(c.getId()).map((e) => e.title.replace(/^.*\((S\d+)\)$/, '$1'))).sort();
};

describe('team mode', () => {
  it('each case manager syncs their own students to their own calendar; a reassigned student moves', () => {
    const env = team();
    setting(env, 'Team mode', 'Each case manager, own calendar');
    click(env, 'syncToCalendar', { user: ANA });
    click(env, 'syncToCalendar', { user: BEN });
    expect(idsOn(env, ANA)).toEqual(['S1', 'S3']);
    expect(idsOn(env, BEN)).toEqual(['S2']);
    env.setValues('Caseload', cellOf(env, 'Case Manager', 4), [[BEN]]);
    click(env, 'syncToCalendar', { user: ANA });
    click(env, 'syncToCalendar', { user: BEN });
    expect(idsOn(env, ANA)).toEqual(['S1']);
    expect(idsOn(env, BEN)).toEqual(['S2', 'S3']);
    expectNoDuplicates(env);
  });

  it('everyone to one team calendar: one sync covers every student; a colleague without access is told what to ask for', () => {
    const env = team();
    setting(env, 'Team mode', 'Everyone, one team calendar');
    const run = click(env, 'syncToCalendar', { user: ANA });
    expect(messageOf(run)).toMatch(/3 added/);
    expect(idsOn(env, ANA)).toEqual(['S1', 'S2', 'S3']);
    expect(env.properties('document')['casekeeper.calendarId']).toBeTruthy();
    const other = click(env, 'syncToCalendar', { user: BEN });
    expect(messageOf(other)).toMatch(/can't open the team calendar .*share it with you/s);
    expect(ourEvents(env)).toHaveLength(3);
  });

  it('the installable edit trigger appends who changed which row and column, and never the value', () => {
    const env = team();
    env.edit('Caseload', cellOf(env, 'Last IEP Date', 3), '2026-02-11', { user: BEN });
    const audit = env.getValues('Audit');
    const last = audit.at(-1)!;
    expect(last[1]).toBe(BEN);
    expect(last[2]).toBe('Edit');
    expect(last[3]).toBe('Caseload row 3, column "Last IEP Date"');
    expect(JSON.stringify(audit)).not.toMatch(/2026-02-11|S2/);
  });

  it('"Show only my students" filters the Caseload tab to the signed-in case manager', () => {
    const env = team();
    const run = click(env, 'myStudents', { user: BEN });
    expect(messageOf(run)).toMatch(/Showing the students whose Case Manager is ben@school\.example/);
    const filter = env.sheet('Caseload').getFilter();
    expect(filter).not.toBeNull();
    const position = env.getValues('Caseload')[0]!.indexOf('Case Manager') + 1;
    expect(filter!.getColumnFilterCriteria(position)?.getCriteriaValues()).toEqual([BEN]);
  });
});

describe('daily refresh, settings, student card and import', () => {
  it('installs at most one daily refresh trigger, which refreshes, and removes it from the menu', () => {
    const env = trackerEnv();
    setUp(env);
    click(env, 'installDailyRefresh');
    expect(messageOf(click(env, 'installDailyRefresh'))).toMatch(/already installed/);
    const timers = env.triggers().filter((t) => t.handler === 'casekeeperTimer');
    expect(timers).toHaveLength(1);
    // In the spreadsheet's time zone, at 6 a.m.
    expect(timers[0]?.schedule).toMatchObject({ kind: 'daily', hour: 6, timeZone: env.spreadsheetState.timeZone });
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2025-12-20' }]);
    const [run] = env.runPendingTriggers({ withinMs: 86_400_000, maxRuns: 1 });
    expect(run?.error).toBeUndefined();
    expect(shown(env, 'Next due date', 2)).toBe('2026-12-19');
    click(env, 'removeDailyRefresh');
    expect(env.triggers().filter((t) => t.handler === 'casekeeperTimer')).toHaveLength(0);
  });

  it('reads thresholds and state from the Settings tab, and names a bad setting without stopping', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2025-12-20' }]);
    setting(env, 'Soon within (days)', 10);
    click(env, 'refreshDeadlines');
    expect(cell(env, 'Status', 2)).toBe('Upcoming');
    // A cell that only warns (a number, or "none"): the bad value is named with what it takes.
    setting(env, 'Meeting notice (days)', 'soon-ish');
    const run = click(env, 'refreshDeadlines');
    expect(messageOf(run)).toMatch(/"Meeting notice \(days\)": "soon-ish" cannot be used here\. Type a whole number from 0 to 60, or "none", or leave it blank for the default \(the state's\)\. Using the default/);
    const settings = click(env, 'settings');
    expect(settings.error).toBeUndefined();
    expect(env.services().SpreadsheetApp.getActive().getActiveSheet().getName()).toBe('Settings');
  });

  it('the student card shows the selected student\'s deadlines with basis, and names as text only', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'First Name': '<img src=x onerror=alert(1)>', 'Last IEP Date': '2025-12-20' }]);
    click(env, 'refreshDeadlines');
    env.range('Caseload', 'B2').activate();
    const run = click(env, 'studentCard');
    const html = run.sidebars[0]?.html ?? '';
    expect(html).toMatch(/Annual IEP review: 2026-12-19/);
    expect(html).toMatch(/34 CFR 300\.324/);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    typeStudents(env, [{ 'Student ID': 'S2', 'Last IEP Date': '13/45/2025' }]);
    env.range('Caseload', 'A3').activate();
    const problem = click(env, 'studentCard').sidebars[0]?.html ?? '';
    expect(problem).toMatch(/This row needs fixing/);
    expect(problem).toMatch(/no month 13/);
    env.range('Settings', 'A1').activate();
    expect(messageOf(click(env, 'studentCard'))).toMatch(/Click a student's row on the Caseload tab first/);
  });

  it('Import CSV… merges by Student ID: never duplicates, keeps leading zeros, keeps formulas as text, reports bad cells', () => {
    const env = trackerEnv();
    setUp(env);
    expect(click(env, 'importCsv').dialogs[0]?.title).toBe('Import into Casekeeper');
    const csv = 'Student ID,First Name,IEP Date,Notes\n00123,Ana,12/20/2025,=HYPERLINK("x")\nS2,Bo,13/45/2025,\n';
    expect(env.run('importFromDialog', { kind: 'csv', text: '' }).error?.message).toMatch(/Choose a file or paste its text first/);
    expect(env.run('importFromDialog', { kind: 'csv', text: 'Name,Grade\nAna,3\n' }).error?.message).toMatch(/Nothing was imported/);
    const imported = runImport(env, 'csv', csv);
    expect(imported).toMatch(/Imported 2 students: 2 added, 0 updated, 0 unchanged/);
    expect(imported).toMatch(/CSV row 3, Last IEP Date: "13\/45\/2025" has no month 13/);
    expect(cell(env, 'Student ID', 2)).toBe('00123');
    expect(cell(env, 'Notes', 2)).toBe('=HYPERLINK("x")');
    expect(shown(env, 'Due: annual review', 2)).toBe('2026-12-19');
    const again = runImport(env, 'csv', 'Student ID,IEP Date\n00123,1/5/2026\nS3,2/2/2026\n');
    expect(again).toMatch(/1 added, 1 updated, 0 unchanged/);
    expect(env.getValues('Caseload').filter((r) => r[0] !== '').length).toBe(4);
    expect(shown(env, 'Last IEP Date', 2)).toBe('2026-01-05');
  });

  it('imports a district .ics into the School Calendar tab', () => {
    const env = trackerEnv();
    setUp(env);
    const ics = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//District//EN',
      'BEGIN:VEVENT', 'UID:1', 'DTSTART;VALUE=DATE:20250825', 'DTEND;VALUE=DATE:20250826', 'SUMMARY:First Day of School', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:2', 'DTSTART;VALUE=DATE:20251124', 'DTEND;VALUE=DATE:20251129', 'SUMMARY:Thanksgiving Break - No School', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:3', 'DTSTART;VALUE=DATE:20260612', 'DTEND;VALUE=DATE:20260613', 'SUMMARY:Last Day of School', 'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const message = runImport(env, 'ics', ics);
    expect(message).toMatch(/School calendar imported: 1 school year/);
    const rows = env.getDisplayValues('School Calendar').slice(1).filter((r) => r[0] !== '');
    expect(rows.map((r) => r.slice(0, 4))).toEqual(expect.arrayContaining([['School year', '2025–2026', '2025-08-25', '2026-06-12']]));
  });
});

/** Sends text through the dialog's server function, as google.script.run would; returns its message. */
function runImport(env: GasEnvironment, kind: 'csv' | 'ics', text: string): string {
  const run = env.run('importFromDialog', { kind, text });
  expect(run.error).toBeUndefined();
  return String(run.result);
}
