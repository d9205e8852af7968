/**
 * Writes one row's changed cells, one write per run of neighbouring columns, so untouched cells (and any
 * formulas in them) stay as they are.
 *
 * @param row the sheet row (1-based)
 * @param changes [column position (0-based), value] pairs, in any order
 * @example writeChangedCells(sheet, 5, [[3, 'x'], [4, 'y'], [9, 'z']]) // two writes: D5:E5 and J5
 */
export function writeChangedCells(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, changes: readonly [number, unknown][]): void {
  const sorted = [...changes].sort((a, b) => a[0] - b[0]);
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && (sorted[end + 1] as [number, unknown])[0] === (sorted[end] as [number, unknown])[0] + 1) end++;
    const run = sorted.slice(start, end + 1);
    sheet.getRange(row, (run[0] as [number, unknown])[0] + 1, 1, run.length).setValues([run.map((c) => c[1])]);
    start = end + 1;
  }
}
