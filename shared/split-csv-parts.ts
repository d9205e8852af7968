/** How {@link splitCsvParts} splits: the file's delimiter and line break, and the size a part aims for. */
export interface CsvPartOptions {
  /** One character (as detected by papaparse: `,` `\t` `|` `;` …). */
  delimiter: string;
  /** `\n`, `\r\n` or `\r` (as papaparse guesses it for the whole text). */
  newline: string;
  /** Characters a part holds before it is cut at the next line break outside quotes. */
  partSize: number;
}

/**
 * Cuts CSV text into parts at line breaks outside quoted fields, so each part can be parsed on its own and
 * the rows of the parts, one after another, are the rows of the whole text (a big file then never holds
 * all its rows of cells at once). Quotes are read as RFC 4180 writes them: a field starting with `"` is
 * quoted up to the next `"` that is not doubled (`""` is an escaped quote), and line breaks inside it are
 * part of the cell. Text whose quotes do not follow that rule (a quote in the middle of a field, text after
 * a closing quote, a quote never closed), or with a line starting with a byte-order mark, is not cut: the
 * one part is the whole text, so a parser's own reading of it is kept. A part is never empty, and the line breaks cut at are not in any part.
 *
 * @example splitCsvParts('a,b\n"x\ny",1\nz,2', { delimiter: ',', newline: '\n', partSize: 1 }) // ['a,b', '"x\ny",1', 'z,2']
 */
export function splitCsvParts(text: string, options: CsvPartOptions): string[] {
  const { delimiter, newline, partSize } = options;
  const size = Math.max(1, partSize);
  // A byte-order mark at the start: the parser drops it, and the first part could be left empty. Read whole
  // (readTableCsv takes the mark off first).
  if (text.length <= size || text.charCodeAt(0) === 0xfeff) return [text];
  const parts: string[] = [];
  let start = 0;
  // Every quote before `settled` has been read, and `settled` is outside any quoted field.
  let settled = 0;
  while (text.length - start > size) {
    const cut = text.indexOf(newline, Math.max(settled, start + size));
    if (cut < 0) break;
    const quote = text.indexOf('"', settled);
    if (quote < 0 || quote >= cut) {
      const next = cut + newline.length;
      if (next >= text.length) break; // nothing after the last line break: no empty part
      // A line starting with a byte-order mark: a parser drops a mark at the start of what it is given, so
      // a part starting there would lose a character of the cell. Read whole.
      if (text.charCodeAt(next) === 0xfeff) return [text];
      parts.push(text.slice(start, cut));
      start = next;
      settled = next;
      continue;
    }
    // A quote outside a quoted field must open one, at the start of a field.
    const atFieldStart = quote === 0 || text[quote - 1] === delimiter || (quote >= newline.length && text.startsWith(newline, quote - newline.length));
    if (!atFieldStart) return [text];
    let close = quote + 1;
    for (;;) {
      close = text.indexOf('"', close);
      if (close < 0) return [text];
      if (text[close + 1] !== '"') break;
      close += 2;
    }
    const after = close + 1;
    if (!(after === text.length || text[after] === delimiter || text.startsWith(newline, after))) return [text];
    settled = after;
  }
  parts.push(text.slice(start));
  return parts;
}
