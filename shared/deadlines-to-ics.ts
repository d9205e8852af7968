import ICAL from 'ical.js';
import { addCalendarDays } from './add-calendar-days.ts';
import type { Deadline } from './deadline.ts';

/** Options for {@link deadlinesToIcs}. */
export interface DeadlinesToIcsOptions {
  /** The calendar's name in the user's calendar app. */
  calendarName?: string;
  /** How a student is named in event titles (default: the student ID; initials keep calendars private). */
  studentName?: (studentId: string) => string;
  /** Stamp for DTSTAMP (defaults to the current time; fixed in tests). */
  now?: Date;
}

/** The stable UID of a student's deadline: a re-import updates the event instead of duplicating it. */
export function deadlineUid(deadline: Pick<Deadline, 'studentId' | 'kind'>): string {
  return `${encodeURIComponent(deadline.studentId)}-${deadline.kind}@casekeeper`;
}

/**
 * Writes deadlines as an iCalendar file of all-day events (RFC 5545), one per deadline, with the basis
 * and citation in the description.
 *
 * @example deadlinesToIcs(deadlines, { calendarName: 'IEP deadlines' })
 */
export function deadlinesToIcs(deadlines: readonly Deadline[], options: DeadlinesToIcsOptions = {}): string {
  const name = options.studentName ?? ((id: string) => id);
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//Casekeeper//IEP deadlines//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  if (options.calendarName) calendar.addPropertyWithValue('x-wr-calname', options.calendarName);
  const now = options.now ?? new Date();
  const stamp = ICAL.Time.fromJSDate(now, true);
  // Minutes since 1970: a later export carries a higher SEQUENCE, so calendar apps apply it as an update.
  const sequence = Math.floor(now.getTime() / 60_000) % 2_147_483_647;
  for (const d of deadlines) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', deadlineUid(d));
    event.addPropertyWithValue('dtstamp', stamp);
    event.addPropertyWithValue('sequence', sequence);
    event.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(d.dueDate));
    event.addPropertyWithValue('dtend', ICAL.Time.fromDateString(addCalendarDays(d.dueDate, 1)));
    event.addPropertyWithValue('summary', oneLineBreak(`${d.title}: ${name(d.studentId)}`));
    const lines = [
      `${d.title} due ${d.dueDate}${d.scheduleBy ? `; send the meeting notice by ${d.scheduleBy}` : ''}.`,
      `Why: ${d.basis.explanation} (${d.basis.citation}).`,
      ...d.basis.notes,
      ...d.warnings.map((w) => `Warning: ${w}`),
    ];
    event.addPropertyWithValue('description', oneLineBreak(lines.join('\n')));
    event.addPropertyWithValue('categories', 'IEP');
    event.addPropertyWithValue('transp', 'TRANSPARENT');
    calendar.addSubcomponent(event);
  }
  // RFC 5545 3.1: lines SHOULD NOT exceed 75 octets. ical.js cuts 75-octet chunks and then adds the
  // continuation space (76), so fold at 74 while writing, then restore its global setting.
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return calendar.toString().replace(/\r?\n/g, '\r\n') + '\r\n';
  } finally {
    ICAL.foldLength = foldLength;
  }
}

/** iCalendar text has one line break (escaped `\\n`); ical.js leaves a carriage return raw, which splits the line. */
function oneLineBreak(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
