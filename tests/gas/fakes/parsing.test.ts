import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnToLetters, lettersToColumn, parseA1, rectToA1 } from './a1.ts';
import { parseTypedText } from './cell-parse.ts';
import { displayValue, formatSerialAsDate, isDateTimeFormat, serialToWall, wallToSerial } from './number-format.ts';

const day = fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
});
const pad = (n: number) => String(n).padStart(2, '0');

describe('typed text → cell value', () => {
  it('every real date typed as yyyy-MM-dd or M/d/yyyy becomes that day', () => {
    fc.assert(
      fc.property(day, ({ y, m, d }) => {
        const iso = parseTypedText(`${y}-${pad(m)}-${pad(d)}`);
        const us = parseTypedText(`${m}/${d}/${y}`);
        expect(iso.kind).toBe('date');
        expect(us.kind).toBe('date');
        if (iso.kind !== 'date' || us.kind !== 'date') return;
        expect(iso.serial).toBe(us.serial);
        expect(formatSerialAsDate(iso.serial, 'yyyy-mm-dd')).toBe(`${y}-${pad(m)}-${pad(d)}`);
      }),
    );
  });

  it('reads month names, and a month/day without a year as this year (as Sheets does)', () => {
    const iso = (t: string) => {
      const p = parseTypedText(t, 'en_US', 2026);
      return p.kind === 'date' ? formatSerialAsDate(p.serial, 'yyyy-mm-dd') : p.kind;
    };
    expect(['Mar 9, 2025', 'March 9 2025', '9 Sept 2025', '3/4', '2/29', 'Marching 9, 2025'].map(iso)).toEqual(['2025-03-09', '2025-03-09', '2025-09-09', '2026-03-04', 'text', 'text']);
  });

  it('reads a time of day as a time value', () => {
    const shown = (t: string) => {
      const p = parseTypedText(t);
      return p.kind === 'date' ? displayValue(p.serial, p.format) : p.kind;
    };
    expect(['3:30 PM', '14:05', '12:00 am', '13:00 pm', '7:75'].map(shown)).toEqual(['3:30 PM', '14:05', '12:00 AM', 'text', 'text']);
  });

  it('day-first locales read 3/9/2025 as 3 September', () => {
    const gb = parseTypedText('3/9/2025', 'en_GB');
    expect(gb.kind === 'date' && formatSerialAsDate(gb.serial, 'yyyy-mm-dd')).toBe('2025-09-03');
  });

  it('impossible month/day combinations stay text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 40 }), fc.integer({ min: 1901, max: 2099 }), (m, d, y) => {
        const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
        fc.pre(d > lastDay);
        expect(parseTypedText(`${m}/${d}/${y}`)).toEqual({ kind: 'text', value: `${m}/${d}/${y}` });
        expect(parseTypedText(`${y}-${pad(m)}-${d}`).kind).toBe('text');
      }),
    );
    expect(parseTypedText('13/45/2025').kind).toBe('text');
  });

  it('recognises numbers, booleans, percentages, formulas and forced text', () => {
    expect(parseTypedText('45678')).toEqual({ kind: 'number', value: 45678 });
    expect(parseTypedText('1,234.5')).toMatchObject({ kind: 'number', value: 1234.5 });
    expect(parseTypedText('50%')).toMatchObject({ kind: 'number', value: 0.5, format: '0%' });
    expect(parseTypedText('true')).toEqual({ kind: 'boolean', value: true });
    expect(parseTypedText('=A1+1')).toEqual({ kind: 'formula', formula: '=A1+1' });
    expect(parseTypedText("'0042")).toEqual({ kind: 'text', value: '0042' });
    expect(parseTypedText('S-0042')).toEqual({ kind: 'text', value: 'S-0042' });
  });

  it('keeps times typed with a date', () => {
    const p = parseTypedText('2025-03-09 14:30');
    expect(p).toMatchObject({ kind: 'date', format: 'yyyy-mm-dd H:mm' });
    expect(p.kind === 'date' && displayValue(p.serial, 'M/d/yyyy h:mm am/pm')).toBe('3/9/2025 2:30 PM');
  });
});

describe('serial numbers and formats', () => {
  it('wall time ↔ serial round-trips and 2025-01-21 is 45678', () => {
    expect(wallToSerial({ year: 2025, month: 1, day: 21, hour: 0, minute: 0, second: 0, millisecond: 0 })).toBe(45678);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 86_399 }), ({ y, m, d }, secs) => {
        const w = { year: y, month: m, day: d, hour: Math.floor(secs / 3600), minute: Math.floor(secs / 60) % 60, second: secs % 60, millisecond: 0 };
        expect(serialToWall(wallToSerial(w))).toEqual(w);
      }),
    );
  });

  it('tells date formats from number formats', () => {
    expect(['M/d/yyyy', 'yyyy-mm-dd', 'mmm d', 'h:mm am/pm', 'dddd'].map(isDateTimeFormat)).toEqual([true, true, true, true, true]);
    expect(['General', '0.###############', '0.00', '#,##0', '@', '0%', '"Day "0'].map(isDateTimeFormat)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('A1 notation', () => {
  it('column letters round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 18_278 }), (n) => {
        expect(lettersToColumn(columnToLetters(n))).toBe(n);
      }),
    );
    expect([columnToLetters(1), columnToLetters(26), columnToLetters(27), columnToLetters(703)]).toEqual(['A', 'Z', 'AA', 'AAA']);
  });

  it('ranges round-trip and accept sheet names, open ends and $', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 10 }), (row, col, numRows, numCols) => {
        const rect = { row, col, numRows, numCols };
        expect(parseA1(rectToA1(rect), 1000, 100)?.rect).toEqual(rect);
      }),
    );
    expect(parseA1("'Case load'!$B$2:C", 1000, 26)).toEqual({ sheetName: 'Case load', rect: { row: 2, col: 2, numRows: 999, numCols: 2 } });
    expect(parseA1('A:A', 1000, 26)?.rect).toEqual({ row: 1, col: 1, numRows: 1000, numCols: 1 });
    expect(parseA1('not a range', 1000, 26)).toBeNull();
  });
});
