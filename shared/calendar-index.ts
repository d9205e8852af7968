import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { SchoolCalendar } from './school-calendar.ts';

/** A run of days with no school inside a school year (a holiday weekend, Thanksgiving break, winter break). */
export interface SchoolBreak {
  from: number;
  to: number;
  /** Days in the run that fall on a school weekday, i.e. school days the closure took away. */
  schoolDaysMissed: number;
  name: string;
}

/**
 * A school calendar compiled for fast questions: is this a school day, which break is this, how many
 * school days lie between two dates. Built once per calendar object and cached.
 */
export interface CalendarIndex {
  /** First and last day numbers the calendar knows (first year's first day … last year's last day). */
  start: number;
  end: number;
  /** Every school day, ascending. */
  schoolDays: Int32Array;
  years: { first: number; last: number }[];
  isSchoolDay(day: number): boolean;
  /** The break (inside a school year) a day belongs to, if any. */
  breakAt(day: number): SchoolBreak | undefined;
  /** Index in `years` of the year containing the day (first…last day), or -1. */
  yearAt(day: number): number;
  /** The closure name of a day, if the district named it. */
  closureName(day: number): string | undefined;
}

const cache = new WeakMap<SchoolCalendar, CalendarIndex>();

/**
 * Compiles a school calendar (cached per calendar object, which is never mutated).
 *
 * @example compileCalendar(cal).isSchoolDay(toDayNumber('2025-09-02' as IsoDate))
 */
export function compileCalendar(calendar: SchoolCalendar): CalendarIndex {
  const cached = cache.get(calendar);
  if (cached) return cached;
  const years = calendar.schoolYears
    .map((y) => ({ first: toDayNumber(y.firstDay), last: toDayNumber(y.lastDay) }))
    .sort((a, b) => a.first - b.first);
  const start = (years[0] as { first: number }).first;
  const end = Math.max(...years.map((y) => y.last));
  const size = end - start + 1;
  const weekdays = new Set(calendar.schoolWeekdays ?? [1, 2, 3, 4, 5]);
  const closureNames = new Map<number, string>();
  for (const c of calendar.closures) {
    const from = toDayNumber('date' in c ? c.date : c.from);
    const to = toDayNumber('date' in c ? c.date : c.to);
    for (let d = Math.max(from, start); d <= Math.min(to, end); d++) {
      if (!closureNames.has(d)) closureNames.set(d, c.name);
    }
  }
  const yearOf = new Int16Array(size).fill(-1);
  const school = new Uint8Array(size);
  const days: number[] = [];
  years.forEach((y, i) => {
    for (let d = y.first; d <= y.last; d++) {
      yearOf[d - start] = i;
      if (weekdays.has(weekdayOf(d)) && !closureNames.has(d)) {
        school[d - start] = 1;
        days.push(d);
      }
    }
  });
  const breakId = new Int32Array(size).fill(-1);
  const breaks: SchoolBreak[] = [];
  for (let i = 1; i < days.length; i++) {
    const a = days[i - 1] as number;
    const b = days[i] as number;
    if (b - a <= 1 || yearOf[a - start] !== yearOf[b - start]) continue;
    let missed = 0;
    const names = new Set<string>();
    for (let d = a + 1; d < b; d++) {
      if (weekdays.has(weekdayOf(d))) missed++;
      const name = closureNames.get(d);
      if (name) names.add(name);
      breakId[d - start] = breaks.length;
    }
    breaks.push({ from: a + 1, to: b - 1, schoolDaysMissed: missed, name: [...names].join(', ') || 'weekend' });
  }
  const index: CalendarIndex = {
    start,
    end,
    schoolDays: Int32Array.from(days),
    years,
    isSchoolDay: (day) => day >= start && day <= end && school[day - start] === 1,
    breakAt: (day) => (day >= start && day <= end ? breaks[breakId[day - start] as number] : undefined),
    yearAt: (day) => (day >= start && day <= end ? (yearOf[day - start] as number) : -1),
    closureName: (day) => closureNames.get(day),
  };
  cache.set(calendar, index);
  return index;
}

/** Index of the first school day strictly after `day` (or `schoolDays.length` when none). */
export function firstSchoolDayIndexAfter(index: CalendarIndex, day: number): number {
  const days = index.schoolDays;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * School days after `from` up to and including `to` (negative when `to` is earlier): the school days
 * left before a deadline.
 *
 * @example schoolDaysBetween(cal, '2025-09-01' as IsoDate, '2025-09-05' as IsoDate) // 4 when Sept 1 is Labor Day
 */
export function schoolDaysBetween(calendar: SchoolCalendar, from: IsoDate, to: IsoDate): number {
  const index = compileCalendar(calendar);
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  // The sign carries the direction: index(after b) - index(after a) counts school days in (a, b], or minus those in (b, a].
  return firstSchoolDayIndexAfter(index, b) - firstSchoolDayIndexAfter(index, a);
}

/** Whether a date is a school day on the calendar (false outside its school years). */
export function isSchoolDay(calendar: SchoolCalendar, date: IsoDate): boolean {
  return compileCalendar(calendar).isSchoolDay(toDayNumber(date));
}

/** The first school day after a date, or undefined when the calendar has none. */
export function nextSchoolDay(calendar: SchoolCalendar, date: IsoDate): IsoDate | undefined {
  const index = compileCalendar(calendar);
  const i = firstSchoolDayIndexAfter(index, toDayNumber(date));
  const day = index.schoolDays[i];
  return day === undefined ? undefined : fromDayNumber(day);
}

/**
 * The school year a date falls in, or else the next one to start, as IsoDates; undefined when the
 * calendar has no year on or after the date.
 */
export function schoolYearOnOrAfter(
  calendar: SchoolCalendar,
  date: IsoDate,
): { firstDay: IsoDate; lastDay: IsoDate } | undefined {
  const day = toDayNumber(date);
  const year = compileCalendar(calendar).years.find((y) => y.last >= day);
  return year ? { firstDay: fromDayNumber(year.first), lastDay: fromDayNumber(year.last) } : undefined;
}
