import { addCalendarDays } from './add-calendar-days.ts';
import { countDaysBack } from './count-days-back.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { MeetingNoticeLead } from './meeting-notice-lead.ts';
import type { Settings } from './settings.ts';

/**
 * The first date a meeting can be held if its notice goes out today at the earliest: the first date whose
 * send-by date (the lead time counted back with `countDaysBack`) is today or later. Without a lead time,
 * today. Undefined when the lead is in school days and the calendar does not cover the dates.
 *
 * @example earliestMeetingDate('2026-11-23', { days: 10, unit: 'calendar' }, defaultSettings) // '2026-12-03'
 */
export function earliestMeetingDate(today: IsoDate, lead: Pick<MeetingNoticeLead, 'days' | 'unit'> | undefined, settings: Settings): IsoDate | undefined {
  if (!lead || lead.days === 0) return today;
  if (lead.unit === 'calendar') return addCalendarDays(today, lead.days);
  // The send-by date never decreases as the meeting moves later: walk forward (a lead is at most 60 days).
  const start = toDayNumber(today);
  for (let day = start; day <= start + lead.days * 3 + 120; day++) {
    const by = countDaysBack(fromDayNumber(day), lead.days, lead.unit, settings);
    if (by !== undefined && by >= today) return fromDayNumber(day);
  }
  return undefined;
}
