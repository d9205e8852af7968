import { compileCalendar } from './calendar-index.ts';
import { firstSchoolDayIndexAfter } from './first-school-day-index-after.ts';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import { type IsoDate, isoDateOf } from './iso-date.ts';
import type { Settings } from './settings.ts';
import { usFederalHolidays } from './us-federal-holidays.ts';
import { upperBound } from './upper-bound.ts';

/**
 * School days as service minutes count them, on day numbers: from the district calendar when the
 * settings have one, else Monday to Friday except federal holidays (and the state holidays in the
 * settings), with every school year running July 1 to June 30.
 */
export interface SchoolDayCounter {
  /** School days from `from` to `to`, both included (0 when `to` is before `from`). */
  count(from: number, to: number): number;
  isSchoolDay(day: number): boolean;
  /** The school day `n` school days after `day` (n ≥ 1), or undefined past what is known. */
  after(day: number, n: number): number | undefined;
  /** The school year holding `day`, else the last one before it, else undefined. */
  schoolYearOf(day: number): { first: number; last: number } | undefined;
  /** The school years that overlap `from`…`to`, in order. */
  schoolYearsIn(from: number, to: number): { first: number; last: number }[];
  /** First and last days the counter knows school days for (the calendar's years). */
  start: number;
  end: number;
  /** Said beside every result counted without a district calendar. */
  note?: string;
}

/** Said when minutes or notices are counted without the district calendar. */
export const NO_CALENDAR_NOTE =
  'No school calendar: school days are taken as Monday to Friday except federal holidays, so breaks and closures are not known. Add the district calendar for exact figures.';

const weekdayCache = new WeakMap<readonly IsoDate[], SchoolDayCounter>();
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

function fromDays(
  days: Int32Array,
  upTo: (day: number) => number,
  span: { start: number; end: number },
  isSchoolDay: (day: number) => boolean,
  yearOf: SchoolDayCounter['schoolYearOf'],
  yearsIn: SchoolDayCounter['schoolYearsIn'],
  note?: string,
): SchoolDayCounter {
  const { start, end } = span;
  return {
    schoolYearsIn: yearsIn,
    count: (from, to) => (to < from ? 0 : upTo(to) - upTo(from - 1)),
    isSchoolDay,
    after(day, n) {
      return days[upTo(day) + n - 1];
    },
    schoolYearOf: yearOf,
    start,
    end,
    ...(note ? { note } : {}),
  };
}

function weekdayCounter(holidays: readonly IsoDate[]): SchoolDayCounter {
  const cached = weekdayCache.get(holidays);
  if (cached) return cached;
  const off = new Set<number>(holidays.map(toDayNumber));
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) for (const h of usFederalHolidays(y)) off.add(toDayNumber(h.date));
  const start = toDayNumber(isoDateOf(FIRST_YEAR, 7, 1) as IsoDate);
  const end = toDayNumber(isoDateOf(LAST_YEAR, 6, 30) as IsoDate);
  const days: number[] = [];
  for (let d = start; d <= end; d++) {
    const wd = weekdayOf(d);
    if (wd !== 0 && wd !== 6 && !off.has(d)) days.push(d);
  }
  const isSchool = (d: number) => d >= start && d <= end && weekdayOf(d) !== 0 && weekdayOf(d) !== 6 && !off.has(d);
  const yearOf = (day: number) => {
    const date = fromDayNumber(day);
    const year = Number(date.slice(0, 4)) - (date.slice(5, 7) < '07' ? 1 : 0);
    return { first: toDayNumber(isoDateOf(year, 7, 1) as IsoDate), last: toDayNumber(isoDateOf(year + 1, 6, 30) as IsoDate) };
  };
  const yearsIn = (from: number, to: number) => {
    const out: { first: number; last: number }[] = [];
    for (let y = yearOf(from); y.first <= to; y = yearOf(y.last + 1)) out.push(y);
    return out;
  };
  const array = Int32Array.from(days);
  const counter = fromDays(array, (day) => upperBound(array, day), { start, end }, isSchool, yearOf, yearsIn, NO_CALENDAR_NOTE);
  weekdayCache.set(holidays, counter);
  return counter;
}

const calendarCache = new WeakMap<object, SchoolDayCounter>();

/**
 * The school-day counter for a caseload's settings (built once per calendar and cached).
 *
 * @example schoolDayCounter(defaultSettings).count(toDayNumber('2026-11-23' as IsoDate), toDayNumber('2026-11-29' as IsoDate)) // 4 (Thanksgiving)
 */
export function schoolDayCounter(settings: Pick<Settings, 'calendar' | 'holidays'>): SchoolDayCounter {
  const calendar = settings.calendar;
  if (!calendar) return weekdayCounter(settings.holidays ?? []);
  const cached = calendarCache.get(calendar);
  if (cached) return cached;
  const index = compileCalendar(calendar);
  const yearOf = (day: number) => {
    let found: { first: number; last: number } | undefined;
    for (const y of index.years) if (y.first <= day) found = y;
    return found;
  };
  const counter = fromDays(index.schoolDays, (day) => firstSchoolDayIndexAfter(index, day), index, index.isSchoolDay, yearOf, (from, to) => index.years.filter((y) => y.first <= to && y.last >= from));
  calendarCache.set(calendar, counter);
  return counter;
}
