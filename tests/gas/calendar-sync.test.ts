import { describe, expect, it } from 'vitest';
import { cell, click, messageOf, ourEvents, setUp, trackerEnv, typeStudents } from './tracker-env.ts';
import type { GasEnvironment } from './harness.ts';

/** Three students with one open annual review each (as of 2026-11-23). */
const THREE = [
  { 'Student ID': 'S1', 'First Name': 'Ana', 'Last Name': 'Diaz', 'Last IEP Date': '2025-12-20' },
  { 'Student ID': 'S2', 'First Name': 'Bo', 'Last Name': 'Lee', 'Last IEP Date': '2026-02-10' },
  { 'Student ID': 'S3', 'First Name': 'Cy', 'Last Name': 'Park', 'Last IEP Date': '2026-05-01' },
];

function ready(students = THREE, options: Parameters<typeof trackerEnv>[0] = {}): GasEnvironment {
  const env = trackerEnv(options);
  setUp(env);
  typeStudents(env, students);
  return env;
}

function sync(env: GasEnvironment, user?: string) {
  return click(env, 'syncToCalendar', user ? { user } : {});
}

/** title → all-day date of our events. */
function agenda(env: GasEnvironment): Record<string, string> {
  return Object.fromEntries(ourEvents(env).map((e) => [e.title, e.startDate ?? '']));
}

describe('Sync to Calendar', () => {
  it('creates one all-day event per open deadline on a dedicated calendar, with basis, citation and a reminder', () => {
    const env = ready();
    const run = sync(env);
    expect(run.error).toBeUndefined();
    expect(messageOf(run)).toMatch(/up to date: 3 added, 0 updated, 0 removed/);
    const events = ourEvents(env);
    expect(events).toHaveLength(3);
    expect(agenda(env)).toEqual({
      'Annual IEP review: Ana D. (S1)': '2026-12-19',
      'Annual IEP review: Bo L. (S2)': '2027-02-09',
      'Annual IEP review: Cy P. (S3)': '2027-04-30',
    });
    const first = events.find((e) => e.title.includes('S1'))!;
    expect(first.allDay).toBe(true);
    expect(first.description).toMatch(/34 CFR 300\.324/);
    expect(first.popupReminders).toEqual([7 * 24 * 60]);
    const calendar = env.services().CalendarApp.getCalendarById(first.calendarId);
    expect(calendar?.getName()).toBe('Casekeeper deadlines');
    // The Calendar API id (the iCal UID without "@google.com").
    expect(String(cell(env, 'Calendar events (Casekeeper)', 2))).toContain(first.id.replace(/@google\.com$/, ''));
  });

  it('a re-sync with nothing changed makes no calendar writes', () => {
    const env = ready();
    sync(env);
    const again = sync(env);
    expect(messageOf(again)).toMatch(/0 added, 0 updated, 0 removed, 3 already right/);
    const calendarWrites = Object.entries(again.calls.byKey).filter(([k]) => /^Calendar(Event)?\.(create|set|add|delete|remove)|^Calendar\.Events\.(insert|patch|remove)/.test(k));
    expect(calendarWrites).toEqual([]);
    expect(ourEvents(env)).toHaveLength(3);
  });

  it('uses a calendar chosen on the Settings tab, and explains a Calendar ID it cannot open', () => {
    const env = ready();
    const chosen = env.services().CalendarApp.createCalendar('Room 12 deadlines');
    const rows = env.getValues('Settings');
    const at = rows.findIndex((r) => r[0] === 'Calendar ID (optional)') + 1;
    env.setValues('Settings', `B${at}`, [[chosen.getId()]]);
    const run = sync(env);
    expect(messageOf(run)).toMatch(/Calendar "Room 12 deadlines" is up to date: 3 added/);
    expect(ourEvents(env).every((e) => e.calendarId === chosen.getId())).toBe(true);
    env.setValues('Settings', `B${at}`, [['nobody@group.calendar.google.com']]);
    expect(messageOf(sync(env))).toMatch(/can't open the calendar "nobody@group\.calendar\.google\.com"/);
    expect(ourEvents(env)).toHaveLength(3);
  });

  it('shows progress while it works and records the run (without student data) on the Audit tab', () => {
    const env = ready();
    const run = sync(env);
    expect(run.toasts.map((t) => t.message)).toContain('Syncing deadlines to Google Calendar…');
    const audit = env.getValues('Audit').at(-1)!;
    expect(audit[1]).toBe('casemanager@school.example');
    expect(audit[2]).toBe('Sync to Calendar (done)');
    expect(audit[4]).toBe(3);
  });
});
