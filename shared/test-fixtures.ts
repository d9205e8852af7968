/**
 * Shared test fixtures for the domain core (not used by the product): a synthetic but realistic district
 * calendar for 2025-26, 2026-27 and 2027-28 (the last with February 29, 2028), the 2025-26 year as a
 * district `.ics` export, and small helpers. It is the one test calendar: the state rule packs' tests use
 * it too (`shared/states/test-calendars.ts`). Keep these exports stable: other test files import them.
 *
 * 2025-26: Mon 2025-08-25 … Fri 2026-06-12
 *   Labor Day Mon 09-01 · Veterans Day Tue 11-11 · Thanksgiving break Mon 11-24–Fri 11-28 ·
 *   Winter break Mon 12-22–Fri 2026-01-02 · MLK Day Mon 01-19 · Presidents' week Mon 02-16–Fri 02-20 ·
 *   Spring break Mon 03-30–Fri 04-03 · Memorial Day Mon 05-25
 * 2026-27: Mon 2026-08-24 … Fri 2027-06-11
 *   Labor Day Mon 09-07 · Veterans Day Wed 11-11 · Thanksgiving break Mon 11-23–Fri 11-27 ·
 *   Winter break Mon 12-21–Fri 2027-01-01 · MLK Day Mon 01-18 · Presidents' week Mon 02-15–Fri 02-19 ·
 *   Spring break Mon 03-29–Fri 04-02 · Memorial Day Mon 05-31
 * 2027-28: Mon 2027-08-23 … Fri 2028-06-09
 *   Labor Day Mon 09-06 · Veterans Day Thu 11-11 · Thanksgiving break Mon 11-22–Fri 11-26 ·
 *   Winter break Mon 12-20–Fri 12-31 · MLK Day Mon 2028-01-17 · Presidents' week Mon 02-21–Fri 02-25 ·
 *   Spring break Mon 03-27–Fri 03-31 · Memorial Day Mon 05-29
 */
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import type { IsoDate } from './iso-date.ts';
import { SchoolCalendar } from './school-calendar.ts';
import { Settings } from './settings.ts';
import { StudentRecord } from './student-record.ts';

/** A date literal typed as IsoDate (tests only: the literal is hand-checked). */
export function d(text: string): IsoDate {
  return text as IsoDate;
}

/** The calendar as district JSON (the format `parseSchoolCalendar` reads). */
export const DISTRICT_CALENDAR_JSON = {
  name: 'Synthetic Unified School District 2025-28',
  schoolYears: [
    { firstDay: '2025-08-25', lastDay: '2026-06-12' },
    { firstDay: '2026-08-24', lastDay: '2027-06-11' },
    { firstDay: '2027-08-23', lastDay: '2028-06-09' },
  ],
  closures: [
    { date: '2025-09-01', name: 'Labor Day' },
    { date: '2025-11-11', name: 'Veterans Day' },
    { from: '2025-11-24', to: '2025-11-28', name: 'Thanksgiving break' },
    { from: '2025-12-22', to: '2026-01-02', name: 'Winter break' },
    { date: '2026-01-19', name: 'Martin Luther King Jr. Day' },
    { from: '2026-02-16', to: '2026-02-20', name: "Presidents' week" },
    { from: '2026-03-30', to: '2026-04-03', name: 'Spring break' },
    { date: '2026-05-25', name: 'Memorial Day' },
    { date: '2026-09-07', name: 'Labor Day' },
    { date: '2026-11-11', name: 'Veterans Day' },
    { from: '2026-11-23', to: '2026-11-27', name: 'Thanksgiving break' },
    { from: '2026-12-21', to: '2027-01-01', name: 'Winter break' },
    { date: '2027-01-18', name: 'Martin Luther King Jr. Day' },
    { from: '2027-02-15', to: '2027-02-19', name: "Presidents' week" },
    { from: '2027-03-29', to: '2027-04-02', name: 'Spring break' },
    { date: '2027-05-31', name: 'Memorial Day' },
    { date: '2027-09-06', name: 'Labor Day' },
    { date: '2027-11-11', name: 'Veterans Day' },
    { from: '2027-11-22', to: '2027-11-26', name: 'Thanksgiving break' },
    { from: '2027-12-20', to: '2027-12-31', name: 'Winter break' },
    { date: '2028-01-17', name: 'Martin Luther King Jr. Day' },
    { from: '2028-02-21', to: '2028-02-25', name: "Presidents' week" },
    { from: '2028-03-27', to: '2028-03-31', name: 'Spring break' },
    { date: '2028-05-29', name: 'Memorial Day' },
  ],
} as const;

/** The synthetic district calendar, validated. */
export const DISTRICT_CALENDAR: SchoolCalendar = SchoolCalendar.parse(DISTRICT_CALENDAR_JSON);

/** The settings of a caseload using the district calendar (otherwise the defaults). */
export function settingsWith(overrides: Record<string, unknown> = {}): Settings {
  return Settings.parse(overrides);
}

/** A validated student record. */
export function student(fields: Record<string, unknown>): StudentRecord {
  return StudentRecord.parse({ studentId: 'S1', ...fields });
}

/** First and last day numbers covered by the district calendar. */
export const CALENDAR_START = toDayNumber(d('2025-08-25'));
export const CALENDAR_END = toDayNumber(d('2028-06-09'));

/** Any real date between two IsoDates (inclusive). */
export function isoDateBetween(from: string, to: string): fc.Arbitrary<IsoDate> {
  return fc.integer({ min: toDayNumber(d(from)), max: toDayNumber(d(to)) }).map(fromDayNumber);
}

/** Any real date in years 1900-2200 (covers leap centuries 2000 and non-leap 1900, 2100, 2200). */
export const anyIsoDate: fc.Arbitrary<IsoDate> = isoDateBetween('1900-01-01', '2200-12-31');

/**
 * The district calendar as its website publishes it (iCalendar, all-day VALUE=DATE events with exclusive
 * DTEND), 2025-26 only, with the noise real exports carry: a picture day, a timed meeting, an early
 * release, folded lines and a time zone block.
 */
export const DISTRICT_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Synthetic USD//District Calendar//EN',
  'X-WR-CALNAME:Synthetic USD 2025-26',
  'X-WR-TIMEZONE:America/Chicago',
  'BEGIN:VTIMEZONE',
  'TZID:America/Chicago',
  'BEGIN:STANDARD',
  'DTSTART:19701101T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0600',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700308T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'TZOFFSETFROM:-0600',
  'TZOFFSETTO:-0500',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  ...event('first', '20250825', '20250826', 'First Day of School'),
  ...event('labor', '20250901', '20250902', 'Labor Day - No School'),
  ...event('picture', '20250910', '20250911', 'Picture Day'),
  ...event('veterans', '20251111', undefined, 'Veterans Day Holiday'),
  ...event('thanks', '20251124', '20251129', 'Thanksgiving Break'),
  ...event('winter', '20251222', '20260103', 'Winter Break'),
  ...event('workday', '20260105', '20260106', 'Teacher Work Day - No Students'),
  ...event('early', '20260213', '20260214', 'Early Release Day'),
  ...event('spring', '20260330', '20260404', 'Spring Break'),
  'BEGIN:VEVENT',
  'UID:board@synthetic-usd.example',
  'DTSTAMP:20250701T000000Z',
  'DTSTART;TZID=America/Chicago:20260112T180000',
  'DTEND;TZID=America/Chicago:20260112T200000',
  'SUMMARY:School Board Meeting - District closed to visitors',
  'END:VEVENT',
  ...event('memorial', '20260525', '20260526', 'Memorial Day - No School'),
  ...event('last', '20260612', '20260613', 'Last Day of School (early release)'),
  'END:VCALENDAR',
  '',
].join('\r\n');

function event(id: string, start: string, end: string | undefined, summary: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${id}-2025@synthetic-usd.example`,
    'DTSTAMP:20250701T000000Z',
    `DTSTART;VALUE=DATE:${start}`,
    ...(end ? [`DTEND;VALUE=DATE:${end}`] : []),
    `SUMMARY:${summary}`,
    'END:VEVENT',
  ];
}
