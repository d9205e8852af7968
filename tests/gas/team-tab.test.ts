import { describe, expect, it } from 'vitest';
import { MOVE_HEADERS, TEAM_HEADERS, WORKLOAD_HEADERS } from '../../apps-script/sheets/team-tab.ts';
import { click, messageOf, rowsOf, setUp, trackerEnv, typeRows, typeStudents } from './tracker-env.ts';
import type { GasEnvironment } from './harness.ts';

/** The per-case-manager table at the top of the Team tab (down to the first blank row). */
function teamTable(env: GasEnvironment): Record<string, unknown>[] {
  const rows = rowsOf(env, 'Team');
  const end = rows.findIndex((r) => r['Case manager'] === '');
  return end < 0 ? rows : rows.slice(0, end);
}

function setting(env: GasEnvironment, label: string, value: unknown): void {
  const index = env.getValues('Settings').findIndex((r) => r[0] === label);
  if (index < 0) throw new Error(`No setting ${label}`);
  env.setValues('Settings', `B${index + 1}`, [[value]]);
}

/** A workload section of the Team tab: its title, weekly table (as the chart reads it) and suggested moves. */
function section(env: GasEnvironment, who: string): { title: string; weeks: unknown[][]; moves: unknown[][] } {
  const values = env.getValues('Team');
  const start = values.findIndex((r) => String(r[0]).startsWith(`Workload, ${who}`));
  if (start < 0) throw new Error(`No workload section for ${who}`);
  const table = values.findIndex((r, i) => i > start && r[0] === WORKLOAD_HEADERS[0]);
  const weeks: unknown[][] = [];
  for (let i = table + 1; values[i]?.[0] !== ''; i++) weeks.push(values[i]!.slice(0, 4));
  const movesAt = values.findIndex((r, i) => i > table && r[0] === MOVE_HEADERS[0]);
  const moves: unknown[][] = [];
  for (let i = movesAt + 1; i < values.length && values[i]?.[0] !== ''; i++) moves.push(values[i]!.slice(0, 6));
  return { title: String(values[start]![0]), weeks, moves };
}

const iso = (v: unknown) => (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString().slice(0, 10) : String(v));

describe('Team tab', () => {
  it('Refresh writes one row per case manager on a shared sheet: students, score, cap, deadlines, minutes', () => {
    const env = trackerEnv({ editors: ['b.ng@school.example'] });
    setUp(env);
    typeStudents(env, [
      // Annual review overdue (last IEP more than a year ago).
      { 'Student ID': 'S1', 'Case Manager': 'a.patel@school.example', 'Last IEP Date': '2025-10-01' },
      // Annual review due on 2026-12-09: within 30 days.
      { 'Student ID': 'S2', 'Case Manager': 'a.patel@school.example', 'Last IEP Date': '2025-12-10' },
      { 'Student ID': 'S3', 'Case Manager': 'b.ng@school.example', 'Last IEP Date': '2026-06-20' },
      { 'Student ID': 'S4', 'Last IEP Date': '2026-06-20' },
      { 'Student ID': 'S5', 'Case Manager': 'b.ng@school.example', 'Last IEP Date': '13/45/2026' },
    ]);
    typeRows(env, 'Services', [
      { 'Student ID': 'S3', 'Service ID': 'svc-1', Service: 'Speech', 'Frequency and Duration': '60 min 1x/week', 'Start Date': '11/02/2026' },
    ]);
    typeRows(env, 'Service Log', [
      { 'Student ID': 'S3', 'Service ID': 'svc-1', Date: '11/02/2026', Minutes: 60, Outcome: 'Delivered' },
      { 'Student ID': 'S3', 'Service ID': 'svc-1', Date: '11/09/2026', Minutes: 60, Outcome: 'Provider absent' },
    ]);
    expect(click(env, 'refreshDeadlines').error).toBeUndefined();
    const team = teamTable(env);
    expect((env.getValues('Team')[0] ?? []).map(String)).toEqual([...TEAM_HEADERS]);
    expect(team.map((r) => r['Case manager'])).toEqual(['a.patel@school.example', 'b.ng@school.example', 'No case manager']);
    const [a, b, none] = team;
    expect(a).toMatchObject({ Students: 2, Overdue: 1, 'Due in 30 days': 1, 'Minutes owed': 0, 'Service compliance %': '' });
    expect(Number(a?.['Weighted score'])).toBeGreaterThanOrEqual(2);
    expect(String(a?.Cap)).toMatch(/No cap set/);
    // S3: one of the required hours given, the provider's absence owed back.
    const services = rowsOf(env, 'Services')[0];
    const required = Number(services?.['Required minutes']);
    expect(b?.Students).toBe(1);
    expect(b?.['Minutes owed']).toBe(required - 60);
    expect(b?.['Service compliance %']).toBe(Math.round((100 * 60) / required));
    // The row that needs fixing is named, not dropped.
    expect(String(b?.Notes)).toMatch(/1 Caseload row needs fixing.*row 6/);
    expect(none?.Students).toBe(1);

    // Someone else's Refresh rewrites the same tab: no duplicate rows.
    expect(click(env, 'refreshDeadlines', { user: 'b.ng@school.example' }).error).toBeUndefined();
    expect(teamTable(env)).toHaveLength(3);
    // The team's chart, then one per row of the table: the student without a case manager is not left out.
    expect(env.charts('Team').map((c) => c.options.title)).toEqual([
      'whole team (2 case managers): hours of work a week against 20 h',
      'a.patel@school.example: hours of work a week against 10 h',
      'b.ng@school.example: hours of work a week against 10 h',
      'No case manager: hours of work a week against 10 h',
    ]);
  });

  it('Refresh draws each case manager\'s weeks ahead against their own hours, with the moves that level them', () => {
    const env = trackerEnv({ editors: ['b.ng@school.example'] });
    setUp(env);
    setting(env, 'Work hours a week', 12);
    // Named in another case than the Case Manager column: still theirs. c.diaz is on nobody's row.
    setting(env, 'Work hours a week, by case manager', 'A.PATEL@school.example: 2; c.diaz@school.example: 5');
    typeStudents(env, [
      // Annual reviews due 12/14/2026 and 12/15/2026, then 1/11/2027 and 1/12/2027 (the day before the anniversary).
      { 'Student ID': 'S1', 'First Name': 'Ana', 'Case Manager': 'a.patel@school.example', 'Last IEP Date': '2025-12-15' },
      { 'Student ID': 'S2', 'First Name': 'Bo', 'Case Manager': 'a.patel@school.example', 'Last IEP Date': '2025-12-16' },
      { 'Student ID': 'S3', 'First Name': 'Cy', 'Case Manager': 'a.patel@school.example', 'Last IEP Date': '2026-01-12' },
      { 'Student ID': 'S6', 'First Name': 'Di', 'Case Manager': 'a.patel@school.example', 'Last IEP Date': '2026-01-13' },
      // Annual review due 1/20/2027.
      { 'Student ID': 'S4', 'First Name': 'Eve', 'Case Manager': 'b.ng@school.example', 'Last IEP Date': '2026-01-21' },
    ]);
    const run = click(env, 'refreshDeadlines');
    expect(run.error).toBeUndefined();
    expect(messageOf(run)).toMatch(/nobody on the Caseload tab has "c\.diaz@school\.example" as case manager/);

    // One native chart per section: the whole team, then each case manager; bars for the hours, a line for the capacity.
    const charts = env.charts('Team');
    expect(charts.map((c) => c.options.title)).toEqual([
      'whole team (2 case managers): hours of work a week against 14 h',
      'a.patel@school.example: hours of work a week against 2 h',
      'b.ng@school.example: hours of work a week against 12 h',
    ]);
    for (const c of charts) {
      expect(c).toMatchObject({ type: 'COMBO', options: { seriesType: 'bars', series: { 2: { type: 'line' } } } });
      expect(c.data[0]![0]).toEqual([...WORKLOAD_HEADERS]);
      expect(c.data[0]!.length).toBe(1 + 12);
    }

    // Hand-computed for Eve alone: her review's 3 h over its week and the two before (1 h each), and the
    // 0.5 h meeting notice in the week it must go out; nothing else.
    const b = section(env, 'b.ng@school.example');
    expect(b.weeks.map((w) => iso(w[0]))[0]).toBe('2026-11-23');
    expect(b.weeks.map((w) => w[3])).toEqual(new Array(12).fill(12));
    const hours = Object.fromEntries(b.weeks.filter((w) => w[1] !== 0).map((w) => [iso(w[0]), w[1]]));
    expect(hours).toEqual({ '2027-01-04': 1, '2027-01-11': 1.5, '2027-01-18': 1 });
    expect(b.title).toMatch(/12 h a week .*No week over capacity/);
    expect(b.moves).toEqual([['No move needed.', '', '', '', '', '']]);
    // The chart shows what the cells hold.
    expect(charts[2]!.data[0]!.slice(1).map((r) => r[1])).toEqual(b.weeks.map((w) => w[1]));

    // a.patel at 2 h a week: two weeks of three reviews' preparation are over; the suggested moves bring
    // meetings earlier, never past their due dates or before today, and no week ends busier.
    const a = section(env, 'a.patel@school.example');
    const over = a.weeks.filter((w) => Number(w[1]) > Number(w[3]));
    expect(over.length).toBeGreaterThan(0);
    expect(a.title).toContain(`${over.length} weeks over capacity`);
    expect(a.moves.length).toBeGreaterThan(0);
    for (const [student, work, due, from, to, why] of a.moves) {
      expect(['Ana', 'Bo', 'Cy', 'Di']).toContain(student);
      expect(work).toBe('Annual IEP review');
      expect(iso(to) < iso(from)).toBe(true);
      expect(iso(to) <= iso(due)).toBe(true);
      expect(iso(to) >= '2026-11-23').toBe(true);
      expect(String(why)).toMatch(/^Hold the meeting on .*2 h of time/);
    }
    const peak = (col: number) => Math.max(...a.weeks.map((w) => Number(w[col])));
    expect(peak(2)).toBeLessThan(peak(1));
    // The totals are the same work, only moved.
    const sum = (col: number) => a.weeks.reduce((n, w) => n + Number(w[col]), 0);
    expect(sum(2)).toBeCloseTo(sum(1), 5);
    // The team chart's capacity is the sum of their hours; its hours the sum of theirs.
    const team = section(env, 'whole team');
    expect(team.weeks.map((w) => w[3])).toEqual(new Array(12).fill(14));
    expect(team.weeks.map((w) => w[1])).toEqual(a.weeks.map((w, i) => Number(w[1]) + Number(b.weeks[i]![1])));

    // A second Refresh keeps the same charts (no duplicates).
    const ids = charts.map((c) => c.id);
    expect(click(env, 'refreshDeadlines', { user: 'b.ng@school.example' }).error).toBeUndefined();
    expect(env.charts('Team').map((c) => c.id)).toEqual(ids);
  });
});

describe('Settings on a tracker made by an earlier Casekeeper', () => {
  it('Set up tracker adds the work-hours and caseload-type rows, keeping the values already typed', () => {
    const env = trackerEnv();
    setUp(env);
    const labels = () => env.getValues('Settings').map((r) => String(r[0]));
    // An older Settings tab: the rows up to Reminder (days before), with the State set.
    const old = labels().indexOf('Work hours a week');
    env.sheet('Settings').deleteRows(old + 1, labels().length - old);
    setting(env, 'State', 'CA');
    expect(labels()).not.toContain('Caseload type');
    setUp(env);
    expect(labels().slice(-3)).toEqual(['Work hours a week', 'Work hours a week, by case manager', 'Caseload type']);
    expect(env.getValues('Settings').find((r) => r[0] === 'Work hours a week')?.[1]).toBe(10);
    expect(env.getValues('Settings').find((r) => r[0] === 'State')?.[1]).toBe('CA');
    // Once there, a second set-up adds nothing.
    const count = labels().length;
    setUp(env);
    expect(labels()).toHaveLength(count);
    // And the new rows are read: a caseload type gives the Team tab its cap.
    setting(env, 'Caseload type', 'CA.resource-specialist');
    typeStudents(env, [{ 'Student ID': 'S1', 'Case Manager': 'a.patel@school.example', 'Last IEP Date': '2026-06-20' }]);
    expect(click(env, 'refreshDeadlines').error).toBeUndefined();
    expect(String(teamTable(env)[0]?.Cap)).toBe('28 (Resource specialist; Cal. Educ. Code 56362(c); 5 CCR 3100)');
  });
});
