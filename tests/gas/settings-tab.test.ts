import { describe, expect, it } from 'vitest';
import { type IsoDate, type Settings, applySetting, computeDeadlines, defaultSettings, sortByUrgency } from '../../shared/index.ts';
import { click, messageOf, rowsOf, setUp, trackerEnv, typeStudents } from './tracker-env.ts';
import type { GasEnvironment } from './harness.ts';

const TODAY = '2026-11-23' as IsoDate;

function setting(env: GasEnvironment, label: string, value: unknown): void {
  const index = env.getValues('Settings').findIndex((r) => r[0] === label);
  if (index < 0) throw new Error(`No setting "${label}" on the Settings tab`);
  env.setValues('Settings', `B${index + 1}`, [[value]]);
}

const row = (env: GasEnvironment, label: string) => rowsOf(env, 'Settings').find((r) => r.Setting === label);

/** The next open due date the engine gives: what the Next due date column should hold. */
function nextDue(student: Record<string, string>, settings: Settings): string {
  const open = sortByUrgency(computeDeadlines({ studentId: 'S1', ...student }, settings, TODAY).deadlines.filter((d) => d.status !== 'done'));
  return open[0]?.dueDate ?? '';
}

function changed(settings: Settings, id: string, value: string): Settings {
  const r = applySetting(settings, id, value);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('the Settings tab', () => {
  it('lists every setting that moves a date with its plain name, default, citation and what it means; no internal names', () => {
    const env = trackerEnv();
    setUp(env);
    expect(env.getValues('Settings')[0]).toEqual(['Setting', 'Value', 'Default', 'Citation', 'What it means']);
    const names = rowsOf(env, 'Settings').map((r) => String(r.Setting));
    expect(names).toEqual(
      expect.arrayContaining(['State', 'Urgent within (days)', 'Annual review due', 'Count the starting day as day 1', 'Move due dates off non-school days', 'Meeting notice (days)', 'Missed-service notice', 'Age rights transfer to the student']),
    );
    expect(row(env, 'Annual review due')).toMatchObject({ Value: 'the day before the anniversary', Default: 'the day before the anniversary', Citation: expect.stringContaining('34 CFR 300.324(b)(1)(i)') });
    expect(row(env, 'Age rights transfer to the student')).toMatchObject({ Value: '', Default: 18, Citation: expect.stringContaining('34 CFR 300.520(a)') });
    expect(row(env, 'Missed-service notice')).toMatchObject({ Value: '', Default: 'Illinois only', Citation: '23 IAC 226.220(b)' });
    // What people read never shows an id or a record key.
    for (const r of rowsOf(env, 'Settings')) {
      for (const text of [r.Setting, r.Value, r.Default, r.Citation]) expect(String(text)).not.toMatch(/\b[A-Z]{2}\.[a-z]|\b[a-z]+[A-Z][a-z]+\b|day-before/);
    }
  });

  it("each Value cell checks what is typed and says what it takes in a teacher's words", () => {
    const env = trackerEnv();
    setUp(env);
    const at = (label: string) => env.getValues('Settings').findIndex((r) => r[0] === label) + 1;
    const rule = (label: string) => env.sheet('Settings').getRange(at(label), 2).getDataValidation();
    expect(rule('Urgent within (days)')?.getHelpText()).toBe('Type a whole number from 0 to 365.');
    expect(rule('Urgent within (days)')?.getAllowInvalid()).toBe(false);
    expect(rule('Annual review due')?.getHelpText()).toBe('Choose "the day before the anniversary" or "on the anniversary".');
    expect(rule('Age rights transfer to the student')?.getHelpText()).toBe('Type a whole number from 0 to 365, or "none", or leave it blank for the default (18).');
    // A value the cell refuses is refused when typed, as Sheets does.
    expect(() => setting(env, 'Urgent within (days)', 'soon-ish')).toThrow(/violates the data validation rules/);
  });

  it('a state chosen after set-up gets its own settings at the next Refresh, and a changed one moves the tracker\'s due date', () => {
    const env = trackerEnv();
    setUp(env);
    const student = { dateOfBirth: '2012-12-30', lastIepDate: '2026-05-01' };
    typeStudents(env, [{ 'Student ID': 'S1', 'Date of Birth': student.dateOfBirth, 'Last IEP Date': student.lastIepDate }]);
    setting(env, 'State', 'TX');
    click(env, 'refreshDeadlines');
    const tx = { ...defaultSettings, state: 'TX' } as Settings;
    const before = nextDue(student, tx);
    expect(shownIso(env)).toBe(before);
    expect(row(env, 'Age transition planning starts (Texas)')).toMatchObject({ Value: '', Default: 14, Citation: expect.stringContaining('TEC 29.011') });
    expect(row(env, 'ARD may wait until fall when day 30 falls in the summer (Texas)')).toMatchObject({ Default: 'yes', Citation: '19 TAC 89.1011(d)' });

    setting(env, 'Age transition planning starts (Texas)', 16);
    const run = click(env, 'refreshDeadlines');
    expect(run.error).toBeUndefined();
    const after = nextDue(student, changed(tx, 'TX.transitionAge', '16'));
    expect(after).not.toBe(before);
    expect(shownIso(env)).toBe(after);
  });

  it('"on the anniversary" moves the annual review a day later; a bad value in a cell that only warns is named and its default used', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2025-12-20' }]);
    click(env, 'refreshDeadlines');
    expect(shownIso(env)).toBe(nextDue({ lastIepDate: '2025-12-20' }, defaultSettings));
    setting(env, 'Annual review due', 'on the anniversary');
    click(env, 'refreshDeadlines');
    expect(shownIso(env)).toBe(nextDue({ lastIepDate: '2025-12-20' }, changed(defaultSettings, 'annualReviewConvention', 'anniversary')));
    expect(shownIso(env)).toBe('2026-12-20');

    setting(env, 'Age rights transfer to the student', 'eighteen');
    const run = click(env, 'refreshDeadlines');
    expect(messageOf(run)).toMatch(/Settings, "Age rights transfer to the student": "eighteen" cannot be used here\. Type a whole number from 0 to 365, or "none", or leave it blank for the default \(18\)\. Using the default\./);
  });

  it('an older Settings tab keeps the team\'s values, gains the new columns and rows, and its old names are still read', () => {
    const env = trackerEnv();
    const old = env.services().SpreadsheetApp.getActive().insertSheet('Settings');
    old.getRange(1, 1, 4, 3).setValues([
      ['Setting', 'Value', 'What it means'],
      ['Annual review due', 'anniversary', 'old help'],
      ['Count the starting day', 'yes', 'old help'],
      ['Urgent within (days)', 12, 'old help'],
    ]);
    setUp(env);
    expect(env.getValues('Settings')[0]).toEqual(['Setting', 'Value', 'Default', 'Citation', 'What it means']);
    expect(row(env, 'Annual review due')?.Value).toBe('on the anniversary');
    expect(row(env, 'Count the starting day as day 1')?.Value).toBe('yes');
    expect(row(env, 'Urgent within (days)')?.Value).toBe(12);
    expect(row(env, 'Missed-service notice')).toBeDefined();
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2025-12-20' }]);
    click(env, 'refreshDeadlines');
    expect(shownIso(env)).toBe('2026-12-20');
  });
});

/** The Next due date of row 2 as an ISO date, whatever display format the sheet uses. */
function shownIso(env: GasEnvironment): string {
  const value = env.getValues('Caseload', `${letterOf(env, 'Next due date')}2`)[0]?.[0];
  if (value instanceof Date || (value && typeof (value as Date).getTime === 'function')) {
    const d = value as Date;
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  return String(value ?? '');
}

function letterOf(env: GasEnvironment, header: string): string {
  const i = (env.getValues('Caseload')[0] ?? []).map(String).indexOf(header);
  if (i < 0) throw new Error(`No column "${header}"`);
  return String.fromCharCode(65 + i);
}
