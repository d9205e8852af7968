/**
 * Persistent state of the fake spreadsheet (what Google stores), independent of any execution.
 * Values are stored like Sheets stores them: numbers (dates are serial numbers with a date format),
 * strings, booleans, or null for empty.
 */
import { type Rect, contains, intersects } from './a1.ts';
import type { ChartState } from './chart.ts';
import { DEFAULT_NUMBER_FORMAT } from './number-format.ts';

/** Stored validation rule. */
export interface ValidationState {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

/** One cell. Absent from the map = empty and unformatted. */
export interface CellState {
  v: string | number | boolean | null;
  format?: string;
  formula?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  note?: string;
  validation?: ValidationState;
}

/** Stored conditional format rule. */
export interface ConditionalRuleState {
  criteria: string;
  args: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: { sheetId: number; rect: Rect }[];
}

/** Stored protection. */
export interface ProtectionState {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  rect: Rect | undefined;
  description: string;
  editors: Set<string>;
  warningOnly: boolean;
  domainEdit: boolean;
  unprotected: Rect[];
  removed: boolean;
}

/** Stored filter criteria of one column. */
export interface FilterCriteriaState {
  criteria: string;
  args: unknown[];
  hidden: string[];
  visible: string[];
}

/** A sheet's basic filter. */
export interface FilterState {
  rect: Rect;
  /** Column position (1-based, sheet coordinates) → criteria. */
  columns: Map<number, FilterCriteriaState>;
}

/** One tab. */
export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  cells: Map<number, CellState>;
  frozenRows: number;
  frozenCols: number;
  hiddenCols: Set<number>;
  hiddenRows: Set<number>;
  colWidths: Map<number, number>;
  merges: Rect[];
  conditionalRules: ConditionalRuleState[];
  filter: FilterState | undefined;
  /** Embedded charts, in insertion order. */
  charts: ChartState[];
}

/** The whole spreadsheet. */
export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  editors: Set<string>;
  viewers: Set<string>;
  sheets: SheetState[];
  activeSheetId: number;
  activeRange: { sheetId: number; rect: Rect } | undefined;
  namedRanges: Map<string, { sheetId: number; rect: Rect }>;
  protections: ProtectionState[];
  nextSheetId: number;
  nextProtectionId: number;
}

const KEY_COLS = 18_278;
/** Map key of a cell. */
export const cellKey = (row: number, col: number): number => (row - 1) * KEY_COLS + (col - 1);
/** Row and column of a map key. */
export const keyCell = (key: number): [number, number] => [Math.floor(key / KEY_COLS) + 1, (key % KEY_COLS) + 1];

/** Creates a tab with Sheets' defaults (1000 x 26). */
export function newSheetState(id: number, name: string, rows = 1000, cols = 26): SheetState {
  return {
    id,
    name,
    maxRows: rows,
    maxCols: cols,
    cells: new Map(),
    frozenRows: 0,
    frozenCols: 0,
    hiddenCols: new Set(),
    hiddenRows: new Set(),
    colWidths: new Map(),
    merges: [],
    conditionalRules: [],
    charts: [],
    filter: undefined,
  };
}

/** True when a cell holds content (a value or a formula); formatting alone does not count. */
export function hasContent(cell: CellState | undefined): boolean {
  return !!cell && (cell.v !== null || cell.formula !== undefined);
}

/** Last row / column with content (0 when the sheet is empty). */
export function lastContent(sheet: SheetState): { row: number; col: number } {
  let row = 0;
  let col = 0;
  for (const [key, cell] of sheet.cells) {
    if (!hasContent(cell)) continue;
    const [r, c] = keyCell(key);
    if (r > row) row = r;
    if (c > col) col = c;
  }
  return { row, col };
}

/** Reads a cell's stored format. */
export function formatOf(sheet: SheetState, row: number, col: number): string {
  return sheet.cells.get(cellKey(row, col))?.format ?? DEFAULT_NUMBER_FORMAT;
}

/** Returns the mutable cell, creating it. */
export function touchCell(sheet: SheetState, row: number, col: number): CellState {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { v: null };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Drops cells that carry nothing. */
export function pruneCell(sheet: SheetState, row: number, col: number): void {
  const key = cellKey(row, col);
  const c = sheet.cells.get(key);
  if (c && c.v === null && c.formula === undefined && Object.keys(c).length === 1) sheet.cells.delete(key);
}

/** The merge containing a cell, if any. */
export function mergeAt(sheet: SheetState, row: number, col: number): Rect | undefined {
  return sheet.merges.find((m) => row >= m.row && row < m.row + m.numRows && col >= m.col && col < m.col + m.numCols);
}

/** Protections (not warning-only) that stop `user` from editing `rect` of `sheet`. */
export function blockingProtections(ss: SpreadsheetState, sheet: SheetState, rect: Rect, user: string): ProtectionState[] {
  if (user === ss.owner) return [];
  return ss.protections.filter((p) => {
    if (p.removed || p.warningOnly || p.sheetId !== sheet.id || p.editors.has(user)) return false;
    if (p.type === 'RANGE') return !!p.rect && intersects(p.rect, rect);
    // Sheet protection: blocked unless every cell of rect is inside an unprotected range.
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.col; c < rect.col + rect.numCols; c++) {
        const cell = { row: r, col: c, numRows: 1, numCols: 1 };
        if (!p.unprotected.some((u) => contains(u, cell))) return true;
      }
    }
    return false;
  });
}

/**
 * Shifts everything at or after `at` along one axis by `delta` (positive: insert, negative: delete
 * `-delta` rows/columns starting at `at`). Applies to cells, merges, protections, rules, named ranges.
 */
export function shiftDimension(ss: SpreadsheetState, sheet: SheetState, axis: 'row' | 'col', at: number, delta: number): void {
  const moved = new Map<number, CellState>();
  for (const [key, cell] of sheet.cells) {
    let [r, c] = keyCell(key);
    const pos = axis === 'row' ? r : c;
    if (delta < 0 && pos >= at && pos < at - delta) continue;
    if (pos >= at) {
      if (axis === 'row') r += delta;
      else c += delta;
    }
    moved.set(cellKey(r, c), cell);
  }
  sheet.cells = moved;
  const shiftRect = (rect: Rect): Rect | undefined => {
    const start = axis === 'row' ? rect.row : rect.col;
    const size = axis === 'row' ? rect.numRows : rect.numCols;
    let s = start;
    let n = size;
    if (delta > 0) {
      if (start >= at) s = start + delta;
      else if (start + size > at) n = size + delta;
    } else {
      const delStart = at;
      const delEnd = at - delta; // exclusive
      const end = start + size; // exclusive
      const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(start, delStart));
      n = size - overlap;
      if (start >= delEnd) s = start + delta;
      else if (start >= delStart) s = delStart;
      if (n <= 0) return undefined;
    }
    return axis === 'row' ? { ...rect, row: s, numRows: n } : { ...rect, col: s, numCols: n };
  };
  sheet.merges = sheet.merges.map(shiftRect).filter((r): r is Rect => !!r && r.numRows * r.numCols > 1);
  for (const p of ss.protections) {
    if (p.sheetId !== sheet.id) continue;
    if (p.rect) {
      const next = shiftRect(p.rect);
      if (next) p.rect = next;
      else p.removed = true;
    }
    p.unprotected = p.unprotected.map(shiftRect).filter((r): r is Rect => !!r);
  }
  for (const rule of sheet.conditionalRules) {
    rule.ranges = rule.ranges.map((x) => ({ ...x, rect: x.sheetId === sheet.id ? shiftRect(x.rect) : x.rect })).filter((x): x is { sheetId: number; rect: Rect } => !!x.rect);
  }
  for (const [name, nr] of ss.namedRanges) {
    if (nr.sheetId !== sheet.id) continue;
    const next = shiftRect(nr.rect);
    if (next) nr.rect = next;
    else ss.namedRanges.delete(name);
  }
  if (axis === 'col') {
    const shiftSet = (set: Set<number>): Set<number> =>
      new Set([...set].flatMap((c) => (delta < 0 && c >= at && c < at - delta ? [] : [c >= at ? c + delta : c])));
    sheet.hiddenCols = shiftSet(sheet.hiddenCols);
    const widths = new Map<number, number>();
    for (const [c, w] of sheet.colWidths) if (!(delta < 0 && c >= at && c < at - delta)) widths.set(c >= at ? c + delta : c, w);
    sheet.colWidths = widths;
  }
  if (sheet.filter) {
    const rect = shiftRect(sheet.filter.rect);
    if (!rect) sheet.filter = undefined;
    else {
      const columns = new Map<number, FilterCriteriaState>();
      for (const [c, crit] of sheet.filter.columns) {
        if (axis === 'col' && delta < 0 && c >= at && c < at - delta) continue;
        columns.set(axis === 'col' && c >= at ? c + delta : c, crit);
      }
      sheet.filter = { rect, columns };
    }
  }
}

/**
 * Grows a sheet to `rows` rows. Protections, merges and filters that reached the old last row are
 * whole-column ranges in Sheets (`A:A`), so they grow with the sheet.
 */
export function growRows(ss: SpreadsheetState, sheet: SheetState, rows: number): void {
  const old = sheet.maxRows;
  if (rows <= old) return;
  const reachesEnd = (r: Rect) => r.row + r.numRows - 1 === old;
  for (const p of ss.protections) if (p.sheetId === sheet.id && p.rect && reachesEnd(p.rect)) p.rect = { ...p.rect, numRows: rows - p.rect.row + 1 };
  if (sheet.filter && reachesEnd(sheet.filter.rect)) sheet.filter.rect = { ...sheet.filter.rect, numRows: rows - sheet.filter.rect.row + 1 };
  sheet.maxRows = rows;
}
