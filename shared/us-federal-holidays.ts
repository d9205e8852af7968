import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import { type IsoDate, isoDateOf } from './iso-date.ts';

/** A named day off. */
export interface Holiday {
  date: IsoDate;
  name: string;
}

function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  const first = toDayNumber(isoDateOf(year, month, 1) as IsoDate);
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return fromDayNumber(first + offset + (n - 1) * 7);
}

function lastWeekday(year: number, month: number, weekday: number): IsoDate {
  const nextFirst = toDayNumber(isoDateOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) as IsoDate);
  const last = nextFirst - 1;
  return fromDayNumber(last - ((weekdayOf(last) - weekday + 7) % 7));
}

/** A fixed-date holiday moves to Friday when on a Saturday and to Monday when on a Sunday. */
function observed(date: IsoDate): IsoDate {
  const day = toDayNumber(date);
  const wd = weekdayOf(day);
  return wd === 6 ? fromDayNumber(day - 1) : wd === 0 ? fromDayNumber(day + 1) : date;
}

/**
 * The eleven legal public holidays of 5 U.S.C. 6103(a), as observed (6103(b) and Executive Order
 * 11582: Saturday → Friday, Sunday → Monday). Juneteenth from 2021.
 *
 * @example usFederalHolidays(2025)[0] // { date: '2025-01-01', name: "New Year's Day" }
 */
export function usFederalHolidays(year: number): Holiday[] {
  const fixed = (month: number, day: number) => observed(isoDateOf(year, month, day) as IsoDate);
  const list: Holiday[] = [
    { date: fixed(1, 1), name: "New Year's Day" },
    { date: nthWeekday(year, 1, 1, 3), name: 'Birthday of Martin Luther King, Jr.' },
    { date: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday" },
    { date: lastWeekday(year, 5, 1), name: 'Memorial Day' },
    ...(year >= 2021 ? [{ date: fixed(6, 19), name: 'Juneteenth National Independence Day' }] : []),
    { date: fixed(7, 4), name: 'Independence Day' },
    { date: nthWeekday(year, 9, 1, 1), name: 'Labor Day' },
    { date: nthWeekday(year, 10, 1, 2), name: 'Columbus Day' },
    { date: fixed(11, 11), name: 'Veterans Day' },
    { date: nthWeekday(year, 11, 4, 4), name: 'Thanksgiving Day' },
    { date: fixed(12, 25), name: 'Christmas Day' },
  ];
  return list;
}
