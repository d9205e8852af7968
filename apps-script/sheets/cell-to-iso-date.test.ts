import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateOf } from '../../shared/index.ts';
import { isoDateToNoon, midnightCellToIsoDate, parseZoneOffset } from './cell-to-iso-date.ts';

/** The UTC offset (ms) of `zone` at instant `t`, from the test machine's time-zone data. */
function offsetAt(zone: string, t: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(t));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - Math.floor(t / 1000) * 1000;
}

/** The instant Sheets hands over for a date-only cell: local midnight of that day in `zone`. */
function localMidnight(zone: string, y: number, m: number, d: number): Date {
  let t = Date.UTC(y, m - 1, d);
  for (let i = 0; i < 3; i++) t = Date.UTC(y, m - 1, d) - offsetAt(zone, t);
  return new Date(t);
}

const ZONES = ['America/Los_Angeles', 'America/New_York', 'Pacific/Honolulu', 'Europe/London', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe', 'UTC'];

describe('midnightCellToIsoDate', () => {
  it('case 15: 2025-03-09 in a Los Angeles sheet stays March 9 (the day daylight saving starts)', () => {
    const cell = localMidnight('America/Los_Angeles', 2025, 3, 9);
    expect(midnightCellToIsoDate(cell, [-8 * 3_600_000, -7 * 3_600_000])).toBe('2025-03-09');
    expect(midnightCellToIsoDate(cell, -7 * 3_600_000)).toBe('2025-03-09');
  });

  it('reads every date-only cell as the day it shows, in any zone and season (even zones that crossed the date line)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1950, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (zone, y, m, d) => {
          fc.pre(isoDateOf(y, m, d) !== undefined);
          const cell = localMidnight(zone, y, m, d);
          const refs = [offsetAt(zone, Date.UTC(y, 0, 1, 12)), offsetAt(zone, Date.UTC(y, 6, 1, 12))];
          expect(midnightCellToIsoDate(cell, refs)).toBe(isoDateOf(y, m, d));
        },
      ),
    );
  });

  it('refuses a cell with a time of day, so the caller asks Utilities.formatDate instead', () => {
    const cell = new Date(localMidnight('America/New_York', 2025, 9, 2).getTime() + 14.5 * 3_600_000);
    expect(midnightCellToIsoDate(cell, [-5 * 3_600_000, -4 * 3_600_000])).toBeUndefined();
    expect(midnightCellToIsoDate(new Date(Number.NaN), 0)).toBeUndefined();
  });
});

describe('zone helpers', () => {
  it('parses Z offsets and puts noon on the same day in that zone', () => {
    expect(parseZoneOffset('-0800')).toBe(-8 * 3_600_000);
    expect(parseZoneOffset('+05:30')).toBe(5.5 * 3_600_000);
    expect(parseZoneOffset('PST')).toBeUndefined();
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 20000 }), (zone, dayNumber) => {
        const date = new Date(Date.UTC(1990, 0, 1) + dayNumber * 86_400_000).toISOString().slice(0, 10);
        const noon = isoDateToNoon(date as never, offsetAt(zone, Date.UTC(1990, 0, 1) + dayNumber * 86_400_000));
        const local = new Date(noon.getTime() + offsetAt(zone, noon.getTime()));
        expect(local.toISOString().slice(0, 10)).toBe(date);
      }),
    );
  });
});
