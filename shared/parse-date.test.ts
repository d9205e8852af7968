import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween } from './add-calendar-days.ts';
import { isIsoDate, partsOf } from './iso-date.ts';
import { parseDate } from './parse-date.ts';
import { anyIsoDate, d, isoDateBetween } from './test-fixtures.ts';

const value = (input: unknown, options?: Parameters<typeof parseDate>[1]) => {
  const r = parseDate(input, options);
  return r.ok ? r.value : `FAIL: ${r.error.message}`;
};
const reason = (input: unknown) => {
  const r = parseDate(input);
  return r.ok ? `OK ${r.value}` : r.error.message;
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('parseDate: the spellings teachers and IEP systems use', () => {
  it.each([
    ['2025-09-02', '2025-09-02'],
    ['2025-9-2', '2025-09-02'],
    ['2025/09/02', '2025-09-02'],
    ['2025-09-02T00:00:00Z', '2025-09-02'],
    ['2025-09-02 14:30', '2025-09-02'],
    ['9/2/2025', '2025-09-02'],
    ['09/02/2025', '2025-09-02'],
    ['09/02/25', '2025-09-02'],
    ['9-2-2025', '2025-09-02'],
    ['9.2.2025', '2025-09-02'],
    ['Sept 2, 2025', '2025-09-02'],
    ['Sep. 2, 2025', '2025-09-02'],
    ['September 2 2025', '2025-09-02'],
    ['september 2nd, 2025', '2025-09-02'],
    ['Tuesday, September 2, 2025', '2025-09-02'],
    ['2 September 2025', '2025-09-02'],
    ['2 Sept. 2025', '2025-09-02'],
    ['3/9/2025', '2025-03-09'], // US order: month first
    ['Feb 29, 2028', '2028-02-29'],
  ])('%s → %s', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it('ignores surrounding and repeated whitespace', () => {
    expect(value('  9/2/2025\t')).toBe('2025-09-02');
    expect(value('\nSept   2,   2025 ')).toBe('2025-09-02');
  });

  it('reads two-digit years around the pivot (default 70)', () => {
    expect(value('3/4/69')).toBe('2069-03-04');
    expect(value('3/4/70')).toBe('1970-03-04');
    expect(value('3/4/00')).toBe('2000-03-04');
    expect(value('12/20/99')).toBe('1999-12-20');
    expect(value('3/4/69', { twoDigitYearPivot: 50 })).toBe('1969-03-04');
    expect(value('3/4/49', { twoDigitYearPivot: 50 })).toBe('2049-03-04');
  });

  it('reads spreadsheet serial numbers (day 0 = 1899-12-30) in a plausible range', () => {
    // 25569 is 1970-01-01 in Sheets/Excel; 45678 - 25569 = 20109 days later → 2025-01-21
    expect(value(25569)).toBe('1970-01-01');
    expect(value(45678)).toBe('2025-01-21');
    expect(value('45678')).toBe('2025-01-21');
    expect(value(45678.75)).toBe('2025-01-21'); // a date-time cell keeps its day
    expect(value(18264)).toBe('1950-01-01'); // the documented lower bound
    expect(value(73050)).toBe('2099-12-31'); // the documented upper bound (2099-12-31)
  });

  it('rejects numbers outside the serial range, such as a grade or a count', () => {
    expect(reason(7)).toBe('The number 7 is not a date; type a date like 9/2/2025.');
    expect(parseDate(18263).ok).toBe(false); // 1949-12-31
    expect(parseDate(73051).ok).toBe(false); // 2100-01-01, one past "2099-12-31"
    expect(parseDate(-45678).ok).toBe(false);
    expect(parseDate(Number.NaN).ok).toBe(false);
    expect(parseDate(Number.POSITIVE_INFINITY).ok).toBe(false);
    expect(parseDate('7').ok).toBe(false);
    expect(value(7, { minSerial: 1 })).toBe('1900-01-06');
  });

  it('rejects impossible days and says why', () => {
    expect(reason('2/30/2026')).toBe('"2/30/2026" is not a real day (that month has no day 30).');
    expect(reason('13/45/2025')).toBe('"13/45/2025" has no month 13; use a date like 9/2/2025.');
    expect(reason('2025-02-29')).toBe('"2025-02-29" is not a real day (that month has no day 29).');
    expect(reason('April 31, 2026')).toBe('"April 31, 2026" is not a real day (that month has no day 31).');
    expect(reason('0/10/2025')).toContain('has no month 0');
    expect(reason('Smarch 3, 2025')).toBe('"Smarch 3, 2025" has a month name I do not know.');
  });

  it('rejects garbage with a plain reason and never echoes a long cell in full', () => {
    expect(reason('')).toBe('The date is empty.');
    expect(reason('   ')).toBe('The date is empty.');
    expect(reason('TBD')).toBe('"TBD" is not a date I can read; use a date like 9/2/2025 or 2025-09-02.');
    for (const bad of ['N/A', '2025', '9/2', 'next Tuesday', '9/2/2025 or so', '2025-09-02-01', '1e5']) {
      expect(parseDate(bad).ok, bad).toBe(false);
    }
    const long = `x${'y'.repeat(500)}`;
    const r = parseDate(long);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message.length).toBeLessThan(120);
    for (const notText of [null, undefined, {}, [], true, new Date(2025, 8, 2)]) {
      expect(reason(notText)).toBe('Expected a date.');
    }
  });
});

describe('parseDate properties', () => {
  const spellings = (date: string): string[] => {
    const { year, month, day } = partsOf(d(date));
    const mm = String(month).padStart(2, '0');
    const dd = String(day).padStart(2, '0');
    const name = MONTH_NAMES[month - 1] as string;
    return [date, `${month}/${day}/${year}`, `${mm}/${dd}/${year}`, `${name} ${day}, ${year}`, `${day} ${name} ${year}`, `${name.slice(0, 3)} ${day}, ${year}`];
  };

  it('every spelling we write of a real date reads back as that date', () => {
    fc.assert(
      fc.property(isoDateBetween('1900-01-01', '2100-12-31'), (date) => spellings(date).every((s) => value(s) === date)),
      { numRuns: 500 },
    );
  });

  it('a written year outside 1900-2100 is taken for a typo, unless the caller widens the range', () => {
    expect(parseDate('12/20/2205')).toEqual({ ok: false, error: { code: 'implausible-year', message: '"12/20/2205" has the year 2205: is that a typo?' } });
    expect(parseDate('1899-12-31').ok).toBe(false);
    fc.assert(
      fc.property(isoDateBetween('1000-01-01', '9999-12-31'), (date) =>
        spellings(date).every((s) => parseDate(s, { minYear: 1000, maxYear: 9999 }).ok && (parseDate(s, { minYear: 1000, maxYear: 9999 }) as { value: string }).value === date),
      ),
      { numRuns: 300 },
    );
  });

  it('every date in the serial range reads back from its serial number, as a number or as text', () => {
    fc.assert(
      fc.property(isoDateBetween('1950-01-01', '2099-12-31'), (date) => {
        const serial = calendarDaysBetween(d('1899-12-30'), date);
        return value(serial) === date && value(String(serial)) === date && addCalendarDays(d('1899-12-30'), serial) === date;
      }),
    );
  });

  it('never returns a day that does not exist, for any text', () => {
    const ok = (input: unknown) => {
      const r = parseDate(input);
      return r.ok ? isIsoDate(r.value) : typeof r.error.message === 'string' && r.error.message.length > 0;
    };
    fc.assert(fc.property(fc.string(), ok), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), ok), { numRuns: 500 });
    fc.assert(fc.property(fc.double(), ok), { numRuns: 500 });
    fc.assert(fc.property(fc.integer(), ok), { numRuns: 500 });
  }, 60_000); // 2,000 random inputs: allow for a busy machine

  it('date-shaped text is either the exact day it names or rejected', () => {
    const sep = fc.constantFrom('/', '-', '.');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1900, max: 2199 }), sep, (m, day, y, s) => {
        const r = parseDate(`${m}${s}${day}${s}${y}`);
        if (!r.ok) return !isRealDay(y, m, day) || y > 2100;
        return isRealDay(y, m, day) && JSON.stringify(partsOf(r.value)) === JSON.stringify({ year: y, month: m, day });
      }),
      { numRuns: 1000 },
    );
  });

  it('any real date spelled with a two-digit year lands within the century around the pivot', () => {
    fc.assert(
      fc.property(anyIsoDate, (date) => {
        const { year, month, day } = partsOf(date);
        const r = parseDate(`${month}/${day}/${String(year % 100).padStart(2, '0')}`);
        return r.ok && r.value >= '1970-01-01' && r.value <= '2069-12-31' && r.value.slice(2) === date.slice(2);
      }),
    );
  });
});

function isRealDay(y: number, m: number, day: number): boolean {
  const lengths = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return m >= 1 && m <= 12 && day >= 1 && day <= (lengths[m - 1] as number);
}
