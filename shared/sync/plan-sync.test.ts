import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseloadOf, type Caseload } from '../caseload.ts';
import { CASELOAD_TABLES } from '../tables/index.ts';
import { tableRecords } from '../test-arbitraries.ts';
import type { TableSpec } from '../table-spec.ts';
import type { TableName } from '../caseload.ts';
import type { IsoDate } from '../iso-date.ts';
import { conflictKey, planSync, type SyncPlan } from './plan-sync.ts';

type Tabs = Map<string, unknown[][]>;

/** Applies a plan's writes to tabs held in memory, as the Sheets API would (RAW values, appends at the end). */
function applyWrites(tabs: Tabs, plan: SyncPlan): void {
  for (const w of plan.writes) {
    const rows = tabs.get(w.title) as unknown[][];
    for (const u of w.updates) {
      const m = /!([A-Z]+)(\d+)/.exec(u.range) as RegExpExecArray;
      const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row = rows[Number(m[2]) - 1] as unknown[];
      (u.values[0] ?? []).forEach((v, i) => (row[col + i] = v));
    }
    rows.push(...w.appends.map((r) => [...r]));
  }
}

/** Applies a plan's pulls to the panel's tables, by id. */
function applyPulls(local: Caseload, plan: SyncPlan): Caseload {
  const out = { ...local } as Record<string, Record<string, unknown>[]>;
  for (const t of plan.tables) {
    if (!t.result.ok) continue;
    const key = CASELOAD_TABLES.find((s) => s.name === t.table)?.key as string;
    const rows = [...(out[t.table] ?? [])];
    for (const p of t.result.value.pulls as Record<string, unknown>[]) {
      const at = rows.findIndex((r) => String(r[key]).toLowerCase() === String(p[key]).toLowerCase());
      if (at >= 0) rows[at] = p;
      else rows.push(p);
    }
    out[t.table] = rows;
  }
  return out as unknown as Caseload;
}

const headers = (name: TableName) => (CASELOAD_TABLES.find((t) => t.name === name) as { columns: readonly { header: string }[] }).columns.map((c) => c.header);
const emptySheet = (): Tabs => new Map(CASELOAD_TABLES.map((t) => [t.tab, [[...headers(t.name), 'Team notes']]]));

const summary = (plan: SyncPlan) => plan.tables.map((t) => (t.result.ok ? [t.table, t.result.value.pushed, t.result.value.pulled, t.result.value.conflicts.length] : [t.table, t.result.error.code]));

describe('planSync: the panel and the team\'s sheet in step', () => {
  it('any table\'s rows pushed into an empty sheet read back the same: a second sync writes and pulls nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASELOAD_TABLES), fc.integer(), (spec, seed) => {
        const records = fc.sample(tableRecords(spec as TableSpec<TableName>, 6), { numRuns: 1, seed })[0] ?? [];
        const local = caseloadOf({ [spec.name]: records });
        const tabs = emptySheet();
        const first = planSync({ tabs, local, base: {} });
        applyWrites(tabs, first);
        expect(first.conflicts).toEqual([]);
        const second = planSync({ tabs, local: applyPulls(local, first), base: first.base });
        expect(second.writes).toEqual([]);
        expect(second.conflicts).toEqual([]);
        expect(second.tables.every((t) => t.result.ok && t.result.value.pulled === 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('pushes a student and a session, pulls a teammate\'s row, and never duplicates on the next sync', () => {
    const tabs = emptySheet();
    (tabs.get('Service Log') as unknown[][]).push(['ses-team', 'S2', 'svc-9', '2026-11-02', 25, 'Delivered', '', '', 'Ms. Ortiz', 'from the team']);
    const local = caseloadOf({
      students: [{ studentId: 'S1', firstName: 'Avery', lastName: 'Test', nextIepMeetingDate: '2027-01-15' as IsoDate }],
      sessions: [{ sessionId: 'ses-1', studentId: 'S1', serviceId: 'svc-1', date: '2026-11-03' as IsoDate, minutes: 30, outcome: 'delivered' }],
    });
    const first = planSync({ tabs, local, base: {} });
    expect(summary(first).filter((s) => s[1] !== 0 || s[2] !== 0)).toEqual([['students', 1, 0, 0], ['sessions', 1, 1, 0]]);
    applyWrites(tabs, first);
    const after = applyPulls(local, first);
    expect(after.sessions.map((s) => [s.sessionId, s.minutes])).toEqual([['ses-1', 30], ['ses-team', 25]]);
    const second = planSync({ tabs, local: after, base: first.base });
    expect(second.writes).toEqual([]);
    expect((tabs.get('Service Log') as unknown[][]).length).toBe(3);
    expect((tabs.get('Service Log') as unknown[][])[1]?.[9]).toBe('from the team');
  });

  it('a row changed on both sides is a conflict shown field by field in header words, and the pick settles it', () => {
    const tabs = emptySheet();
    const local = caseloadOf({ students: [{ studentId: 'S1', firstName: 'Avery', grade: '3' }] });
    const first = planSync({ tabs, local, base: {} });
    applyWrites(tabs, first);
    // The teammate changes the grade in the sheet; the teacher changes it here too.
    const caseload = tabs.get('Caseload') as unknown[][];
    caseload[1]![headers('students').indexOf('Grade')] = '4';
    const mine = caseloadOf({ students: [{ studentId: 'S1', firstName: 'Avery', grade: '5' }] });
    const second = planSync({ tabs, local: mine, base: first.base });
    expect(second.writes).toEqual([]);
    expect(second.conflicts).toEqual([{ table: 'students', tableLabel: 'Students', id: 'S1', key: 'students:s1', fields: [{ header: 'Grade', mine: '5', sheet: '4' }] }]);
    const keepMine = planSync({ tabs, local: mine, base: second.base, resolutions: new Map([[conflictKey('students', 'S1'), 'mine']]) });
    expect(keepMine.writes.flatMap((w) => w.updates)).toEqual([{ range: `'Caseload'!${String.fromCharCode(65 + headers('students').indexOf('Grade'))}2`, values: [['5']] }]);
    const keepSheet = planSync({ tabs, local: mine, base: second.base, resolutions: new Map([['students:s1', 'sheet']]) });
    expect(keepSheet.writes).toEqual([]);
    expect(keepSheet.tables[0]?.result).toMatchObject({ ok: true, value: { pulls: [{ studentId: 'S1', firstName: 'Avery', grade: '4' }] } });
  });

  it('a table whose header was renamed fails alone, in plain words; the others still sync', () => {
    const tabs = emptySheet();
    tabs.set('Contacts', [['Contact ID', 'Kid', 'Date']]);
    const local = caseloadOf({
      students: [{ studentId: 'S1' }],
      contacts: [{ contactId: 'con-1', studentId: 'S1', date: '2026-11-02', with: 'Parent', method: 'phone' }],
    } as Partial<Caseload>);
    const plan = planSync({ tabs, local, base: {} });
    const contacts = plan.tables.find((t) => t.table === 'contacts')?.result;
    expect(contacts?.ok ? '' : contacts?.error.message).toMatch(/^The "Contacts" tab has no "Student ID" column/);
    expect(plan.writes.map((w) => w.title)).toEqual(['Caseload']);
  });

  it('keeps values for columns the sheet does not have, and says which', () => {
    const tabs: Tabs = new Map([['Caseload', [['Student ID', 'First Name'], ['S1', 'Avery']]]]);
    const local = caseloadOf({ students: [{ studentId: 'S1', firstName: 'Ava', grade: '3' }] });
    const base = { students: { s1: { firstName: 'Ava' } } };
    const plan = planSync({ tabs, local, base });
    const students = plan.tables[0]?.result;
    expect(students).toMatchObject({ ok: true, value: { missingColumns: ['Grade'], pulls: [{ studentId: 'S1', firstName: 'Avery', grade: '3' }] } });
  });
});
