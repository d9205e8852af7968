import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { splitCsvParts } from './split-csv-parts.ts';

const parse = (text: string, delimiter: string, newline: string) => Papa.parse<string[]>(text, { delimiter, newline: newline as '\n', skipEmptyLines: false });

/** CSV-ish text: cells full of quotes, separators, line breaks and formula-looking text, written well (by papaparse) or pieced together raw. */
const csvText = fc.oneof(
  fc
    .tuple(fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '"', ',', ';', '\n', '\r', ' ', '=', "'", '1') }), { maxLength: 5 }), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([rows, newline, trailing]) => Papa.unparse(rows, { newline }) + (trailing ? newline : '')),
  fc.string({ unit: fc.constantFrom('a', '"', '""', ',', '\n', '\r\n', '\r', ' ', '=1', "'", '\uFEFF') }),
);

describe('splitCsvParts', () => {
  it('cuts at line breaks outside quotes, never inside a quoted cell', () => {
    expect(splitCsvParts('Student ID,Note\nS1,"two\nlines"\nS2,"say ""hi"""\nS3,x', { delimiter: ',', newline: '\n', partSize: 1 })).toEqual(['Student ID,Note', 'S1,"two\nlines"', 'S2,"say ""hi"""', 'S3,x']);
  });

  it('leaves text whose quotes are not written as RFC 4180 whole, so the parser reads it as before', () => {
    expect(splitCsvParts('a,5" ruler\nb,"x\ny"\nc', { delimiter: ',', newline: '\n', partSize: 1 })).toEqual(['a,5" ruler\nb,"x\ny"\nc']);
    expect(splitCsvParts('a\n"never closed\nb', { delimiter: ',', newline: '\n', partSize: 1 })).toEqual(['a\n"never closed\nb']);
  });

  it('never starts a part with a byte-order mark (a parser drops it there, and a cell would lose a character)', () => {
    expect(splitCsvParts('Student ID\n\uFEFF"', { delimiter: ',', newline: '\n', partSize: 1 })).toEqual(['Student ID\n\uFEFF"']);
  });

  it('property: the rows of the parts, one after another, are the rows of the whole text, for any part size', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(',', ';'), fc.integer({ min: 1, max: 40 }), (text, delimiter, partSize) => {
        const newline = parse(text, delimiter, '').meta.linebreak || '\n';
        const parts = splitCsvParts(text, { delimiter, newline, partSize });
        expect(parts.join(newline)).toBe(text);
        if (parts.length > 1) for (const part of parts) expect(part).not.toBe('');
        const whole = parse(text, delimiter, newline);
        const inParts = parts.map((p) => parse(p, delimiter, newline));
        expect(inParts.flatMap((p) => p.data)).toEqual(whole.data);
      }),
      { numRuns: 2000 },
    );
  });
});
