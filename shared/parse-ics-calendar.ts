import ICAL from 'ical.js';
import { addCalendarDays } from './add-calendar-days.ts';
import { type IsoDate, isIsoDate, isoDateOf } from './iso-date.ts';
import { fail, type Result } from './result.ts';
import { type Closure, parseSchoolCalendar, type SchoolCalendar, type SchoolYear } from './school-calendar.ts';

/** Options for {@link parseIcsCalendar}. */
export interface ParseIcsCalendarOptions {
  /** Calendar name; default: the file's X-WR-CALNAME, else "Imported calendar". */
  name?: string;
  /** School years to use when the file has no "first day" / "last day of school" events. */
  schoolYears?: SchoolYear[];
}

const FIRST_DAY = /\bfirst day\b.*\b(school|students|classes|instruction)\b|\bschool (starts|begins)\b/i;
const LAST_DAY = /\blast day\b.*\b(school|students|classes|instruction)\b|\bschool ends\b/i;
/** Events that are school activities, not closures, even when they name a holiday. */
const NOT_A_CLOSURE = '(?! (concert|program|programme|party|show|performance|sing|market|fair|parade|assembly|celebration|luncheon|lunch|dinner|feast|food drive|drive|shop|spirit|dress))';
/** The holidays on which US public schools close, named plainly ("Labor Day", "Thanksgiving"). */
const HOLIDAY_NAMES = new RegExp(
  `\\b(labor day|thanksgiving( day)?|christmas( day| eve)?|new year'?s( day| eve)?|martin luther king|mlk day|memorial day|veterans'? day|presidents'? day|washington'?s birthday|independence day|juneteenth|columbus day|indigenous peoples'? day)\\b${NOT_A_CLOSURE}`,
  'i',
);
const CLOSURE =
  /\bno school\b|\bno classes\b|\bno students\b|\bholiday\b(?! (concert|program|programme|party|show|performance|sing|market|fair|parade|assembly|celebration|luncheon|lunch|dinner|shop))|\bbreak\b|\bclosed\b|\bclosure\b|\brecess\b|\bvacation\b|\b(teacher|staff) (work|planning|in-?service|development)\b|\bprofessional (development|learning)\b|\bpupil[- ]free\b|\bstudent[- ]free\b|\bsnow day\b|\bday off\b|\bobserved\b/i;

function isoOf(time: ICAL.Time): IsoDate {
  return isoDateOf(time.year, time.month, time.day) as IsoDate;
}

/**
 * Reads a district calendar published as iCalendar (`.ics`) into a school calendar: all-day events named
 * like "No School", "Thanksgiving Break" or "Teacher Work Day" become closures; "First Day of School"
 * and "Last Day of School" events bound the school years (or pass `schoolYears`).
 *
 * @example parseIcsCalendar(icsText, { name: 'Example Unified 2025-26' })
 */
export function parseIcsCalendar(text: string, options: ParseIcsCalendarOptions = {}): Result<SchoolCalendar> {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return fail('bad-ics', `The .ics file could not be read (${(error as Error).message}). Export it again from the district calendar.`);
  }
  if (root.name !== 'vcalendar') return fail('bad-ics', 'The file is not an iCalendar (.ics) calendar.');
  const firsts: IsoDate[] = [];
  const lasts: IsoDate[] = [];
  const closures: Closure[] = [];
  for (const component of root.getAllSubcomponents('vevent')) {
    let event: ICAL.Event;
    let start: ICAL.Time | null;
    let end: ICAL.Time | null;
    try {
      // ical.js throws on some broken files (an event naming a time zone block that has no TZID).
      event = new ICAL.Event(component);
      start = event.startDate;
      end = event.endDate;
    } catch (error) {
      const name = String(component.getFirstPropertyValue('summary') ?? 'an event').slice(0, 60);
      return fail('bad-ics', `The .ics file could not be read at "${name}" (${(error as Error).message}). Export it again from the district calendar.`);
    }
    if (!start || !start.isDate) continue; // timed events (meetings, games) never close school
    const summary = (event.summary ?? '').trim().replace(/\s+/g, ' ').slice(0, 200);
    // ical.js silently rolls an impossible date over (20250230 → March 2): refuse it instead.
    for (const name of ['dtstart', 'dtend']) {
      const property = component.getFirstProperty(name);
      const raw: unknown = property?.type === 'date' ? property.jCal[3] : undefined;
      if (raw !== undefined && !isIsoDate(raw)) {
        return fail('bad-ics-date', `The .ics file has an impossible ${name === 'dtstart' ? 'start' : 'end'} date for "${summary.slice(0, 60)}" (${String(raw).replace(/-/g, '')}). Fix or export it again from the district calendar.`);
      }
    }
    const from = isoOf(start);
    const endExclusive = end && end.isDate ? isoOf(end) : addCalendarDays(from, 1);
    const to = endExclusive > from ? addCalendarDays(endExclusive, -1) : from;
    if (FIRST_DAY.test(summary)) firsts.push(from);
    else if (LAST_DAY.test(summary)) lasts.push(to);
    else if (CLOSURE.test(summary) || HOLIDAY_NAMES.test(summary)) closures.push(from === to ? { date: from, name: summary } : { from, to, name: summary });
  }
  let schoolYears = options.schoolYears;
  if (!schoolYears) {
    firsts.sort();
    lasts.sort();
    // A year runs from a first day to the latest "last day" before the next year's first day (at least
    // half a year later), so "Last Day of Classes Before Winter Break" or "First Day of School After
    // Winter Break" do not split a year.
    schoolYears = [];
    for (const firstDay of firsts) {
      if (schoolYears.some((y) => firstDay <= y.lastDay)) continue;
      const nextYear = firsts.find((f) => f > addCalendarDays(firstDay, 180));
      const candidates = lasts.filter((l) => l > firstDay && l <= addCalendarDays(firstDay, 366) && (!nextYear || l < nextYear));
      const lastDay = candidates[candidates.length - 1];
      if (lastDay) schoolYears.push({ firstDay, lastDay });
    }
    if (schoolYears.length === 0) {
      return fail('ics-no-school-year', 'The .ics file has no "First Day of School" and "Last Day of School" events; enter the first and last day of the school year.');
    }
  }
  const fileName = root.getFirstPropertyValue('x-wr-calname');
  return parseSchoolCalendar({
    name: options.name ?? (typeof fileName === 'string' && fileName.trim() ? fileName.trim() : 'Imported calendar'),
    schoolYears,
    closures: closures.sort((a, b) => (('date' in a ? a.date : a.from) < ('date' in b ? b.date : b.from) ? -1 : 1)),
  });
}
