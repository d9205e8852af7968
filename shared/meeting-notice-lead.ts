import { addCalendarDays } from './add-calendar-days.ts';
import { compileCalendar, firstSchoolDayIndexAfter } from './calendar-index.ts';
import { type DayUnit, holidaySet } from './count-days.ts';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import type { Settings } from './settings.ts';
import type { RuleContext, RulePack } from './timeline-rule.ts';

/** How long before an IEP meeting its notice must go out, and the rule that says so. */
export interface MeetingNoticeLead {
  days: number;
  unit: DayUnit;
  /** Where the lead time comes from (the state's citation, or "caseload setting"). */
  citation: string;
}

/**
 * The meeting-notice lead time of a student's rules: the caseload's own `meetingNoticeDays` (calendar
 * days), else the state's (from its rule setting where the pack declares one; null turns it off), else
 * none.
 *
 * @example meetingNoticeLead(ruleContext({ studentId: 'S1', state: 'IL' }, defaultSettings).value) // { days: 10, unit: 'calendar', … }
 */
export function meetingNoticeLead(ctx: RuleContext & { pack: RulePack }): MeetingNoticeLead | undefined {
  if (ctx.settings.meetingNoticeDays !== undefined) return { days: ctx.settings.meetingNoticeDays, unit: 'calendar', citation: 'caseload setting' };
  const notice = ctx.pack.meetingNotice;
  if (!notice) return undefined;
  const days = notice.settingId ? ctx.setting<number | null>(notice.settingId) : notice.days;
  return days === null ? undefined : { days, unit: notice.unit, citation: notice.citation };
}

/**
 * The date a meeting's notice must go out by: `days` days of the lead's unit before the meeting. School
 * days need the calendar (undefined without one, or when the calendar does not reach back far enough).
 *
 * @example noticeSendBy('2026-12-19', { days: 10, unit: 'calendar', citation: '' }, defaultSettings) // '2026-12-09'
 */
export function noticeSendBy(meeting: IsoDate, lead: Pick<MeetingNoticeLead, 'days' | 'unit'>, settings: Settings): IsoDate | undefined {
  const { days, unit } = lead;
  if (unit === 'calendar') return addCalendarDays(meeting, -days);
  if (unit === 'school') {
    if (!settings.calendar) return undefined;
    const index = compileCalendar(settings.calendar);
    // Count back from the last school day on or before the meeting: a meeting due on a Saturday is
    // held on the Friday at the latest, so its notice goes out as early as a Friday meeting's would.
    const at = firstSchoolDayIndexAfter(index, toDayNumber(meeting)) - 1 - days;
    const day = index.schoolDays[at];
    return day === undefined ? undefined : fromDayNumber(day);
  }
  let day = toDayNumber(meeting);
  const holidays = holidaySet(day - days * 2 - 14, days * 2 + 14, settings.holidays);
  for (let left = days; left > 0; ) {
    day--;
    if (weekdayOf(day) !== 0 && weekdayOf(day) !== 6 && !holidays.has(day)) left--;
  }
  return fromDayNumber(day);
}

/**
 * The first date a meeting can be held if its notice goes out today at the earliest: the first date whose
 * send-by date ({@link noticeSendBy}) is today or later. Without a lead time, today. Undefined when the
 * lead is in school days and the calendar does not cover the dates.
 *
 * @example earliestMeetingDate('2026-11-23', { days: 10, unit: 'calendar', citation: '' }, defaultSettings) // '2026-12-03'
 */
export function earliestMeetingDate(today: IsoDate, lead: Pick<MeetingNoticeLead, 'days' | 'unit'> | undefined, settings: Settings): IsoDate | undefined {
  if (!lead || lead.days === 0) return today;
  if (lead.unit === 'calendar') return addCalendarDays(today, lead.days);
  // The send-by date never decreases as the meeting moves later: walk forward (a lead is at most 60 days).
  const start = toDayNumber(today);
  for (let day = start; day <= start + lead.days * 3 + 120; day++) {
    const by = noticeSendBy(fromDayNumber(day), lead, settings);
    if (by !== undefined && by >= today) return fromDayNumber(day);
  }
  return undefined;
}
