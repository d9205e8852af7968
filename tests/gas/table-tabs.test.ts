import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CASELOAD_TABLES,
  type IsoDate,
  type StudentRecord,
  computeDeadlines,
  defaultSettings,
  readTableCsv,
  sortByUrgency,
  tableSpec,
  tablesByStudent,
  caseloadOf,
} from '../../shared/index.ts';
import { click, headers, messageOf, setUp, shown, trackerEnv, typeStudents } from './tracker-env.ts';
import { tabLayout } from '../../apps-script/sheets/tab-layouts.ts';
import type { GasEnvironment } from './harness.ts';

const EXAMPLES = join(import.meta.dirname, '../../examples/caseload');

function importCsv(env: GasEnvironment, text: string, table?: string): string {
  const run = env.run('importFromDialog', { kind: 'csv', text, ...(table ? { table } : {}) });
  expect(run.error).toBeUndefined();
  return String(run.result);
}

function exportCsv(env: GasEnvironment, table: string): { filename: string; csv: string; message: string } {
  const run = env.run('exportForDialog', table);
  expect(run.error).toBeUndefined();
  return run.result as { filename: string; csv: string; message: string };
}

describe('table tabs', () => {
  it('set-up makes every table tab with its columns, a marked notes column, and lists for choices', () => {
    const env = trackerEnv();
    setUp(env);
    for (const spec of CASELOAD_TABLES) {
      if (spec.name === 'students') continue;
      const row = env.getValues(spec.tab)[0]!.map(String);
      expect(row).toEqual([...spec.columns.map((c) => c.header), ...tabLayout(spec.name).computed.map((c) => c.header)]);
      expect(row.at(-1)).toBe('Casekeeper notes');
      expect(env.range(spec.tab, 'A1').getNote()).toBe(spec.columns[0]!.description);
    }
    const outcome = headers(env).length;
    expect(outcome).toBeGreaterThan(10);
    const sessions = env.getValues('Service Log')[0]!.map(String);
    const rule = env.range('Service Log', `${String.fromCharCode(65 + sessions.indexOf('Outcome'))}2`).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(tableSpec('sessions').columns.find((c) => c.key === 'outcome')!.choices!.map((c) => c.label));
  });

  it('every table tab round-trips through CSV import and export with the same records', { timeout: 180_000 }, () => {
    const env = trackerEnv({ vmTimeoutMs: 60_000 });
    setUp(env);
    for (const spec of CASELOAD_TABLES) {
      const text = readFileSync(join(EXAMPLES, spec.file), 'utf8');
      const message = importCsv(env, text);
      expect(message).toMatch(spec.name === 'students' ? /Imported \d+ students/ : new RegExp(`${spec.label}: imported`));
      const exported = exportCsv(env, spec.name);
      expect(exported.filename).toBe(spec.file);
      const before = readTableCsv(spec as never, text) as { records: unknown[] };
      const after = readTableCsv(spec as never, exported.csv) as { records: unknown[]; problems: unknown[] };
      expect(after.problems).toEqual([]);
      expect(after.records).toEqual(before.records);
      // Importing the export again changes nothing.
      const again = importCsv(env, exported.csv, spec.name);
      expect(again).toMatch(/ 0 added, 0 updated/);
    }
  });

  it('Export tab as CSV… opens a dialog listing every table tab', () => {
    const env = trackerEnv();
    setUp(env);
    const dialog = click(env, 'exportCsv').dialogs[0];
    expect(dialog?.title).toBe('Export a tab as CSV');
    for (const spec of CASELOAD_TABLES) expect(dialog?.html).toContain(`<option value="${spec.name}">${spec.tab}</option>`);
  });

  it('the student card says "1 day left", from the shared presentation module', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'First Name': 'Ana', 'Last IEP Date': '2025-11-25' }]);
    click(env, 'refreshDeadlines');
    env.range('Caseload', 'A2').activate();
    const html = click(env, 'studentCard').sidebars[0]?.html ?? '';
    expect(html).toMatch(/Annual IEP review: 2026-11-24/);
    expect(html).toContain('1 day left');
    expect(html).not.toContain('1 days left');
  });

  it('Import CSV picks the table by its columns, or asks when it cannot tell', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2025-12-20' }]);
    const message = importCsv(env, 'Student ID,Date,With,Method,Result\nS1,11/20/2026,Parent,Phone,Left message\n');
    expect(message).toMatch(/Contacts: imported 1 row into the Contacts tab: 1 added/);
    const contacts = env.getValues('Contacts');
    expect(contacts[1]?.[0]).toMatch(/^con-[0-9a-z]{8}$/);
    expect(contacts[1]?.[9]).toBe('Left message');
    const unknown = env.run('importFromDialog', { kind: 'csv', text: 'Pupil,Shoe size\nA,3\n' });
    expect(unknown.error?.message).toMatch(/can't tell which table this file is.*Choose the table in the list/);
  });

  it('a bad cell on a table tab is named in its notes column; ids are filled in for rows without one', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2025-12-20' }]);
    env.setValues('Service Log', 'B2', [['S1', 'svc-1', '11/02/2026', 'thirty', 'Delivered'], ['S1', 'svc-1', '11/03/2026', '30', 'Delivered']]);
    const run = click(env, 'refreshDeadlines');
    expect(messageOf(run)).toMatch(/1 row on the Service Log tab needs fixing.*row 2/s);
    const log = env.getValues('Service Log');
    const notes = log[0]!.indexOf('Casekeeper notes');
    expect(String(log[1]?.[notes])).toMatch(/Minutes: "thirty" is not a (whole )?number/);
    expect(log[2]?.[notes]).toBe('');
    expect(log[1]?.[0]).toMatch(/^ses-/);
    expect(log[2]?.[0]).toMatch(/^ses-/);
    const ids = [log[1]?.[0], log[2]?.[0]];
    click(env, 'refreshDeadlines');
    expect([env.getValues('Service Log')[1]?.[0], env.getValues('Service Log')[2]?.[0]]).toEqual(ids);
  });

  it('a contact follow-up shows in the Caseload columns as computeDeadlines gives it for that student\'s tables', () => {
    const env = trackerEnv();
    setUp(env);
    const student: StudentRecord = { studentId: 'S1', lastIepDate: '2026-06-20' as IsoDate };
    typeStudents(env, [{ 'Student ID': 'S1', 'Last IEP Date': '2026-06-20' }]);
    const contactsCsv = 'Contact ID,Student ID,Date,With,Method,Concern Raised,Result,Follow-up Due\ncon-1,S1,11/20/2026,Parent,Phone,yes,Reached,11/30/2026\n';
    importCsv(env, contactsCsv, 'contacts');
    click(env, 'refreshDeadlines');
    const contacts = readTableCsv(tableSpec('contacts'), contactsCsv).records;
    const tables = tablesByStudent(caseloadOf({ contacts })).get('S1');
    const expected = sortByUrgency(computeDeadlines(student, defaultSettings, '2026-11-23' as IsoDate, tables).deadlines.filter((d) => d.status !== 'done'))[0];
    expect(expected).toBeDefined();
    expect(shown(env, 'Next deadline', 2)).toBe(expected!.title);
    expect(shown(env, 'Next due date', 2)).toBe(expected!.dueDate);
  });
});
