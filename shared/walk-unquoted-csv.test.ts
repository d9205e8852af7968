import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { walkUnquotedCsv } from './walk-unquoted-csv.ts';

/** Every row the walker visits, copied (it reuses one array). */
function rowsOf(text: string, delimiter: string, newline: string): string[][] {
  const rows: string[][] = [];
  walkUnquotedCsv(text, delimiter, newline, (cells) => {
    rows.push([...cells]);
  });
  return rows;
}

describe('walkUnquotedCsv', () => {
  it('splits each line at the delimiter, keeping empty cells and an empty last line', () => {
    expect(rowsOf('Student ID,Date,Note\nS1,2026-09-08,\n,,\n', ',', '\n')).toEqual([['Student ID', 'Date', 'Note'], ['S1', '2026-09-08', ''], ['', '', ''], ['']]);
    expect(rowsOf('a\tb\r\nc', '\t', '\r\n')).toEqual([['a', 'b'], ['c']]);
    expect(rowsOf('', ',', '\n')).toEqual([]);
  });

  it('reads a file of one column, and stops when told', () => {
    expect(rowsOf('x\ny\nz,w', ',', '\n')).toEqual([['x'], ['y'], ['z', 'w']]);
    const seen: string[] = [];
    walkUnquotedCsv('a\nb\nc', ',', '\n', (cells) => seen.push(cells[0] as string) < 2);
    expect(seen).toEqual(['a', 'b']);
  });

  it('property: reads text without quotes exactly as papaparse does', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '\t', '\n', '\r\n', '\r', ' ', '=1', "'", '\uFEFF', '|') }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n', '\r'),
        (text, delimiter, newline) => {
          const papa = Papa.parse<string[]>(text, { delimiter, newline: newline as '\n', skipEmptyLines: false });
          expect(rowsOf(text, delimiter, newline)).toEqual(papa.data);
        },
      ),
      { numRuns: 500 },
    );
  });
});
