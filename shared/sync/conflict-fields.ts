import type { TableColumn } from '../table-column.ts';
import { recordCell } from './record-cell.ts';
import { sameValue } from '../same-record.ts';

/** One field of a conflict, in plain words: its header, this panel's value and the sheet's. */
export interface ConflictField {
  header: string;
  mine: string;
  sheet: string;
}

/** How a missing version of a row is shown. */
export const REMOVED = '(row removed)';

/**
 * The fields where this panel's version of a row and the sheet's differ, each named by its header and
 * shown as the sheet shows it (a side that deleted the row shows "(row removed)").
 *
 * @example conflictFields(SESSIONS_TABLE.columns, { minutes: 30 }, { minutes: 25 }, ['minutes']) // [{ header: 'Minutes', mine: '30', sheet: '25' }]
 */
export function conflictFields(
  columns: readonly TableColumn[],
  mine: Readonly<Record<string, unknown>> | undefined,
  sheet: Readonly<Record<string, unknown>> | undefined,
  keys: readonly string[],
): ConflictField[] {
  const shown = (r: Readonly<Record<string, unknown>> | undefined, key: string) => (r ? String(recordCell(r[key])) : REMOVED);
  return columns
    .filter((c) => keys.includes(c.key))
    .filter((c) => (mine && sheet ? !sameValue(mine[c.key], sheet[c.key]) : (mine ?? sheet)?.[c.key] !== undefined))
    .map((c) => ({ header: c.header, mine: shown(mine, c.key), sheet: shown(sheet, c.key) }));
}
