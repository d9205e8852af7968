import { isoDateOf, type IsoDate } from './iso-date.ts';

/**
 * Today's date in a time zone (an IANA name such as `America/Los_Angeles`): the day a person there sees on
 * their calendar, whatever the computer's own zone. An unknown zone falls back to UTC.
 *
 * @example todayIn('America/Los_Angeles', new Date('2026-12-02T03:00:00Z')) // '2026-12-01'
 */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  } catch {
    parts = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return isoDateOf(get('year'), get('month'), get('day')) as IsoDate;
}
