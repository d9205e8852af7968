import { describe, expect, it } from 'vitest';
import { tableSpec } from '../tables/index.ts';
import { findTableTab, tableTabTitles } from './find-table-tab.ts';

const services = tableSpec('services');
const tabs = (entries: Record<string, unknown[][]>) => new Map(Object.entries(entries));

describe('findTableTab: a table tab read as the add-on reads it', () => {
  it('finds columns by header or alias in any order, keeps the team\'s own columns out of the record, and keys rows by id', () => {
    const r = findTableTab(services, tabs({ Services: [['Room', 'service type', 'Service ID', 'ID', 'Casekeeper notes'], ['B12', 'Speech', 'svc-1', 'S1', ''], ['', 'OT', 'svc-2', 's2']] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map).toEqual({ 1: 'service', 2: 'serviceId', 3: 'studentId' });
    expect([...r.value.rows.values()].map((row) => [row.rowNumber, row.record])).toEqual([
      [2, { service: 'Speech', serviceId: 'svc-1', studentId: 'S1' }],
      [3, { service: 'OT', serviceId: 'svc-2', studentId: 's2' }],
    ]);
  });

  it('names a renamed required column, and changes nothing', () => {
    const r = findTableTab(services, tabs({ Services: [['Kid', 'Service ID', 'Service'], ['S1', 'svc-1', 'Speech']] }));
    expect(r).toEqual({ ok: false, error: { code: 'renamed-header', message: expect.stringContaining('The "Services" tab has no "Student ID" column') } });
  });

  it('says a missing tab is missing, by its name', () => {
    const r = findTableTab(services, tabs({ Caseload: [['Student ID']] }));
    expect(r.ok ? '' : r.error.code).toBe('missing-tab');
    expect(r.ok ? '' : r.error.message).toMatch(/no "Services" tab/);
  });

  it('uses the add-on\'s own tab when the team kept a tab of that name for something else', () => {
    expect(tableTabTitles(services, ['Services', 'Services (Casekeeper)', 'Other'])).toEqual(['Services', 'Services (Casekeeper)']);
    const r = findTableTab(services, tabs({ Services: [['Vendor', 'Cost']], 'Services (Casekeeper)': [['Student ID', 'Service ID', 'Service'], ['S1', 'svc-1', 'Speech']] }));
    expect(r.ok && r.value.title).toBe('Services (Casekeeper)');
  });

  it('holds back a row with a bad cell, a row without an id, and a repeated id, each with the row number and why', () => {
    const sessions = tableSpec('sessions');
    const r = findTableTab(sessions, tabs({ 'Service Log': [
      ['Session ID', 'Student ID', 'Service ID', 'Date', 'Minutes', 'Outcome'],
      ['ses-1', 'S1', 'svc-1', 'next week', 30, 'Delivered'],
      ['', 'S1', 'svc-1', '2026-11-02', 30, 'Delivered'],
      ['ses-2', 'S1', 'svc-1', '2026-11-03', 30, 'Delivered'],
      ['SES-2', 'S1', 'svc-1', '2026-11-04', 20, 'Delivered'],
    ] }));
    if (!r.ok) throw new Error(r.error.message);
    expect([...r.value.rows.keys()]).toEqual(['ses-2']);
    expect(r.value.held).toEqual(new Set(['ses-1']));
    expect(r.value.unreadable.map((u) => u.reason)).toEqual([
      expect.stringMatching(/^Row 2 \(Session ID ses-1\) was not synced until it is fixed in the sheet\. Date: /),
      'Row 3 has no Session ID yet, so it was not synced. Choose Casekeeper > Refresh in the sheet to give it one.',
      'Row 5: Session ID SES-2 is already on row 4; only row 4 is synced until one of them changes.',
    ]);
  });
});
