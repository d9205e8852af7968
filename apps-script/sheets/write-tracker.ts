import { type Result, fail, ok } from '../../shared/index.ts';
import type { ComputedCells } from './computed-values.ts';
import type { Tracker } from './read-tracker.ts';
import { headerNote, ownName } from './table-tab.ts';
import { COMPUTED_COLUMNS } from './tracker-layout.ts';

/**
 * Adds any missing computed columns (by header) after the last column, in one write; an adopted sheet
 * keeps its own columns and order.
 */
export function ensureComputedColumns(tracker: Tracker): void {
  const missing = COMPUTED_COLUMNS.filter((c) => tracker.computed[c.id] === undefined);
  if (missing.length === 0) return;
  const start = tracker.lastColumn;
  const max = tracker.sheet.getMaxColumns();
  if (max < start + missing.length) tracker.sheet.insertColumnsAfter(max, start + missing.length - max);
  // A user's own column of the same name stays theirs: ours takes a name of its own.
  const taken = new Set(tracker.headers.map((h) => h.toLowerCase()));
  const names = missing.map((c) => (taken.has(c.header.toLowerCase()) ? ownName(c.header) : c.header));
  const range = tracker.sheet.getRange(1, start + 1, 1, missing.length);
  range.setValues([names]);
  range.setNotes([missing.map((c) => headerNote('Casekeeper writes this column. Edit the other columns, not this one.', c.id))]);
  missing.forEach((c, i) => {
    tracker.computed[c.id] = start + i;
    tracker.headers.push(names[i] as string);
  });
  tracker.lastColumn = start + missing.length;
  for (const row of tracker.values) while (row.length < tracker.lastColumn) row.push('');
}

/** Contiguous runs of column positions: [[3,4,5],[9]]. */
export function contiguousRuns(positions: readonly number[]): number[][] {
  const sorted = [...positions].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const p of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === p - 1) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

const SHEET_CHANGED =
  'The Caseload tab changed while I was working (rows were added, removed or sorted, or a Student ID was edited). Nothing was written; run this again.';

/**
 * Checks, with one read, that every row still holds the Student ID and row key it had when read, so a
 * batched write cannot land on the wrong student.
 */
export function verifyUnchangedLayout(tracker: Tracker, studentIdColumn: number): Result<true> {
  const keyColumn = tracker.computed.rowKey;
  const rows = tracker.values.length;
  if (tracker.sheet.getLastRow() !== rows + 1) return fail('sheet-changed', SHEET_CHANGED);
  if (rows === 0) return ok(true);
  const now = tracker.sheet.getRange(2, 1, rows, tracker.lastColumn).getValues();
  for (let i = 0; i < rows; i++) {
    const before = tracker.values[i] ?? [];
    const after = now[i] ?? [];
    if (String(before[studentIdColumn] ?? '') !== String(after[studentIdColumn] ?? '')) return fail('sheet-changed', SHEET_CHANGED);
    if (keyColumn !== undefined && String(before[keyColumn] ?? '') !== String(after[keyColumn] ?? '')) return fail('sheet-changed', SHEET_CHANGED);
  }
  return ok(true);
}

/**
 * Writes the computed columns and row keys of every data row: one `setValues` per contiguous block of
 * computed columns (a constant number of calls, whatever the row count). Never writes a teacher's
 * column or the calendar-events column.
 */
export function writeComputed(tracker: Tracker, cells: readonly ComputedCells[], keys: readonly string[]): void {
  const rows = tracker.values.length;
  if (rows === 0) return;
  const positions = COMPUTED_COLUMNS.filter((c) => c.id !== 'events')
    .map((c) => tracker.computed[c.id])
    .filter((p): p is number => p !== undefined);
  const idAt = new Map(COMPUTED_COLUMNS.map((c) => [tracker.computed[c.id], c.id]));
  for (const run of contiguousRuns(positions)) {
    const block = cells.map((rowCells, r) =>
      run.map((p) => {
        const id = idAt.get(p) as string;
        return id === 'rowKey' ? (keys[r] ?? '') : (rowCells[id] ?? '');
      }),
    );
    tracker.sheet.getRange(2, (run[0] as number) + 1, rows, run.length).setValues(block);
  }
  const keyColumn = tracker.computed.rowKey;
  tracker.values.forEach((row, r) => {
    if (keyColumn !== undefined) row[keyColumn] = keys[r] ?? '';
  });
}

/**
 * Writes one row's "Calendar events" cell right after its events were written. The row is found by its
 * key (re-read if rows moved meanwhile), so the ids never land on another student.
 */
export function writeEventsCell(tracker: Tracker, rowNumber: number, rowKey: string, cell: string): void {
  const keyColumn = tracker.computed.rowKey;
  const eventsColumn = tracker.computed.events;
  if (keyColumn === undefined || eventsColumn === undefined) return;
  const { sheet } = tracker;
  let target = rowNumber;
  if (String(sheet.getRange(rowNumber, keyColumn + 1).getValue()) !== rowKey) {
    const last = sheet.getLastRow();
    if (last < 2) return;
    const keys = sheet.getRange(2, keyColumn + 1, last - 1, 1).getValues();
    const found = keys.findIndex((k) => k[0] === rowKey);
    if (found < 0) return;
    target = found + 2;
  }
  sheet.getRange(target, eventsColumn + 1).setValue(cell);
}
