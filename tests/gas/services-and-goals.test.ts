import { describe, expect, it } from 'vitest';
import { SERVICE_STATUS_STYLES, VERDICT_STYLES } from '../../shared/index.ts';
import { click, messageOf, ourEvents, rowsOf, setUp, shown, trackerEnv, typeRows, typeStudents } from './tracker-env.ts';
import type { GasEnvironment } from './harness.ts';

function columnOf(env: GasEnvironment, tab: string, header: string): string {
  const i = (env.getValues(tab)[0] ?? []).map(String).indexOf(header);
  if (i < 0) throw new Error(`No column "${header}"`);
  return String.fromCharCode(65 + i);
}

describe('Services tab compliance columns', () => {
  it('Refresh writes required, delivered, owed and status, coloured like everywhere else', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2026-06-20' }]);
    typeRows(env, 'Services', [
      { 'Student ID': 'S1', 'Service ID': 'svc-a', Service: 'Speech', 'Frequency and Duration': '30 min 1x/week', 'Start Date': '11/02/2026' },
      { 'Student ID': 'S1', 'Service ID': 'svc-b', Service: 'OT', 'Frequency and Duration': '60 min 1x/week', 'Start Date': '11/02/2026' },
      { 'Student ID': 'S1', 'Service ID': 'svc-c', Service: 'Counseling', 'Frequency and Duration': 'as needed, whenever', 'Start Date': '11/02/2026' },
    ]);
    typeRows(env, 'Service Log', [
      { 'Student ID': 'S1', 'Service ID': 'svc-a', Date: '11/02/2026', Minutes: 30, Outcome: 'Delivered' },
      { 'Student ID': 'S1', 'Service ID': 'svc-a', Date: '11/09/2026', Minutes: 30, Outcome: 'Delivered' },
      { 'Student ID': 'S1', 'Service ID': 'svc-a', Date: '11/16/2026', Minutes: 30, Outcome: 'Make-up' },
      { 'Student ID': 'S1', 'Service ID': 'svc-a', Date: '11/23/2026', Minutes: 30, Outcome: 'Delivered' },
      { 'Student ID': 'S1', 'Service ID': 'svc-b', Date: '11/09/2026', Minutes: 60, Outcome: 'Provider absent' },
    ]);
    const run = click(env, 'refreshDeadlines');
    expect(run.error).toBeUndefined();
    const rows = rowsOf(env, 'Services');
    const [a, b, c] = rows;
    // svc-a: every weekly session given: 120 minutes delivered (hand-counted), nothing owed.
    expect(a?.['Delivered minutes']).toBe(120);
    expect(a?.['Minutes owed']).toBe(0);
    expect(['On track', 'Ahead']).toContain(a?.['Service status']);
    // svc-b: the provider was absent, so every required minute is owed.
    expect(b?.['Service status']).toBe(SERVICE_STATUS_STYLES.behind.label);
    expect(b?.['Delivered minutes']).toBe(0);
    expect(Number(b?.['Required minutes'])).toBeGreaterThanOrEqual(180);
    expect(b?.['Minutes owed']).toBe(b?.['Required minutes']);
    // svc-c: the frequency cannot be read: never a safe-looking number, and the reason in the notes.
    expect(c?.['Service status']).toBe(SERVICE_STATUS_STYLES.unknown.label);
    expect(c?.['Required minutes']).toBe('');
    expect(c?.['Minutes owed']).toBe('');
    expect(String(c?.['Casekeeper notes'])).not.toBe('');
    const status = columnOf(env, 'Services', 'Service status');
    expect(env.range('Services', `${status}3`).getBackground()).toBe(SERVICE_STATUS_STYLES.behind.background.toLowerCase());
    expect(env.range('Services', `${status}3`).getFontColor()).toBe(SERVICE_STATUS_STYLES.behind.text.toLowerCase());
    expect(env.range('Services', `${status}4`).getBackground()).toBe(SERVICE_STATUS_STYLES.unknown.background.toLowerCase());
    expect(messageOf(run)).toMatch(/1 student up to date/);
  });

  it('a Services tab set up before the compliance columns existed gets them at the next Refresh, after the user\'s columns', () => {
    const env = trackerEnv();
    setUp(env);
    // As an older version left it: the table's columns and the notes column only.
    const hs = (env.getValues('Services')[0] ?? []).map(String);
    env.sheet('Services').deleteColumns(hs.indexOf('Required minutes') + 1, 4);
    expect((env.getValues('Services')[0] ?? []).map(String).filter((h) => h !== '').slice(-2)).toEqual(['End Date', 'Casekeeper notes']);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2026-06-20' }]);
    expect(click(env, 'refreshDeadlines').error).toBeUndefined();
    const after = (env.getValues('Services')[0] ?? []).map(String).filter((h) => h !== '');
    expect(after.slice(-5)).toEqual(['Casekeeper notes', 'Required minutes', 'Delivered minutes', 'Minutes owed', 'Service status']);
  });
});

describe('Caseload deadlines from the other tabs', () => {
  it('an Illinois service not begun within 10 school days puts a missed-service notice in the Caseload columns and on the calendar', () => {
    const env = trackerEnv();
    setUp(env);
    const settings = env.getValues('Settings');
    const stateRow = settings.findIndex((r) => String(r[0]) === 'State') + 1;
    expect(stateRow).toBeGreaterThan(0);
    env.setValues('Settings', `B${stateRow}`, [['IL']]);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2026-06-20' }]);
    typeRows(env, 'Services', [{ 'Student ID': 'S1', 'Service ID': 'svc-1', Service: 'Speech', 'Frequency and Duration': '30 min 1x/week', 'Start Date': '11/02/2026' }]);
    typeRows(env, 'Service Log', [{ 'Student ID': 'S1', 'Service ID': 'svc-1', Date: '11/04/2026', Minutes: 30, Outcome: 'Provider absent' }]);
    expect(click(env, 'refreshDeadlines').error).toBeUndefined();
    expect(shown(env, 'Next deadline', 2)).toBe('Missed-service notice: Speech');
    expect(shown(env, 'Why (rule and citation)', 2)).toMatch(/105 ILCS 5\/14-8\.02f/);
    expect(click(env, 'syncToCalendar').error).toBeUndefined();
    expect(ourEvents(env).map((e) => e.title).join('\n')).toMatch(/Missed-service notice: Speech/);
  });

  it('a contact follow-up and the Illinois written-materials date reach the Caseload columns and the calendar', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2026-06-20', 'Next IEP Meeting': '2026-12-10', State: 'IL' }]);
    typeRows(env, 'Contacts', [{ 'Student ID': 'S1', Date: '11/20/2026', With: 'Parent', Method: 'Phone', 'Concern Raised': 'Yes', Result: 'Reached', 'Follow-up Due': '11/30/2026' }]);
    expect(click(env, 'refreshDeadlines').error).toBeUndefined();
    expect(shown(env, 'Next due date', 2)).toBe('2026-11-30');
    expect(click(env, 'syncToCalendar').error).toBeUndefined();
    const events = ourEvents(env).map((e) => `${e.startDate} ${e.title}`);
    // Thursday 12-10 meeting, 3 school days back (Wed, Tue, Mon): Monday 12-07 (hand-counted).
    expect(events.join('\n')).toMatch(/2026-12-07 .*Written materials to the parent/);
    expect(events.join('\n')).toMatch(/2026-11-30 .*ollow-up/);
  });
});

describe('Goals tab verdicts', () => {
  it('Refresh writes each goal\'s verdict and reason in the status colours', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2026-06-20' }]);
    typeRows(env, 'Goals', [
      { 'Student ID': 'S1', 'Goal ID': 'g-flat', Goal: 'Reads 80 words a minute.', Baseline: 40, 'Baseline Date': '09/01/2026', Target: 80, 'Target Date': '05/28/2027', Direction: 'Increase' },
      { 'Student ID': 'S1', 'Goal ID': 'g-none', Goal: 'Writes a paragraph.', Baseline: 1, 'Baseline Date': '09/01/2026', Target: 5, 'Target Date': '05/28/2027', Direction: 'Increase' },
    ]);
    const flat = ['09/14/2026', '09/28/2026', '10/12/2026', '10/26/2026', '11/09/2026', '11/16/2026'].map((Date) => ({ 'Student ID': 'S1', 'Goal ID': 'g-flat', Date, Value: 38 }));
    typeRows(env, 'Goal Data', flat);
    expect(click(env, 'refreshDeadlines').error).toBeUndefined();
    const [g1, g2] = rowsOf(env, 'Goals');
    // Six points all below a rising aim line: change instruction.
    expect(g1?.Verdict).toBe(VERDICT_STYLES['change-instruction'].label);
    expect(String(g1?.Reason)).toMatch(/below/i);
    expect(g2?.Verdict).toBe(VERDICT_STYLES['insufficient-data'].label);
    expect(String(g2?.Reason)).toMatch(/no data points/i);
    const verdict = columnOf(env, 'Goals', 'Verdict');
    expect(env.range('Goals', `${verdict}2`).getBackground()).toBe(VERDICT_STYLES['change-instruction'].background.toLowerCase());
    expect(env.range('Goals', `${verdict}3`).getFontColor()).toBe(VERDICT_STYLES['insufficient-data'].text.toLowerCase());
  });

  it('the Progress tab has one native line chart per goal (points and aim line), kept up to date by Refresh', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'First Name': 'Ana', 'Last IEP Date': '2026-06-20' }]);
    typeRows(env, 'Goals', [
      { 'Student ID': 'S1', 'Goal ID': 'g-1', Area: 'Reading', Goal: 'Reads 80 words a minute.', Baseline: 40, 'Baseline Date': '09/01/2026', Target: 80, 'Target Date': '09/01/2027', Direction: 'Increase' },
      { 'Student ID': 'S1', 'Goal ID': 'g-2', Goal: 'Writes a paragraph.', Baseline: 1, 'Baseline Date': '09/01/2026', Target: 5, 'Target Date': '05/28/2027', Direction: 'Increase' },
    ]);
    typeRows(env, 'Goal Data', [
      { 'Student ID': 'S1', 'Goal ID': 'g-1', Date: '10/01/2026', Value: 42 },
      { 'Student ID': 'S1', 'Goal ID': 'g-1', Date: '11/01/2026', Value: 47 },
    ]);
    expect(click(env, 'refreshDeadlines').error).toBeUndefined();
    let charts = env.charts('Progress');
    expect(charts).toHaveLength(2);
    expect(charts[0]).toMatchObject({ type: 'LINE', options: { title: 'Ana: Reading: Reads 80 words a minute.' } });
    const [head, ...rows] = charts[0]!.data[0]!;
    expect(head).toEqual(['Date', 'Value', 'Aim line']);
    // Baseline, two points, target: the aim line runs 40 → 80 over the year (hand-computed at 10/01: 40 + 40 × 30/365).
    expect(rows.map((r) => r[1])).toEqual(['', 42, 47, '']);
    expect(rows[0]![2]).toBe(40);
    expect(Number(rows[1]![2])).toBeCloseTo(40 + (40 * 30) / 365, 2);
    expect(rows[3]![2]).toBe(80);
    // A goal with no data still has its chart (aim line only): nothing is hidden.
    expect(charts[1]!.data[0]!.slice(1).map((r) => r[1])).toEqual(['', '']);
    const ids = charts.map((c) => c.id);

    typeRows(env, 'Goal Data', [{ 'Student ID': 'S1', 'Goal ID': 'g-2', Date: '11/10/2026', Value: 2 }]);
    expect(click(env, 'refreshDeadlines').error).toBeUndefined();
    charts = env.charts('Progress');
    expect(charts.map((c) => c.id)).toEqual(ids);
    expect(charts[1]!.data[0]!.slice(1).map((r) => r[1])).toEqual(['', 2, '']);

    env.sheet('Goals').deleteRow(2);
    expect(click(env, 'refreshDeadlines').error).toBeUndefined();
    charts = env.charts('Progress');
    expect(charts).toHaveLength(1);
    expect(charts[0]!.options.title).toBe('Ana: Writes a paragraph.');
  });
});
