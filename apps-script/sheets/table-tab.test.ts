import { describe, expect, it } from 'vitest';
import { tableSpec } from '../../shared/index.ts';
import { COLUMN_MARK, columnMark, findComputed, headerNote, headersFit, markedColumnId, ownName } from './table-tab.ts';

const STATUS = { id: 'status', header: 'Status' };
const NOTES = { id: 'notes', header: 'Casekeeper notes' };

describe('table tab: computed columns found by their mark', () => {
  it('a header note carries the mark, and the mark names the column', () => {
    const note = headerNote('Casekeeper writes this column.', 'status');
    expect(note).toContain(columnMark('status'));
    expect(note.startsWith('Casekeeper writes')).toBe(true);
    expect(markedColumnId(note)).toBe('status');
    expect(markedColumnId('A note of the teacher\'s')).toBeUndefined();
    expect(COLUMN_MARK).toBe('[casekeeper:');
  });

  it('a user\'s column with a computed column\'s name is a clash, never taken for Casekeeper\'s', () => {
    const found = findComputed(['Student ID', 'Status'], ['', ''], [STATUS, NOTES]);
    expect(found.positions).toEqual({});
    expect(found.missing.map((c) => c.id)).toEqual(['status', 'notes']);
    expect(found.clashes).toEqual(['Status']);
    expect(ownName('Status')).toBe('Status (Casekeeper)');
  });

  it('marked columns are found wherever they are, whatever their header says', () => {
    const found = findComputed(['Status', 'Student ID', 'Status (Casekeeper)'], ['', '', headerNote('x', 'status')], [STATUS]);
    expect(found.positions).toEqual({ status: 2 });
    expect(found.clashes).toEqual([]);
  });

  it('a sheet set up before marks existed is recognised once by its hidden row-key column', () => {
    const headers = ['Student ID', 'Status', 'Row key (Casekeeper)'];
    const found = findComputed(headers, ['', '', ''], [STATUS, { id: 'rowKey', header: 'Row key (Casekeeper)' }], 'Row key (Casekeeper)');
    expect(found.positions).toEqual({ status: 1, rowKey: 2 });
    // Without that column, an unmarked "Status" stays the user's.
    expect(findComputed(['Student ID', 'Status'], ['', ''], [STATUS], 'Row key (Casekeeper)').clashes).toEqual(['Status']);
  });
});

describe('table tab: adopting a tab by its headers', () => {
  it('fits when every required column of the table is named (any order, aliases)', () => {
    expect(headersFit(tableSpec('sessions'), ['Outcome', 'Date', 'Minutes', 'Service ID', 'Student ID'])).toBe(true);
    expect(headersFit(tableSpec('sessions'), ['Student ID', 'Date'])).toBe(false);
    expect(headersFit(tableSpec('contacts'), ['Pupil', 'When'])).toBe(false);
  });
});
