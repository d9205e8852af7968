import { addCalendarDays } from './add-calendar-days.ts';
import { compileCalendar } from './calendar-index.ts';
import { firstSchoolDayIndexAfter } from './first-school-day-index-after.ts';
import type { DayUnit } from './count-days.ts';
import { holidaySet } from './holiday-set.ts';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { Settings } from './settings.ts';

/**
 * The date `days` days of a unit before `date`: a "send by" date before a meeting. School days count on
 * the district calendar, counting back from the last school day on or before `date` (a meeting due on a
 * Saturday is held on the Friday at the latest); without a calendar, or outside it, there is no answer
 * (undefined). Business days skip weekends, federal holidays and the settings' state holidays.
 *
 * @example countDaysBack('2026-12-10', 3, 'school', settingsWithCalendar) // '2026-12-07' (Thu → Mon)
 */
export function countDaysBack(date: IsoDate, days: number, unit: DayUnit, settings: Pick<Settings, 'calendar' | 'holidays'>): IsoDate | undefined {
  if (unit === 'calendar') return addCalendarDays(date, -days);
  if (unit === 'school') {
    if (!settings.calendar) return undefined;
    const index = compileCalendar(settings.calendar);
    const at = firstSchoolDayIndexAfter(index, toDayNumber(date)) - 1 - days;
    const day = index.schoolDays[at];
    return day === undefined ? undefined : fromDayNumber(day);
  }
  let day = toDayNumber(date);
  const holidays = holidaySet(day - days * 2 - 14, days * 2 + 14, settings.holidays);
  for (let left = days; left > 0; ) {
    day--;
    if (weekdayOf(day) !== 0 && weekdayOf(day) !== 6 && !holidays.has(day)) left--;
  }
  return fromDayNumber(day);
}
