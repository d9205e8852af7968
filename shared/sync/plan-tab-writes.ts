import type { TableName, TableRecord } from '../caseload.ts';
import { a1Range } from './a1-range.ts';
import type { TabRecords } from './find-table-tab.ts';
import { recordCell, type SheetCell } from './record-cell.ts';
import { sameValue } from '../same-record.ts';

/** Cells to write in one range (a values.batchUpdate entry). */
export interface ValueUpdate {
  range: string;
  values: SheetCell[][];
}

/** The least a sync writes to one tab: changed cells in place, and new rows appended. */
export interface TabWrites {
  title: string;
  updates: ValueUpdate[];
  /** New rows, each as wide as the header (cells of the team's other columns left empty). */
  appends: SheetCell[][];
}

/**
 * The minimal writes that put these records into a tab: a row already there (by id) gets only the cells
 * of the table's columns whose value changed, one range per run of neighbouring cells; a row not there is
 * appended once. The team's other columns and Casekeeper's computed columns are never written, and an id's
 * cell is never rewritten (`s1` and `S1` are one student).
 *
 * @example planTabWrites(tab, [{ id: 's1', record: student }]).updates // [{ range: "'Caseload'!D2", values: [['2026-09-02']] }]
 */
export function planTabWrites<T extends TableName>(tab: TabRecords<T>, records: readonly { id: string; record: TableRecord<T> }[]): TabWrites {
  const out: TabWrites = { title: tab.title, updates: [], appends: [] };
  const positions = Object.entries(tab.map)
    .map(([p, key]) => [Number(p), key] as const)
    .sort((a, b) => a[0] - b[0]);
  for (const { id, record } of records) {
    if (tab.held.has(id)) continue;
    const fields = record as Readonly<Record<string, unknown>>;
    const row = tab.rows.get(id);
    if (!row) {
      const cells: SheetCell[] = Array.from({ length: tab.width }, () => '');
      for (const [p, key] of positions) cells[p] = recordCell(fields[key]);
      out.appends.push(cells);
      continue;
    }
    const now = row.record as Readonly<Record<string, unknown>>;
    const changed = positions.filter(([, key]) => key !== tab.spec.key && !sameValue(now[key], fields[key]));
    let run: (readonly [number, string])[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const from = (run[0] as readonly [number, string])[0];
      const to = (run[run.length - 1] as readonly [number, string])[0];
      out.updates.push({ range: a1Range(tab.title, { row: row.rowNumber, from, to }), values: [run.map(([, key]) => recordCell(fields[key]))] });
      run = [];
    };
    for (const c of changed) {
      const last = run[run.length - 1];
      if (last && last[0] !== c[0] - 1) flush();
      run.push(c);
    }
    flush();
  }
  return out;
}
