import { addCalendarDays } from './add-calendar-days.ts';
import { compileCalendar, firstSchoolDayIndexAfter } from './calendar-index.ts';
import { type DayUnit, holidaySet } from './count-days.ts';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { Settings } from './settings.ts';

/**
 * The date `days` days of a unit before `date` (a meeting-notice send-by date). School days need the
 * calendar (undefined without it, or before its first day); business days skip weekends, federal
 * holidays and the caseload's state holidays.
 *
 * @example countBack('2026-12-09' as IsoDate, 3, 'calendar', defaultSettings) // '2026-12-06'
 */
export function countBack(date: IsoDate, days: number, unit: DayUnit, settings: Settings): IsoDate | undefined {
  if (unit === 'calendar') return addCalendarDays(date, -days);
  if (unit === 'school') {
    if (!settings.calendar) return undefined;
    const index = compileCalendar(settings.calendar);
    // Count back from the last school day on or before the due date: a meeting due on a Saturday is
    // held on the Friday at the latest, so its notice goes out as early as a Friday meeting's would.
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

