import { compileCalendar } from './calendar-index.ts';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { Settings } from './settings.ts';

/** One Monday-to-Sunday week of the school calendar, as the workload forecast sees it. */
export interface SchoolWeek {
  /** The Monday the week starts on. */
  weekStart: IsoDate;
  /** School days of the week still ahead (this week: from today on). */
  schoolDays: number;
  /** School days of the whole week, today's week included in full (a weekly service is spread over these). */
  allSchoolDays: number;
  /** School days a full week has (the calendar's school weekdays; Monday to Friday without a calendar). */
  fullWeek: number;
  /** At least one school day ahead in the week; a closed week (a break, the summer) has no capacity. */
  open: boolean;
  /** The school days of the week still ahead, ascending (as day numbers; see `toDayNumber`). */
  days: number[];
}

/**
 * The Monday on or before a day number (weeks run Monday to Sunday).
 *
 * @example fromDayNumber(mondayOf(toDayNumber('2026-11-26'))) // '2026-11-23'
 */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/**
 * `count` weeks of the school calendar starting with the week that holds `today`. Without a calendar in
 * the settings, every Monday to Friday is a school day. Days before today never count.
 *
 * @example schoolWeeks(settings, '2026-11-23', 2)[0] // { weekStart: '2026-11-23', schoolDays: 0, open: false, … } in Thanksgiving week
 */
export function schoolWeeks(settings: Settings, today: IsoDate, count: number): SchoolWeek[] {
  const index = settings.calendar ? compileCalendar(settings.calendar) : undefined;
  const weekdays = settings.calendar?.schoolWeekdays ?? [1, 2, 3, 4, 5];
  const isSchool = index ? index.isSchoolDay : (day: number) => weekdays.includes(weekdayOf(day));
  const first = mondayOf(toDayNumber(today));
  const from = toDayNumber(today);
  const weeks: SchoolWeek[] = [];
  for (let w = 0; w < count; w++) {
    const start = first + w * 7;
    const days: number[] = [];
    let all = 0;
    for (let d = start; d < start + 7; d++) {
      if (!isSchool(d)) continue;
      all++;
      if (d >= from) days.push(d);
    }
    weeks.push({ weekStart: fromDayNumber(start), schoolDays: days.length, allSchoolDays: all, fullWeek: new Set(weekdays).size, open: days.length > 0, days });
  }
  return weeks;
}
