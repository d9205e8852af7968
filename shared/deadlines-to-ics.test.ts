import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './compute-deadlines.ts';
import type { Deadline } from './deadline.ts';
import { deadlineUid, deadlinesToIcs } from './deadlines-to-ics.ts';
import { d, settingsWith, student } from './test-fixtures.ts';

const NOW = new Date(Date.UTC(2026, 10, 23, 8, 0, 0));
const TODAY = d('2026-11-23');

function events(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return { root, events: root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}
function deadlinesFor(fields: Record<string, unknown>, settings = settingsWith()) {
  return computeDeadlines(student(fields), settings, TODAY).deadlines;
}

describe('deadlinesToIcs', () => {
  const list = deadlinesFor({ lastIepDate: '2025-12-20', consentDate: '2026-10-30' }, settingsWith({ meetingNoticeDays: 10 }));

  it('writes one all-day event per deadline, ending the next day (DTEND is exclusive)', () => {
    const { root, events: evs } = events(deadlinesToIcs(list, { calendarName: 'IEP deadlines', now: NOW }));
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('IEP deadlines');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(evs).toHaveLength(2);
    const annual = evs.find((e) => e.uid === 'S1-annual-review@casekeeper');
    expect(annual?.startDate.isDate).toBe(true);
    expect(annual?.startDate.toString()).toBe('2026-12-19');
    expect(annual?.endDate.isDate).toBe(true);
    expect(annual?.endDate.toString()).toBe('2026-12-20');
    expect(annual?.summary).toBe('Annual IEP review: S1');
    const evaluation = evs.find((e) => e.uid === 'S1-initial-evaluation@casekeeper');
    expect(evaluation?.startDate.toString()).toBe('2026-12-29');
    expect(evaluation?.endDate.toString()).toBe('2026-12-30');
    expect(annual?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-23T08:00:00Z');
  });

  it('numbers each export with a later SEQUENCE, so calendar apps take a re-import as an update', () => {
    const first = events(deadlinesToIcs(list, { now: NOW })).events[0];
    const later = events(deadlinesToIcs(list, { now: new Date(NOW.getTime() + 3_600_000) })).events[0];
    expect(later?.uid).toBe(first?.uid);
    expect(Number(later?.component.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(first?.component.getFirstPropertyValue('sequence')));
  });

  it('explains each date with its citation and the meeting-notice date', () => {
    const { events: evs } = events(deadlinesToIcs(list, { now: NOW }));
    const annual = evs.find((e) => e.uid === 'S1-annual-review@casekeeper');
    expect(annual?.description).toBe(
      'Annual IEP review due 2026-12-19; send the meeting notice by 2026-12-09.\n' +
        'Why: The IEP team must review the IEP periodically, but not less than annually. (34 CFR 300.324(b)(1)(i)).',
    );
    const evaluation = evs.find((e) => e.uid === 'S1-initial-evaluation@casekeeper');
    expect(evaluation?.description).toContain('(34 CFR 300.301(c)(1))');
  });

  it('keeps UIDs stable: the same input gives the same UIDs, and a changed date keeps its UID', () => {
    const first = events(deadlinesToIcs(list, { now: NOW })).events.map((e) => e.uid).sort();
    const again = events(deadlinesToIcs(deadlinesFor({ lastIepDate: '2025-12-20', consentDate: '2026-10-30' }), { now: new Date() })).events.map((e) => e.uid).sort();
    expect(again).toEqual(first);
    const moved = events(deadlinesToIcs(deadlinesFor({ lastIepDate: '2026-01-08', consentDate: '2026-10-30' }), { now: NOW })).events;
    const annual = moved.find((e) => e.uid === 'S1-annual-review@casekeeper');
    expect(annual?.startDate.toString()).toBe('2027-01-07');
    expect(moved.map((e) => e.uid).sort()).toEqual(first);
  });

  it('gives different students different UIDs, whatever characters the ID has', () => {
    expect(deadlineUid({ studentId: 'A B/1', kind: 'annual-review' })).toBe('A%20B%2F1-annual-review@casekeeper');
    expect(deadlineUid({ studentId: 'A', kind: 'annual-review' })).not.toBe(deadlineUid({ studentId: 'A', kind: 'reevaluation' }));
  });

  it('uses CRLF line endings and folds long lines at 75 octets', () => {
    const long = { ...(list[0] as Deadline), basis: { ...(list[0] as Deadline).basis, notes: ['ü'.repeat(200), '😀'.repeat(80)] } };
    const ics = deadlinesToIcs([long], { now: NOW });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(/[^\r]\n/.test(ics)).toBe(false);
    expect(/\r(?!\n)/.test(ics)).toBe(false);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    expect(events(ics).events[0]?.description).toContain(`${'ü'.repeat(200)}\n${'😀'.repeat(80)}`);
    expect(ICAL.foldLength).toBe(75); // the library's global setting is left as it was
  });

  it('carries commas, semicolons, backslashes, quotes, line breaks and emoji through unchanged', () => {
    const tricky = 'Call mom, then dad; bring "IEP" notes\\drafts\nsecond line 🦄 ✏️';
    const base = list.find((x) => x.kind === 'annual-review') as Deadline;
    const deadline: Deadline = { ...base, studentId: 'Zoë; K,1', warnings: [tricky], basis: { ...base.basis, notes: [tricky] } };
    const ics = deadlinesToIcs([deadline], { now: NOW, studentName: (id) => `${id} 🦄, "Z"` });
    const [event] = events(ics).events;
    expect(event?.summary).toBe('Annual IEP review: Zoë; K,1 🦄, "Z"');
    expect(event?.uid).toBe('Zo%C3%AB%3B%20K%2C1-annual-review@casekeeper');
    expect(event?.description.split('\n').slice(2)).toEqual([...tricky.split('\n'), `Warning: ${tricky.split('\n')[0]}`, tricky.split('\n')[1]]);
  });

  it('writes a valid empty calendar for no deadlines', () => {
    const { root, events: evs } = events(deadlinesToIcs([], { now: NOW }));
    expect(root.name).toBe('vcalendar');
    expect(evs).toEqual([]);
  });
});

describe('deadlinesToIcs properties', () => {
  it('any text in names, notes and warnings comes back unchanged, and the file keeps CRLF lines', () => {
    const base = deadlinesFor({ lastIepDate: '2025-12-20' }).find((x) => x.kind === 'annual-review') as Deadline;
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40, unit: 'grapheme' }), fc.constantFrom('a\r\nb', 'x\ry', ',;\\:"', '😀\n✏️'));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3 }), fc.array(text, { maxLength: 2 }), text, (notes, warnings, name) => {
        const deadline: Deadline = { ...base, warnings, basis: { ...base.basis, notes } };
        const ics = deadlinesToIcs([deadline], { now: NOW, studentName: () => name });
        expect(/[^\r]\n|\r(?!\n)/.test(ics)).toBe(false);
        const [event] = events(ics).events;
        const lf = (t: string) => t.replace(/\r\n?/g, '\n'); // iCalendar text has no carriage return
        expect(event?.summary).toBe(lf(`Annual IEP review: ${name}`));
        const expected = [
          'Annual IEP review due 2026-12-19.',
          `Why: ${base.basis.explanation} (${base.basis.citation}).`,
          ...notes,
          ...warnings.map((w) => `Warning: ${w}`),
        ].join('\n');
        expect(event?.description).toBe(lf(expected));
      }),
      { numRuns: 200 },
    );
  });
});
