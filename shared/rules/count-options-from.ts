import type { CountDaysOptions } from '../count-days.ts';
import type { Settings } from '../settings.ts';

/**
 * The counting options every rule takes from the caseload settings.
 *
 * @example countOptionsFrom(defaultSettings) // { countTriggerDay: false, rollForward: false, holidays: [] } (and the calendar, when the caseload has one)
 */
export function countOptionsFrom(settings: Settings): CountDaysOptions {
  return {
    ...(settings.calendar ? { calendar: settings.calendar } : {}),
    countTriggerDay: settings.countTriggerDay,
    rollForward: settings.rollForward,
    holidays: settings.holidays,
  };
}
