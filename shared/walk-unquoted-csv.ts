/**
 * Walks CSV text that has no quote character, row by row, as papaparse's fast mode reads it (each line
 * split at the delimiter), without an array per row or a string per line: `visit` gets one array, filled
 * anew for each row, so it must not keep it. As papaparse does, a byte-order mark at the start is dropped
 * and empty text has no rows. `visit` returns false to stop.
 *
 * @example walkUnquotedCsv('a,b\nc,d', ',', '\n', (cells) => console.log([...cells])) // logs ['a', 'b'] then ['c', 'd']
 */
export function walkUnquotedCsv(text: string, delimiter: string, newline: string, visit: (cells: readonly string[]) => boolean | void): void {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.length === start) return;
  const cells: string[] = [];
  // The next delimiter, found once and kept across lines without one (a file of one column is not searched to its end on every line).
  let next = text.indexOf(delimiter, start);
  for (;;) {
    let end = text.indexOf(newline, start);
    if (end < 0) end = text.length;
    if (next >= 0 && next < start) next = text.indexOf(delimiter, start);
    let count = 0;
    let from = start;
    while (next >= 0 && next < end) {
      cells[count++] = text.slice(from, next);
      from = next + delimiter.length;
      next = text.indexOf(delimiter, from);
    }
    cells[count++] = text.slice(from, end);
    cells.length = count;
    if (visit(cells) === false || end === text.length) return;
    start = end + newline.length;
  }
}
