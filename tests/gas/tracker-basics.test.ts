import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { STATUS_STYLES } from '../../shared/index.ts';
import { MENU_ITEMS, MENU_LAYOUT, MENU_TITLE } from '../../apps-script/menu.ts';
import { BUNDLE, cell, cellOf, click, headers, messageOf, setUp, shown, trackerEnv, typeStudents } from './tracker-env.ts';
import type { GasEnvironment } from './harness.ts';

describe('the built Code.js', () => {
  it('loads in a bare vm and onOpen builds the Casekeeper menu from the one menu map', () => {
    const env = trackerEnv();
    const expected = MENU_LAYOUT.map((k) => (k === null ? `${MENU_TITLE} > ---` : `${MENU_TITLE} > ${MENU_ITEMS[k].caption}`));
    expect(env.menuCaptions()).toEqual(expected);
    expect(env.menuCaptions()).toEqual(expect.arrayContaining(['Casekeeper > Set up tracker', 'Casekeeper > Refresh deadlines', 'Casekeeper > Sync to Calendar', 'Casekeeper > Import CSV…', 'Casekeeper > Student card', 'Casekeeper > Settings', 'Casekeeper > Install daily refresh']));
  });

  it('builds the menu when the add-on is not yet authorised in this document (AuthMode.NONE)', () => {
    const env = trackerEnv();
    const run = env.openSpreadsheet({ authMode: 'NONE' });
    expect(run.error).toBeUndefined();
    expect(run.menus[0]?.items.filter((i) => i.type === 'item')).toHaveLength(Object.keys(MENU_ITEMS).length);
  });

  it('every menu item runs a global function of the bundle', () => {
    const env = trackerEnv();
    for (const item of Object.values(MENU_ITEMS)) {
      const run = env.run(item.functionName);
      expect(run.error?.message ?? '').not.toMatch(/Script function not found/);
    }
  });
});

describe('bundle and manifest', () => {
  const code = readFileSync(BUNDLE, 'utf8');
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/apps-script/appsscript.json'), 'utf8'));

  it('runs on V8 with an explicit time zone and only the scopes shipped features need (no UrlFetchApp)', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toMatch(/^[A-Za-z_]+\/[A-Za-z_]+$/);
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/calendar',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    expect(code).not.toMatch(/UrlFetchApp|script\.external_request/);
  });

  it('uses no Intl, eval or new Function, and imports zod as a namespace with jitless mode', () => {
    expect(code).not.toMatch(/\bIntl\./);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
    const all = sources(join(import.meta.dirname, '../../apps-script')).map((f) => readFileSync(f, 'utf8'));
    expect(all.filter((t) => /import\s*\{\s*z\s*\}\s*from\s*'zod'/.test(t))).toEqual([]);
    expect(all.some((t) => t.includes('z.config({ jitless: true })'))).toBe(true);
  });
});

describe('Set up tracker', () => {
  let env: GasEnvironment;
  beforeEach(() => {
    env = trackerEnv();
    setUp(env);
  });

  it('creates the Caseload, Settings, School Calendar, Audit and every table tab, with warning-only protection of Casekeeper\'s columns', () => {
    const names = env.spreadsheetState.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Caseload', 'Settings', 'School Calendar', 'Audit', 'Services', 'Service Log', 'Goals', 'Goal Data', 'Accommodations', 'Accommodation Checks', 'Contacts']));
    const hs = headers(env);
    expect(hs.slice(0, 3)).toEqual(['Student ID', 'First Name', 'Last Name']);
    expect(hs).toEqual(expect.arrayContaining(['Next deadline', 'Next due date', 'Days left', 'Status', 'Why (rule and citation)', 'Due: annual review', 'Casekeeper notes']));
    expect(env.sheet('Caseload').getFrozenRows()).toBe(1);
    const protections = env.sheet('Caseload').getProtections(env.services().SpreadsheetApp.ProtectionType.RANGE);
    expect(protections.map((p) => p.getDescription())).toEqual(['Casekeeper columns (written by Refresh and Sync)']);
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
  });

  it('hides the row-key and calendar-events columns and colours rows with the shared status colours', () => {
    const hs = headers(env);
    const sheet = env.sheet('Caseload');
    expect(sheet.isColumnHiddenByUser(hs.indexOf('Row key (Casekeeper)') + 1)).toBe(true);
    expect(sheet.isColumnHiddenByUser(hs.indexOf('Calendar events (Casekeeper)') + 1)).toBe(true);
    expect(sheet.isColumnHiddenByUser(hs.indexOf('Status') + 1)).toBe(false);
    const rules = sheet.getConditionalFormatRules();
    const looks = rules.map((r) => `${r.getBooleanCondition()?.getBackground()?.toUpperCase()}/${r.getBooleanCondition()?.getFontColor()?.toUpperCase()}`);
    for (const status of ['overdue', 'urgent', 'soon', 'done'] as const) {
      expect(looks).toContain(`${STATUS_STYLES[status].background.toUpperCase()}/${STATUS_STYLES[status].text.toUpperCase()}`);
    }
  });

  it('adds date validation that keeps what was typed, and lists for state codes', () => {
    const dates = env.range('Caseload', cellOf(env, 'Last IEP Date', 2)).getDataValidation();
    expect(String(dates?.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(dates?.getAllowInvalid()).toBe(true);
    const state = env.range('Caseload', cellOf(env, 'State', 5)).getDataValidation();
    expect(String(state?.getCriteriaType())).toBe('VALUE_IN_LIST');
  });

  it('warns (simple onEdit) when the Student ID header is renamed away', () => {
    const run = env.edit('Caseload', 'A1', 'Pupil');
    expect(run?.toasts.at(-1)?.message).toMatch(/has no "Student ID" column/);
  });

  it('is safe to run twice (no second tab, rule set or protection)', () => {
    setUp(env);
    expect(env.spreadsheetState.sheets.filter((s) => s.name === 'Caseload')).toHaveLength(1);
    expect(env.sheet('Caseload').getConditionalFormatRules()).toHaveLength(4);
    expect(env.triggers().filter((t) => t.handler === 'onEditAudit')).toHaveLength(1);
  });

  it('adopts an existing tab by its header names and keeps its columns', () => {
    const other = trackerEnv({ sheets: ['My kids'] });
    other.setValues('My kids', 'A1', [['Notes', 'ID', 'IEP Date', 'My own column'], ['likes trains', 'S7', '2025-12-20', 'x']]);
    setUp(other);
    expect(other.spreadsheetState.sheets.map((s) => s.name)).toContain('Caseload');
    const hs = headers(other);
    expect(hs.slice(0, 4)).toEqual(['Notes', 'ID', 'IEP Date', 'My own column']);
    expect(cell(other, 'Due: annual review', 2)).toBeTruthy();
    expect(shown(other, 'Due: annual review', 2)).toBe('2026-12-19');
  });
});

describe('Refresh deadlines', () => {
  it('computes next deadline, due date, days left, status and why for each student', () => {
    const env = trackerEnv();
    setUp(env);
    typeStudents(env, [
      { 'Student ID': 'S1', 'First Name': 'Ana', 'Last IEP Date': '2025-12-20' },
      { 'Student ID': 'S2', 'First Name': 'Bo', 'Last IEP Date': '2025-11-01' },
    ]);
    const run = click(env, 'refreshDeadlines');
    expect(run.error).toBeUndefined();
    expect(messageOf(run)).toMatch(/2 students up to date/);
    expect(shown(env, 'Next due date', 2)).toBe('2026-12-19');
    expect(cell(env, 'Days left', 2)).toBe(26);
    expect(cell(env, 'Status', 2)).toBe('Soon');
    expect(String(cell(env, 'Why (rule and citation)', 2))).toMatch(/300\.324/);
    expect(cell(env, 'Status', 3)).toBe('Overdue');
    expect(cell(env, 'Casekeeper notes', 2)).toBe('OK');
  });

  it('makes the same number of service calls for 20 rows and for 400 rows (batched I/O)', () => {
    const calls = (n: number) => {
      const env = trackerEnv();
      setUp(env);
      typeStudents(env, Array.from({ length: n }, (_, i) => ({ 'Student ID': `S${i}`, 'Last IEP Date': `2025-${String((i % 12) + 1).padStart(2, '0')}-10`, 'Date of Birth': `20${String(10 + (i % 8))}-03-04` })));
      click(env, 'refreshDeadlines');
      const run = click(env, 'refreshDeadlines');
      expect(run.error).toBeUndefined();
      return run.calls.total;
    };
    expect(calls(400)).toBe(calls(20));
  });
});
