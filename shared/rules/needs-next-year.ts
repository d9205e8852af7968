import type { IsoDate } from '../iso-date.ts';

/**
 * The message when a rule needs the school year after the calendar's last one.
 *
 * @example needsNextYear('2027-06-11') // 'This timeline runs into the school year after 2027-06-11; add that school year to the calendar.'
 */
export function needsNextYear(lastDay: IsoDate): string {
  return `This timeline runs into the school year after ${lastDay}; add that school year to the calendar.`;
}
