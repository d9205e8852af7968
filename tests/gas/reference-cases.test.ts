/**
 * The reference's bad-input and fault cases 13–28 (shared/reference/privacy-reliability.md), each run
 * end to end: the built Code.js in a fresh vm per execution, over the in-memory Google fakes.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_TAG } from '../../apps-script/calendar/event-spec.ts';
import { cell, cellOf, click, drainTriggers, expectNoDuplicates, messageOf, ourEvents, setUp, shown, trackerEnv, typeStudents } from './tracker-env.ts';
import type { GasEnvironment } from './harness.ts';

const THREE = [
  { 'Student ID': 'S1', 'First Name': 'Ana', 'Last Name': 'Diaz', 'Last IEP Date': '2025-12-20' },
  { 'Student ID': 'S2', 'First Name': 'Bo', 'Last Name': 'Lee', 'Last IEP Date': '2026-02-10' },
  { 'Student ID': 'S3', 'First Name': 'Cy', 'Last Name': 'Park', 'Last IEP Date': '2026-05-01' },
];

function ready(students: Record<string, unknown>[] = THREE, options: Parameters<typeof trackerEnv>[0] = {}): GasEnvironment {
  const env = trackerEnv(options);
  setUp(env);
  typeStudents(env, students);
  return env;
}

const sync = (env: GasEnvironment, user?: string) => click(env, 'syncToCalendar', user ? { user } : {});
const refresh = (env: GasEnvironment) => click(env, 'refreshDeadlines');
const agenda = (env: GasEnvironment) =>
  Object.fromEntries(ourEvents(env).map((e) => [e.title.replace(/^.*\((S\d+)\)$/, '$1'), e.startDate ?? '']));
const many = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ 'Student ID': `S${i + 1}`, 'Last IEP Date': `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}` }));

describe('reference cases 13–28 (Sheets add-on)', () => {
  it('case 13: "next week" or 13/45/2025 in a date cell marks the row, keeps its event, and other rows sync', () => {
    const env = ready();
    sync(env);
    const before = agenda(env);
    env.setValues('Caseload', cellOf(env, 'Last IEP Date', 3), [['next week']]);
    env.setValues('Caseload', cellOf(env, 'Last IEP Date', 4), [['13/45/2025']]);
    env.setValues('Caseload', cellOf(env, 'Last IEP Date', 2), [['2026-01-15']]);
    const run = sync(env);
    expect(run.error).toBeUndefined();
    expect(messageOf(run)).toMatch(/2 rows were skipped because of problems/);
    expect(String(cell(env, 'Casekeeper notes', 3))).toMatch(/Last IEP Date: "next week" is not a date/);
    expect(String(cell(env, 'Casekeeper notes', 4))).toMatch(/"13\/45\/2025" has no month 13/);
    expect(agenda(env)).toEqual({ ...before, S1: '2027-01-14' });
    expectNoDuplicates(env);
  });

  it('case 14: a serial number in a date cell is a date (45678 → 2025-01-21); 7 is refused', () => {
    const env = ready([{ 'Student ID': 'S1', 'Last IEP Date': 45678 }, { 'Student ID': 'S2', 'Last IEP Date': 7 }]);
    env.range('Caseload', `${cellOf(env, 'Last IEP Date', 2)}:${cellOf(env, 'Last IEP Date', 3)}`).setNumberFormat('0');
    expect(cell(env, 'Last IEP Date', 2)).toBe(45678);
    refresh(env);
    expect(shown(env, 'Due: annual review', 2)).toBe('2026-01-20');
    expect(String(cell(env, 'Casekeeper notes', 3))).toMatch(/The number 7 is not a date/);
    expect(shown(env, 'Due: annual review', 3)).toBe('');
  });

  it('case 15: 2025-03-09 in a sheet set to America/Los_Angeles stays March 9', () => {
    const env = ready([{ 'Student ID': 'S1', 'Last IEP Date': '2025-03-09', 'Date of Birth': '2011-03-09' }], { timeZone: 'America/Los_Angeles' });
    expect(shown(env, 'Last IEP Date', 2)).toBe('2025-03-09');
    sync(env);
    expect(shown(env, 'Due: annual review', 2)).toBe('2026-03-08');
    expect(ourEvents(env).find((e) => e.title.startsWith('Annual IEP review'))?.startDate).toBe('2026-03-08');
    const card = (() => {
      env.range('Caseload', 'A2').activate();
      return click(env, 'studentCard');
    })();
    expect(card.sidebars[0]?.html, messageOf(card)).toMatch(/2025-03-09/);
  });

  it('case 16: blank rows and formatted-but-empty rows are skipped silently', () => {
    const env = ready([THREE[0]!, {}, {}, THREE[1]!]);
    env.range('Caseload', 'A4:F4').setBackground('#FFF2CC');
    env.range('Caseload', 'A4:F4').setNumberFormat('@');
    const run = sync(env);
    expect(messageOf(run)).toMatch(/2 students up to date|up to date: 2 added/);
    expect(messageOf(run)).not.toMatch(/skipped|need fixing/);
    expect(cell(env, 'Casekeeper notes', 3)).toBe('');
    expect(cell(env, 'Casekeeper notes', 4)).toBe('');
    expect(cell(env, 'Row key (Casekeeper)', 3)).toBe('');
    expect(Object.keys(agenda(env)).sort()).toEqual(['S1', 'S2']);
  });

  it('case 17: merged cells across data rows are reported and those rows skipped', () => {
    const env = ready([...THREE, { 'Student ID': 'S4', 'Last IEP Date': '2026-03-03' }]);
    env.range('Caseload', cellOf(env, 'Notes', 3) + ':' + cellOf(env, 'Notes', 4)).merge();
    const run = sync(env);
    expect(String(cell(env, 'Casekeeper notes', 3))).toMatch(/merged cells/);
    expect(String(cell(env, 'Casekeeper notes', 4))).toMatch(/merged cells/);
    expect(Object.keys(agenda(env)).sort()).toEqual(['S1', 'S4']);
    expect(messageOf(run)).toMatch(/2 rows were skipped/);
  });

  it('case 18: the same student id on two rows flags both; neither creates events; existing events kept', () => {
    const env = ready();
    sync(env);
    const before = agenda(env);
    typeStudents(env, [{ 'Student ID': 'S2', 'Last IEP Date': '2026-08-08' }]);
    const run = sync(env);
    expect(String(cell(env, 'Casekeeper notes', 3))).toMatch(/Student ID "S2" is also on row 5/);
    expect(String(cell(env, 'Casekeeper notes', 5))).toMatch(/Student ID "S2" is also on row 3/);
    expect(agenda(env)).toEqual(before);
    expect(messageOf(run)).toMatch(/0 added, 0 updated, 0 removed/);
  });

  it('case 19: reordered, renamed-case and extra columns still map; a missing required header stops with its name, nothing changed', () => {
    const env = trackerEnv({ sheets: ['Kids'] });
    env.setValues('Kids', 'A1', [['last iep date', 'My notes', 'STUDENT ID', 'first NAME'], ['2025-12-20', 'x', 'S1', 'Ana']]);
    setUp(env);
    expect(shown(env, 'Due: annual review', 2)).toBe('2026-12-19');
    sync(env);
    env.setValues('Caseload', 'C1', [['Pupil']]);
    env.setValues('Caseload', 'A2', [['2025-10-10']]);
    const before = env.getValues('Caseload');
    const events = JSON.stringify(ourEvents(env));
    const run = sync(env);
    expect(messageOf(run)).toMatch(/has no "Student ID" column/);
    expect(messageOf(run)).toMatch(/Nothing was changed/);
    expect(env.getValues('Caseload')).toEqual(before);
    expect(JSON.stringify(ourEvents(env))).toBe(events);
  });

  it('case 20: two people run sync at once: the second is told who is running it; afterwards one event per deadline', () => {
    const env = ready(THREE, { editors: ['colleague@school.example'] });
    let second: ReturnType<typeof sync> | undefined;
    env.afterCall('Calendar.Events.insert', () => {
      second = sync(env, 'colleague@school.example');
    });
    const first = sync(env);
    expect(first.error).toBeUndefined();
    expect(messageOf(second!)).toMatch(/Another sync is running \("Sync to Calendar", started by casemanager@school\.example at 10:0\d AM\)/);
    expect(ourEvents(env)).toHaveLength(3);
    expectNoDuplicates(env);
    expect(messageOf(sync(env))).toMatch(/0 added, 0 updated, 0 removed, 3 already right/);
  });

  it('case 21: a sync longer than the time budget checkpoints, continues by one trigger, and ends as one run would', () => {
    const slow = ready(many(40), { costs: { 'calendar:write': 30_000 } });
    const run = sync(slow);
    expect(run.error).toBeUndefined();
    expect(run.timedOut).toBe(false);
    expect(messageOf(run)).toMatch(/still to sync; Casekeeper continues by itself/);
    expect(slow.triggers().filter((t) => t.handler === 'casekeeperTimer')).toHaveLength(1);
    const runs = drainTriggers(slow);
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.every((r) => !r.timedOut && !r.error)).toBe(true);
    expect(slow.triggers().filter((t) => t.handler === 'casekeeperTimer')).toHaveLength(0);
    const fast = ready(many(40));
    sync(fast);
    expect(agenda(slow)).toEqual(agenda(fast));
    expect(ourEvents(slow)).toHaveLength(40);
    expectNoDuplicates(slow);
  });

  it('case 22: a rate-limit error on the Nth calendar call is retried with backoff; when retries run out, checkpoint', () => {
    const env = ready();
    env.faults.inject({ match: 'Calendar.Events.insert', error: 'rateLimit', onCall: 2, times: 2 });
    const run = sync(env);
    expect(run.calls.byKey['Utilities.sleep']).toBe(2);
    expect(messageOf(run)).toMatch(/up to date: 3 added/);
    typeStudents(env, [{ 'Student ID': 'S4', 'Last IEP Date': '2026-03-03' }, { 'Student ID': 'S5', 'Last IEP Date': '2026-04-04' }]);
    env.faults.clear();
    env.faults.inject({ match: 'Calendar.Events.insert', error: 'rateLimit', onCall: 1, times: 1000 });
    const limited = sync(env);
    expect(limited.error).toBeUndefined();
    expect(messageOf(limited)).toMatch(/2 students still to sync/);
    expect(env.triggers().filter((t) => t.handler === 'casekeeperTimer')).toHaveLength(1);
    env.faults.clear();
    drainTriggers(env);
    expect(ourEvents(env)).toHaveLength(5);
    expectNoDuplicates(env);
  });

  it('case 23: the daily calendar quota runs out: clean stop, pending rows reported, resumed next day without duplicates', () => {
    const env = ready(many(5), { calendarDailyQuota: 3 });
    const run = sync(env);
    expect(run.error).toBeUndefined();
    expect(messageOf(run)).toMatch(/daily limit .* 2 students still to sync/s);
    expect(ourEvents(env)).toHaveLength(3);
    // Editor add-on rules: one time trigger, at most hourly; it keeps trying until Google's day turns.
    const trigger = env.triggers().find((t) => t.handler === 'casekeeperTimer');
    expect((trigger?.nextRun ?? 0) - env.clock.now()).toBeLessThanOrEqual(3_600_000);
    expect(env.triggers().filter((t) => t.eventType === 'CLOCK')).toHaveLength(1);
    drainTriggers(env);
    expect(ourEvents(env)).toHaveLength(5);
    expectNoDuplicates(env);
  });

  it('case 24: a crash after creating an event but before its id is written: the next run finds it, no duplicate', () => {
    // One insert creates the event with its tags and reminder, so a crash can only fall between events.
    for (const [match, onCall] of [['Calendar.Events.insert', 1], ['Calendar.Events.insert', 2], ['Range.setValue', 1]] as const) {
      const env = ready();
      env.faults.crashAfter({ match, onCall });
      const crashed = sync(env);
      expect(crashed.crashed).toBe(true);
      env.faults.clear();
      const rerun = sync(env);
      expect(rerun.error).toBeUndefined();
      expect(ourEvents(env)).toHaveLength(3);
      expectNoDuplicates(env);
      expect(ourEvents(env).every((e) => e.tags[EVENT_TAG])).toBe(true);
    }
  });

  it('case 25: an event deleted by hand is recreated; a deleted row removes only our tagged event', () => {
    const env = ready();
    sync(env);
    const s2 = ourEvents(env).find((e) => e.title.includes('(S2)'))!;
    env.deleteEventByHand(s2.id);
    expect(messageOf(sync(env))).toMatch(/1 added, 0 updated, 0 removed/);
    const calendar = env.services().CalendarApp.getCalendarById(s2.calendarId)!;
    calendar.createAllDayEvent('Staff meeting', new Date(Date.UTC(2026, 11, 1, 12)));
    env.sheet('Caseload').deleteRow(4);
    expect(messageOf(sync(env))).toMatch(/0 added, 0 updated, 1 removed/);
    expect(Object.keys(agenda(env)).sort()).toEqual(['S1', 'S2']);
    expect(env.events(s2.calendarId).map((e) => e.title)).toContain('Staff meeting');
  });

  it('case 26: a row edited during a sync keeps the edit', () => {
    const env = ready();
    env.afterCall('Calendar.Events.insert', () => {
      env.setValues('Caseload', cellOf(env, 'Last IEP Date', 4), [['2026-06-01']]);
      env.setValues('Caseload', cellOf(env, 'Notes', 2), [['called parent']]);
    });
    sync(env);
    expect(shown(env, 'Last IEP Date', 4)).toBe('2026-06-01');
    expect(cell(env, 'Notes', 2)).toBe('called parent');
    sync(env);
    expect(agenda(env).S3).toBe('2027-05-31');
    expectNoDuplicates(env);
  });

  it('case 27: a user without rights on a column Casekeeper writes runs sync: clear message, nothing written', () => {
    const env = ready();
    env.spreadsheetState.editors.add('newhire@school.example');
    // Casekeeper's own protections only warn; the owner locks a column of Casekeeper's for themselves.
    const owner = env.services();
    const sheet = owner.SpreadsheetApp.getActive().getSheetByName('Caseload')!;
    const at = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).indexOf('Next deadline') + 1;
    const strict = sheet.getRange(2, at, sheet.getMaxRows() - 1, 1).protect().setDescription('Mine');
    strict.removeEditors(['newhire@school.example']);
    const before = env.getValues('Caseload');
    const run = sync(env, 'newhire@school.example');
    expect(run.error).toBeUndefined();
    expect(messageOf(run)).toMatch(/can't edit the protected columns? .*"Next deadline".*Nothing was changed/s);
    expect(env.getValues('Caseload')).toEqual(before);
    expect(ourEvents(env)).toHaveLength(0);
  });

  it('case 28: a sheet time zone different from the script\'s: no warning the user cannot act on, dates read in the sheet\'s zone', () => {
    const env = ready([{ 'Student ID': 'S1', 'Last IEP Date': '2025-03-09' }], { timeZone: 'America/Los_Angeles', scriptTimeZone: 'America/New_York' });
    const run = sync(env);
    expect(run.error).toBeUndefined();
    expect(messageOf(run)).not.toMatch(/time zone/i);
    expect(shown(env, 'Due: annual review', 2)).toBe('2026-03-08');
    expect(agenda(env).S1).toBe('2026-03-08');
  });
});
