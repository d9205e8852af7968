import { countDaysBack } from './count-days-back.ts';
import type { IsoDate } from './iso-date.ts';
import type { Settings } from './settings.ts';
import type { StateCode } from './us-states.ts';

/** Illinois: copies of all written material the team will consider reach the parent this many school days before the meeting. */
export const IL_MATERIALS_SCHOOL_DAYS = 3;
export const IL_MATERIALS_CITATION = '105 ILCS 5/14-8.02f(c)';

/** When the written materials for a meeting must reach the parent, and how that date was counted. */
export interface MeetingMaterialsDue {
  dueDate: IsoDate;
  citation: string;
  /** How it was counted, in words; a caution when the school calendar could not be used. */
  notes: string[];
  warnings: string[];
}

/**
 * The date the parent must have the written materials for an eligibility or IEP meeting, where the
 * state sets one: Illinois, at least 3 school days before (105 ILCS 5/14-8.02f(c), verified), counted
 * back on the district calendar (weekends and closures skipped). Without a calendar covering the date,
 * weekdays and holidays are counted instead, with a warning (a closure would make it earlier).
 * Undefined where the state sets no such date.
 *
 * @example meetingMaterialsDue('2026-12-10', 'IL', settingsWithCalendar)?.dueDate // '2026-12-07'
 */
export function meetingMaterialsDue(meetingDate: IsoDate, state: StateCode | undefined, settings: Pick<Settings, 'calendar' | 'holidays'>): MeetingMaterialsDue | undefined {
  if (state !== 'IL') return undefined;
  const onCalendar = countDaysBack(meetingDate, IL_MATERIALS_SCHOOL_DAYS, 'school', settings);
  if (onCalendar) {
    return {
      dueDate: onCalendar,
      citation: IL_MATERIALS_CITATION,
      notes: [`${IL_MATERIALS_SCHOOL_DAYS} school days before the meeting on the district calendar (weekends and closures skipped).`],
      warnings: [],
    };
  }
  const dueDate = countDaysBack(meetingDate, IL_MATERIALS_SCHOOL_DAYS, 'business', settings) as IsoDate;
  return {
    dueDate,
    citation: IL_MATERIALS_CITATION,
    notes: [`${IL_MATERIALS_SCHOOL_DAYS} weekdays before the meeting, skipping federal and state holidays.`],
    warnings: [
      settings.calendar
        ? 'The school calendar does not cover this meeting: weekdays were counted, so a school closure in between would make the date earlier.'
        : 'No school calendar is loaded: weekdays were counted, so a school closure in between would make the date earlier.',
    ],
  };
}
