import { toDayNumber, weekdayOf } from './day-number.ts';
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
