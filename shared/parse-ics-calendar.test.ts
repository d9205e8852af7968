import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SchoolCalendar } from './school-calendar.ts';
import { isSchoolDay } from './is-school-day.ts';
import { schoolDaysBetween } from './school-days-between.ts';
import { parseIcsCalendar } from './parse-ics-calendar.ts';
import { DISTRICT_ICS, d } from './test-fixtures.ts';

const wrap = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');
const allDay = (start: string, end: string, summary: string, uid = summary) => [
  'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20250701T000000Z', `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`, `SUMMARY:${summary}`, 'END:VEVENT',
];

describe('parseIcsCalendar', () => {
  it('reads a district calendar: first/last day bound the year, closures by name, other events ignored', () => {
    const r = parseIcsCalendar(DISTRICT_ICS);
    expect(r).toEqual({
      ok: true,
      value: {
        name: 'Synthetic USD 2025-26',
        schoolYears: [{ firstDay: '2025-08-25', lastDay: '2026-06-12' }],
        closures: [
          { date: '2025-09-01', name: 'Labor Day - No School' },
          { date: '2025-11-11', name: 'Veterans Day Holiday' }, // no DTEND: one day
          { from: '2025-11-24', to: '2025-11-28', name: 'Thanksgiving Break' }, // DTEND 11-29 is exclusive
          { from: '2025-12-22', to: '2026-01-02', name: 'Winter Break' },
          { date: '2026-01-05', name: 'Teacher Work Day - No Students' },
          { from: '2026-03-30', to: '2026-04-03', name: 'Spring Break' },
          { date: '2026-05-25', name: 'Memorial Day - No School' },
        ],
      },
    });
  });

  it('gives a calendar that answers school-day questions the way the district means', () => {
    const r = parseIcsCalendar(DISTRICT_ICS);
    if (!r.ok) throw new Error(r.error.message);
    const cal = r.value;
    expect(isSchoolDay(cal, d('2025-09-10'))).toBe(true); // Picture Day is a school day
    expect(isSchoolDay(cal, d('2026-02-13'))).toBe(true); // early release is a school day
    expect(isSchoolDay(cal, d('2026-01-12'))).toBe(true); // a timed board meeting closes nothing
    expect(isSchoolDay(cal, d('2025-11-28'))).toBe(false);
    expect(isSchoolDay(cal, d('2025-11-29'))).toBe(false); // a Saturday; DTEND day is not part of the break either way
    expect(isSchoolDay(cal, d('2025-12-01'))).toBe(true);
    expect(isSchoolDay(cal, d('2026-01-05'))).toBe(false); // teacher work day
    expect(isSchoolDay(cal, d('2026-06-12'))).toBe(true);
    // after Fri 12/19: winter break to Fri 1/2, teacher day Mon 1/5, then Tue 1/6 … Fri 1/9 → 4
    expect(schoolDaysBetween(cal, d('2025-12-19'), d('2026-01-09'))).toBe(4);
  });

  it('uses the name given, and school years given when the file has no first/last day events', () => {
    const ics = wrap(allDay('20251124', '20251129', 'Thanksgiving Break'));
    const years = [{ firstDay: d('2025-08-25'), lastDay: d('2026-06-12') }];
    const r = parseIcsCalendar(ics, { name: 'Lincoln MS', schoolYears: years });
    expect(r).toEqual({
      ok: true,
      value: { name: 'Lincoln MS', schoolYears: years, closures: [{ from: '2025-11-24', to: '2025-11-28', name: 'Thanksgiving Break' }] },
    });
    const unnamed = parseIcsCalendar(ics, { schoolYears: years });
    expect(unnamed.ok && unnamed.value.name).toBe('Imported calendar');
  });

  it('reads two school years from one file', () => {
    const ics = wrap(
      allDay('20260824', '20260825', 'First Day of School'),
      allDay('20250825', '20250826', 'First Day for Students'),
      allDay('20260612', '20260613', 'Last Day of School'),
      allDay('20270611', '20270612', 'Last Day of School'),
    );
    const r = parseIcsCalendar(ics);
    expect(r.ok && r.value.schoolYears).toEqual([
      { firstDay: '2025-08-25', lastDay: '2026-06-12' },
      { firstDay: '2026-08-24', lastDay: '2027-06-11' },
    ]);
  });

  it('does not end the school year at a "last day of classes before winter break"', () => {
    const ics = wrap(
      allDay('20250825', '20250826', 'First Day of School'),
      allDay('20251219', '20251220', 'Last Day of Classes Before Winter Break - Early Release'),
      allDay('20251222', '20260103', 'Winter Break'),
      allDay('20260105', '20260106', 'First Day of School After Winter Break'),
      allDay('20260612', '20260613', 'Last Day of School'),
      allDay('20260824', '20260825', 'First Day of School'),
      allDay('20261218', '20261219', 'Last Day of Classes Before Winter Break'),
      allDay('20270611', '20270612', 'Last Day of School'),
    );
    const r = parseIcsCalendar(ics);
    expect(r.ok && r.value.schoolYears).toEqual([
      { firstDay: '2025-08-25', lastDay: '2026-06-12' },
      { firstDay: '2026-08-24', lastDay: '2027-06-11' },
    ]);
    expect(r.ok && r.value.closures).toEqual([
      { from: '2025-12-22', to: '2026-01-02', name: 'Winter Break' },
    ]);
  });

  it('reads files saved with LF line endings and folded summaries', () => {
    const ics = wrap(
      allDay('20250825', '20250826', 'First Day of School'),
      allDay('20251124', '20251129', 'Thanksgiving Break - No School for Students or Staff\r\n  (all campuses)'),
      allDay('20260612', '20260613', 'Last Day of School'),
    ).replace(/\r\n/g, '\n');
    const r = parseIcsCalendar(ics);
    expect(r.ok && r.value.closures).toEqual([
      { from: '2025-11-24', to: '2025-11-28', name: 'Thanksgiving Break - No School for Students or Staff (all campuses)' },
    ]);
  });

  it('does not close school for a holiday concert or party, but does for a holiday', () => {
    const r = parseIcsCalendar(
      wrap(
        allDay('20250825', '20250826', 'First Day of School'),
        allDay('20251211', '20251212', 'Winter Holiday Concert'),
        allDay('20251219', '20251220', 'Holiday Party (early release)'),
        allDay('20260119', '20260120', 'MLK Holiday'),
        allDay('20260612', '20260613', 'Last Day of School'),
      ),
    );
    expect(r.ok && r.value.closures).toEqual([{ date: '2026-01-19', name: 'MLK Holiday' }]);
  });

  it('closes school for a plain "Labor Day" or "Thanksgiving" event, not for a Thanksgiving food drive (issue 15)', () => {
    const r = parseIcsCalendar(
      wrap(
        allDay('20250825', '20250826', 'First Day of School'),
        allDay('20250901', '20250902', 'Labor Day'),
        allDay('20251120', '20251121', 'Thanksgiving Food Drive'),
        allDay('20251127', '20251129', 'Thanksgiving'),
        allDay('20260525', '20260526', "Memorial Day"),
        allDay('20260612', '20260613', 'Last Day of School'),
      ),
    );
    expect(r.ok && r.value.closures).toEqual([
      { date: '2025-09-01', name: 'Labor Day' },
      { from: '2025-11-27', to: '2025-11-28', name: 'Thanksgiving' },
      { date: '2026-05-25', name: 'Memorial Day' },
    ]);
    expect(r.ok && isSchoolDay(r.value, d('2025-09-01'))).toBe(false);
  });

  it('fails in plain words without first and last day events', () => {
    const ics = wrap(allDay('20251124', '20251129', 'Thanksgiving Break'));
    expect(parseIcsCalendar(ics)).toEqual({
      ok: false,
      error: { code: 'ics-no-school-year', message: 'The .ics file has no "First Day of School" and "Last Day of School" events; enter the first and last day of the school year.' },
    });
    const firstOnly = wrap(allDay('20250825', '20250826', 'First Day of School'));
    expect(parseIcsCalendar(firstOnly).ok).toBe(false);
  });

  it('fails on a file that is not a calendar', () => {
    const garbage = parseIcsCalendar('this is not a calendar');
    expect(garbage.ok).toBe(false);
    expect(!garbage.ok && garbage.error.message).toMatch(/^The \.ics file could not be read \(.*\)\. Export it again from the district calendar\.$/);
    expect(parseIcsCalendar('').ok).toBe(false);
    // a time zone block that lost its TZID, named by a timed event: ical.js throws inside; we give a reason
    const noTzid = parseIcsCalendar(DISTRICT_ICS.replace('TZID:America/Chicago\r\n', ''));
    expect(noTzid.ok).toBe(false);
    expect(!noTzid.ok && noTzid.error.message).toMatch(/^The \.ics file could not be read at "School Board Meeting - District closed to visitors" \(.*\)\. Export it again/);
    // ical.js would roll February 30 over to March 2; a wrong closure is worse than a clear refusal
    const feb30 = parseIcsCalendar(DISTRICT_ICS.replace('DTSTART;VALUE=DATE:20251124', 'DTSTART;VALUE=DATE:20250230'));
    expect(feb30).toEqual({
      ok: false,
      error: { code: 'bad-ics-date', message: 'The .ics file has an impossible start date for "Thanksgiving Break" (20250230). Fix or export it again from the district calendar.' },
    });
    const short = parseIcsCalendar(DISTRICT_ICS.replace('DTEND;VALUE=DATE:20251129', 'DTEND;VALUE=DATE:2025112'));
    expect(short.ok).toBe(false);
    const vcard = parseIcsCalendar('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane\r\nEND:VCARD\r\n');
    expect(vcard).toEqual({ ok: false, error: { code: 'bad-ics', message: 'The file is not an iCalendar (.ics) calendar.' } });
  });
});

describe('parseIcsCalendar robustness', () => {
  it('property: any text, or a calendar with garbled lines, is a calendar or a reason, never an exception', () => {
    const lines = DISTRICT_ICS.split('\r\n');
    const garbled = fc
      .array(fc.tuple(fc.nat({ max: lines.length - 1 }), fc.string({ maxLength: 20 })), { maxLength: 4 })
      .map((edits) => {
        const copy = [...lines];
        for (const [i, text] of edits) copy[i] = text;
        return copy.join('\r\n');
      });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), garbled), (text) => {
        const r = parseIcsCalendar(text);
        if (r.ok) expect(SchoolCalendar.safeParse(r.value).success).toBe(true);
        else expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
