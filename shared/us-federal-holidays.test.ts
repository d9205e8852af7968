import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber, weekdayOf } from './day-number.ts';
import { usFederalHolidays } from './us-federal-holidays.ts';

const on = (year: number, name: string) => usFederalHolidays(year).find((h) => h.name.startsWith(name))?.date;

describe('usFederalHolidays (5 U.S.C. 6103, as observed)', () => {
  it('lists the 2026 holidays as OPM publishes them', () => {
    expect(usFederalHolidays(2026)).toEqual([
      { date: '2026-01-01', name: "New Year's Day" },
      { date: '2026-01-19', name: 'Birthday of Martin Luther King, Jr.' }, // 3rd Monday of January
      { date: '2026-02-16', name: "Washington's Birthday" }, // 3rd Monday of February
      { date: '2026-05-25', name: 'Memorial Day' }, // last Monday of May
      { date: '2026-06-19', name: 'Juneteenth National Independence Day' }, // a Friday
      { date: '2026-07-03', name: 'Independence Day' }, // July 4, 2026 is a Saturday → Friday July 3
      { date: '2026-09-07', name: 'Labor Day' }, // 1st Monday of September
      { date: '2026-10-12', name: 'Columbus Day' }, // 2nd Monday of October
      { date: '2026-11-11', name: 'Veterans Day' }, // a Wednesday
      { date: '2026-11-26', name: 'Thanksgiving Day' }, // 4th Thursday of November
      { date: '2026-12-25', name: 'Christmas Day' }, // a Friday
    ]);
  });

  it('moves Saturday holidays to Friday and Sunday holidays to Monday', () => {
    expect(on(2021, 'Christmas')).toBe('2021-12-24'); // Dec 25, 2021 was a Saturday
    expect(on(2022, 'Christmas')).toBe('2022-12-26'); // Dec 25, 2022 was a Sunday
    expect(on(2022, 'Juneteenth')).toBe('2022-06-20'); // June 19, 2022 was a Sunday
    expect(on(2023, 'Veterans')).toBe('2023-11-10'); // Nov 11, 2023 was a Saturday
    expect(on(2027, 'Independence')).toBe('2027-07-05'); // July 4, 2027 is a Sunday
    expect(on(2022, "New Year")).toBe('2021-12-31'); // Jan 1, 2022 was a Saturday: observed the Friday before
  });

  it('has Juneteenth only from 2021', () => {
    expect(usFederalHolidays(2020)).toHaveLength(10);
    expect(on(2020, 'Juneteenth')).toBeUndefined();
    expect(on(2021, 'Juneteenth')).toBe('2021-06-18'); // June 19, 2021 was a Saturday
    expect(usFederalHolidays(2021)).toHaveLength(11);
  });

  it('puts Thanksgiving on the fourth Thursday, between the 22nd and the 28th', () => {
    expect(on(2025, 'Thanksgiving')).toBe('2025-11-27');
    expect(on(2024, 'Thanksgiving')).toBe('2024-11-28'); // November 2024 began on a Friday
    expect(on(2018, 'Thanksgiving')).toBe('2018-11-22'); // November 2018 began on a Thursday
    expect(on(2027, 'Memorial')).toBe('2027-05-31');
    expect(on(2025, 'Labor')).toBe('2025-09-01');
  });

  it('property: every observed holiday falls on a weekday, Monday-holidays on Mondays, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1971, max: 2200 }), (year) => {
        const list = usFederalHolidays(year);
        const weekdays = list.map((h) => weekdayOf(toDayNumber(h.date)));
        const mondays = ['Birthday of Martin', 'Washington', 'Memorial', 'Labor', 'Columbus'].map((n) => weekdayOf(toDayNumber(on(year, n) as never)));
        const sorted = list.every((h, i) => i === 0 || (list[i - 1] as { date: string }).date < h.date);
        const thanksgiving = on(year, 'Thanksgiving') as string;
        return (
          weekdays.every((w) => w >= 1 && w <= 5) &&
          mondays.every((w) => w === 1) &&
          sorted &&
          weekdayOf(toDayNumber(thanksgiving as never)) === 4 &&
          Number(thanksgiving.slice(8)) >= 22 &&
          Number(thanksgiving.slice(8)) <= 28
        );
      }),
    );
  });
});
