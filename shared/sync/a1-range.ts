/**
 * A column's letters in A1 notation (0 → A, 25 → Z, 26 → AA).
 *
 * @example columnLetters(27) // 'AB'
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A range of one row in A1 notation, the tab's name quoted as the Sheets API wants (`'Service Log'!C5:E5`);
 * with no columns, the whole tab.
 *
 * @example a1Range('Service Log', { row: 5, from: 2, to: 4 }) // "'Service Log'!C5:E5"
 */
export function a1Range(tab: string, cells?: { row: number; from: number; to: number }): string {
  const quoted = `'${tab.replace(/'/g, "''")}'`;
  if (!cells) return quoted;
  const start = `${columnLetters(cells.from)}${cells.row}`;
  return cells.to === cells.from ? `${quoted}!${start}` : `${quoted}!${start}:${columnLetters(cells.to)}${cells.row}`;
}
