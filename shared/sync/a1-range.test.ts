import { describe, expect, it } from 'vitest';
import { a1Range, columnLetters } from './a1-range.ts';

describe('a1Range', () => {
  it('names columns past Z as the sheet does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('quotes tab names, apostrophes included', () => {
    expect(a1Range('Service Log', { row: 5, from: 2, to: 4 })).toBe("'Service Log'!C5:E5");
    expect(a1Range("Kid's notes", { row: 2, from: 0, to: 0 })).toBe("'Kid''s notes'!A2");
    expect(a1Range('Caseload')).toBe("'Caseload'");
  });
});
