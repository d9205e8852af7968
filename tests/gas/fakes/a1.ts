/** A1 notation: column letters, cell and range references as Sheets writes them. */

/** A rectangle of cells, 1-based, inclusive. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** 1 → A, 27 → AA. */
export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 1, AA → 27 (case-insensitive). */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Range as A1 (`B2`, `A1:C3`); whole-column/row ranges are written as Sheets does (`A1:A1000`). */
export function rectToA1(r: Rect): string {
  const start = `${columnToLetters(r.col)}${r.row}`;
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${columnToLetters(r.col + r.numCols - 1)}${r.row + r.numRows - 1}`;
}

/** Parsed A1 reference, with an optional sheet name. */
export interface ParsedA1 {
  sheetName?: string;
  rect: Rect;
}

/**
 * Parses `A1`, `A1:C3`, `A:C`, `2:5`, `A2:C` (open-ended), optionally prefixed `Sheet!` or `'My Sheet'!`.
 * Returns null when the text is not a range.
 */
export function parseA1(text: string, maxRows: number, maxCols: number): ParsedA1 | null {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    sheetName = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    rest = rest.slice(bang + 1);
  }
  const part = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;
  const [a, b] = rest.split(':') as [string, string | undefined];
  const pa = part.exec(a);
  const pb = b === undefined ? pa : part.exec(b);
  if (!pa || !pb || (!pa[1] && !pa[2]) || (!pb[1] && !pb[2]) || rest.split(':').length > 2) return null;
  if (b === undefined && (!pa[1] || !pa[2])) return null;
  const c1 = pa[1] ? lettersToColumn(pa[1]) : 1;
  const r1 = pa[2] ? Number(pa[2]) : 1;
  const c2 = pb[1] ? lettersToColumn(pb[1]) : maxCols;
  const r2 = pb[2] ? Number(pb[2]) : maxRows;
  if (r1 < 1 || r2 < 1 || c1 < 1 || c2 < 1) return null;
  const rect = {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numCols: Math.abs(c2 - c1) + 1,
  };
  return sheetName === undefined ? { rect } : { sheetName, rect };
}

/** True when two rectangles share at least one cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
