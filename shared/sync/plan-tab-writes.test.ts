import { describe, expect, it } from 'vitest';
import { tableSpec } from '../tables/index.ts';
import { findTableTab } from './find-table-tab.ts';
import { planTabWrites } from './plan-tab-writes.ts';

describe('planTabWrites: the least a sync writes', () => {
  const values = [
    ['Student ID', 'Team notes', 'Service ID', 'Service', 'Provider', 'Setting'],
    ['S1', 'keep me', 'svc-1', 'Speech', 'Ms. Rao', 'Room 4'],
  ];
  const tab = (() => {
    const r = findTableTab(tableSpec('services'), new Map([['Services', values]]));
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  })();

  it('writes only the changed cells of a row already there, in runs, never the team\'s column or the id', () => {
    const w = planTabWrites(tab, [{ id: 'svc-1', record: { studentId: 'S1', serviceId: 'SVC-1', service: 'Speech-language', provider: 'Mr. Lee', setting: 'Room 4' } }]);
    expect(w.updates).toEqual([{ range: "'Services'!D2:E2", values: [['Speech-language', 'Mr. Lee']] }]);
    expect(w.appends).toEqual([]);
  });

  it('clears a value the panel removed, in that cell only', () => {
    const w = planTabWrites(tab, [{ id: 'svc-1', record: { studentId: 'S1', serviceId: 'svc-1', service: 'Speech', provider: 'Ms. Rao' } }]);
    expect(w.updates).toEqual([{ range: "'Services'!F2", values: [['']] }]);
  });

  it('appends a new row as wide as the header, the team\'s column left empty', () => {
    const w = planTabWrites(tab, [{ id: 'svc-2', record: { studentId: 'S2', serviceId: 'svc-2', service: 'OT', minutes: 30 } }]);
    expect(w.appends).toEqual([['S2', '', 'svc-2', 'OT', '', '']]);
  });

  it('writes nothing for a row that is already the same', () => {
    const w = planTabWrites(tab, [{ id: 'svc-1', record: { studentId: 'S1', serviceId: 'svc-1', service: 'Speech', provider: 'Ms. Rao', setting: 'Room 4' } }]);
    expect(w).toEqual({ title: 'Services', updates: [], appends: [] });
  });
});
