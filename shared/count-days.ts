import { type CalendarIndex, compileCalendar } from './calendar-index.ts';
import { firstSchoolDayIndexAfter } from './first-school-day-index-after.ts';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import { fail, ok, type Result } from './result.ts';
import type { SchoolCalendar } from './school-calendar.ts';
import { holidaySet } from './holiday-set.ts';

/**
 * How a timeline counts (34 CFR 300.11): calendar days; school days (days children attend, from the
 * district calendar); business days (Monday to Friday except federal and state holidays).
 */
export type DayUnit = 'calendar' | 'school' | 'business';

/** Options for {@link countDays}. */
export interface CountDaysOptions {
  /** The district calendar: required for school days and for every exclusion (summer, breaks, closures). */
  calendar?: SchoolCalendar;
  /** Count the trigger day itself as day 1 (inclusive counting). Default false: day 1 is the next day. */
  countTriggerDay?: boolean;
  /** Days between school years (summer) do not count. */
  excludeSummer?: boolean;
  /**
   * A break inside a school year that takes away at least this many school days does not count, weekends
   * joined to it included (CA: more than 5 school days → 6; GA: 5 or more → 5).
   */
  excludeBreaksOfAtLeast?: number;
  /**
   * With `excludeBreaksOfAtLeast`: still count the weekend days joined to either edge of an excluded break,
   * so only the days from its first to its last missed school weekday stop the clock. Default false.
   */
  countBreakEdgeWeekends?: boolean;
  /** Every named closure day (holiday, break) does not count; ordinary weekends still do. */
  excludeClosures?: boolean;
  /** Extra holidays for business-day counting (state holidays), besides the federal ones. */
  holidays?: readonly IsoDate[];
  /** A due date on a day that is not a school day (or, without a calendar, a business day) moves to the next one. */
  rollForward?: boolean;
}

/** A counted due date and what the count skipped, for the "why this date" explanation. */
export interface CountedDate {
  date: IsoDate;
  /** Named windows that did not count, e.g. `Thanksgiving break (2025-11-24 to 2025-11-28)`. */
  skipped: string[];
}

const UNIT_WORDS: Record<DayUnit, string> = { calendar: 'calendar days', school: 'school days', business: 'business days' };

function needsCalendar(unit: DayUnit, options: CountDaysOptions): boolean {
  return (
    unit === 'school' ||
    options.excludeSummer === true ||
    options.excludeClosures === true ||
    options.excludeBreaksOfAtLeast !== undefined ||
    (options.rollForward === true && unit !== 'business' && options.calendar !== undefined)
  );
}

function beyondCalendar(index: CalendarIndex, count: number, unit: DayUnit, start: IsoDate): string {
  return (
    `Counting ${count} ${UNIT_WORDS[unit]} from ${start} runs past the school calendar ` +
    `(${fromDayNumber(index.start)} to ${fromDayNumber(index.end)}); add the next school year to the calendar.`
  );
}

/**
 * Counts `count` days of a unit forward from a trigger date and returns the due date, applying the
 * exclusion windows a state rule names. Fails with a reason when the calendar needed is missing or too short.
 *
 * @param start the trigger date (consent received, referral, eligibility …)
 * @param count how many days the rule allows
 * @param unit calendar, school or business days
 * @param options calendar, exclusions, inclusive counting, roll-forward
 * @example countDays('2025-09-02' as IsoDate, 60, 'calendar') // { ok: true, value: { date: '2025-11-01', skipped: [] } }
 */
export function countDays(
  start: IsoDate,
  count: number,
  unit: DayUnit,
  options: CountDaysOptions = {},
): Result<CountedDate> {
  if (!Number.isInteger(count) || count < 0) return fail('bad-count', `A timeline needs a whole number of days, not ${count}.`);
  const calendar = options.calendar;
  if (needsCalendar(unit, options) && !calendar) {
    return fail('needs-calendar', `This timeline counts ${unit === 'school' ? 'school days' : 'around school breaks'}; add your district's school calendar.`);
  }
  const index = calendar ? compileCalendar(calendar) : undefined;
  const startDay = toDayNumber(start);
  let due: number;
  const skipped = new Map<string, string>();
  if (unit === 'school') {
    const idx = index as CalendarIndex;
    if (startDay < idx.start - 1) return fail('before-calendar', `The school calendar starts on ${fromDayNumber(idx.start)}, after ${start}; add that school year.`);
    const first = firstSchoolDayIndexAfter(idx, options.countTriggerDay ? startDay - 1 : startDay);
    const at = count === 0 ? first - 1 : first + count - 1;
    if (at >= idx.schoolDays.length) return fail('past-calendar', beyondCalendar(idx, count, unit, start));
    due = count === 0 ? startDay : (idx.schoolDays[at] as number);
  } else {
    const holidays = unit === 'business' ? holidaySet(startDay, count, options.holidays) : undefined;
    const counts = (day: number): boolean => {
      if (unit === 'business') {
        const wd = weekdayOf(day);
        if (wd === 0 || wd === 6 || holidays?.has(day)) return false;
      }
      if (!index || !exclusions) return true;
      const why = excludedWhy(index, day, options);
      if (why) skipped.set(why, why);
      return why === undefined;
    };
    const exclusions =
      options.excludeSummer === true || options.excludeClosures === true || options.excludeBreaksOfAtLeast !== undefined;
    const plain = unit === 'calendar' && !exclusions;
    if (plain) {
      due = startDay + count - (options.countTriggerDay && count > 0 ? 1 : 0);
    } else {
      let counted = 0;
      let day = options.countTriggerDay ? startDay - 1 : startDay;
      const limit = startDay + count * 7 + 800;
      while (counted < count) {
        day++;
        if (index && exclusions && day < index.start) {
          return fail('before-calendar', `The school calendar starts on ${fromDayNumber(index.start)}, after ${start}; add the school year before it.`);
        }
        if (index && exclusions && day > index.end) return fail('past-calendar', beyondCalendar(index, count, unit, start));
        if (day > limit) return fail('count-failed', `Could not count ${count} ${UNIT_WORDS[unit]} from ${start}.`);
        if (counts(day)) counted++;
      }
      due = count === 0 ? startDay : day;
    }
  }
  if (options.rollForward) {
    const rolled = rollForward(due, index, options.holidays);
    if (rolled === undefined) return fail('past-calendar', `The due date ${fromDayNumber(due)} is past the end of the school calendar; add the next school year.`);
    due = rolled;
  }
  return ok({ date: fromDayNumber(due), skipped: [...skipped.values()] });
}

function excludedWhy(index: CalendarIndex, day: number, options: CountDaysOptions): string | undefined {
  const year = index.yearAt(day);
  if (options.excludeSummer && year === -1) {
    const before = index.years.filter((y) => y.last < day);
    const prev = before[before.length - 1];
    const next = index.years.find((y) => y.first > day);
    return prev && next ? `summer (${fromDayNumber(prev.last + 1)} to ${fromDayNumber(next.first - 1)})` : 'summer';
  }
  if (year === -1) return undefined;
  if (options.excludeBreaksOfAtLeast !== undefined) {
    const brk = index.breakAt(day);
    if (brk && brk.schoolDaysMissed >= options.excludeBreaksOfAtLeast) {
      if (!options.countBreakEdgeWeekends) return `${brk.name} (${fromDayNumber(brk.from)} to ${fromDayNumber(brk.to)})`;
      const weekdays = new Set(options.calendar?.schoolWeekdays ?? [1, 2, 3, 4, 5]);
      let first = brk.from;
      while (first < brk.to && !weekdays.has(weekdayOf(first))) first++;
      let last = brk.to;
      while (last > first && !weekdays.has(weekdayOf(last))) last--;
      if (day >= first && day <= last) return `${brk.name} (${fromDayNumber(first)} to ${fromDayNumber(last)})`;
    }
  }
  if (options.excludeClosures) {
    const name = index.closureName(day);
    if (name) return name;
  }
  return undefined;
}

function rollForward(day: number, index: CalendarIndex | undefined, holidays?: readonly IsoDate[]): number | undefined {
  if (index) {
    if (index.isSchoolDay(day)) return day;
    const next = index.schoolDays[firstSchoolDayIndexAfter(index, day)];
    return next;
  }
  const set = holidaySet(day, 10, holidays);
  let d = day;
  while (weekdayOf(d) === 0 || weekdayOf(d) === 6 || set.has(d)) d++;
  return d;
}
