import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssuePath, parseSchoolCalendar } from './school-calendar.ts';
import { DISTRICT_CALENDAR, DISTRICT_CALENDAR_JSON } from './test-fixtures.ts';

const reasonOf = (input: unknown) => {
  const r = parseSchoolCalendar(input);
  return r.ok ? 'OK' : r.error.message;
};
const withYears = (schoolYears: unknown, extra: Record<string, unknown> = {}) => ({ name: 'District', schoolYears, ...extra });

describe('parseSchoolCalendar', () => {
  it('accepts the documented example, as text, and fills in no closures', () => {
    const r = parseSchoolCalendar('{"name":"X","schoolYears":[{"firstDay":"2025-08-25","lastDay":"2026-06-12"}]}');
    expect(r).toEqual({ ok: true, value: { name: 'X', schoolYears: [{ firstDay: '2025-08-25', lastDay: '2026-06-12' }], closures: [] } });
  });

  it('accepts the example calendar of the engine docs', () => {
    const text = `{
      "name": "Example Unified 2025-26",
      "schoolYears": [ { "firstDay": "2025-08-25", "lastDay": "2026-06-12" } ],
      "closures": [
        { "date": "2025-11-11", "name": "Veterans Day" },
        { "from": "2025-11-24", "to": "2025-11-28", "name": "Thanksgiving break" }
      ]
    }`;
    const r = parseSchoolCalendar(text);
    expect(r.ok && r.value.closures).toEqual([
      { date: '2025-11-11', name: 'Veterans Day' },
      { from: '2025-11-24', to: '2025-11-28', name: 'Thanksgiving break' },
    ]);
  });

  it('accepts a full district calendar as text or as an object, unchanged', () => {
    expect(parseSchoolCalendar(JSON.stringify(DISTRICT_CALENDAR_JSON))).toEqual({ ok: true, value: DISTRICT_CALENDAR });
    expect(parseSchoolCalendar(DISTRICT_CALENDAR_JSON)).toEqual({ ok: true, value: DISTRICT_CALENDAR });
    expect(DISTRICT_CALENDAR.closures).toHaveLength(24);
  });

  it('accepts school weekdays (a four-day week)', () => {
    const r = parseSchoolCalendar(withYears([{ firstDay: '2025-08-25', lastDay: '2026-05-21' }], { schoolWeekdays: [1, 2, 3, 4] }));
    expect(r.ok && r.value.schoolWeekdays).toEqual([1, 2, 3, 4]);
  });

  it('rejects text that is not JSON', () => {
    expect(reasonOf('{"name": "X", schoolYears: }')).toMatch(/^The school calendar file is not valid JSON \(/);
    expect(reasonOf('')).toMatch(/not valid JSON/);
  });

  it('names the field and the reason for a bad date', () => {
    expect(reasonOf(withYears([{ firstDay: '2025-08-25', lastDay: '2026-02-30' }]))).toBe(
      'School calendar, field schoolYears[0].lastDay: That day does not exist on the calendar.',
    );
    expect(reasonOf(withYears([{ firstDay: '8/25/2025', lastDay: '2026-06-12' }]))).toBe(
      'School calendar, field schoolYears[0].firstDay: Use a date like 2025-09-02.',
    );
    expect(reasonOf(withYears([{ firstDay: '2025-08-25', lastDay: '2026-06-12' }], { closures: [{ date: '2025-13-01', name: 'Oops' }] }))).toMatch(
      /^School calendar, field closures\[0\]/,
    );
  });

  it('rejects a year or a closure that ends before it starts', () => {
    expect(reasonOf(withYears([{ firstDay: '2026-06-12', lastDay: '2025-08-25' }]))).toBe(
      'School calendar, field schoolYears[0]: The last day must come after the first day.',
    );
    const closure = reasonOf(withYears([{ firstDay: '2025-08-25', lastDay: '2026-06-12' }], { closures: [{ from: '2025-11-28', to: '2025-11-24', name: 'Thanksgiving break' }] }));
    expect(closure).toMatch(/^School calendar, field closures\[0\]/);
    expect(closure).toContain('"to" is earlier than "from"');
  });

  it('rejects overlapping school years, naming both', () => {
    expect(
      reasonOf(withYears([
        { firstDay: '2025-08-25', lastDay: '2026-06-12' },
        { firstDay: '2026-06-01', lastDay: '2027-06-11' },
      ])),
    ).toBe('School calendar, field schoolYears: The school years 2025-08-25–2026-06-12 and 2026-06-01–2027-06-11 overlap.');
  });

  it('rejects a missing name, no school years and unknown keys', () => {
    expect(reasonOf({ schoolYears: [{ firstDay: '2025-08-25', lastDay: '2026-06-12' }] })).toMatch(/^School calendar, field name: /);
    expect(reasonOf({ name: '   ', schoolYears: [{ firstDay: '2025-08-25', lastDay: '2026-06-12' }] })).toMatch(/^School calendar, field name: /);
    expect(reasonOf(withYears([]))).toBe('School calendar, field schoolYears: Add at least one school year.');
    expect(reasonOf(withYears([{ firstDay: '2025-08-25', lastDay: '2026-06-12' }], { holidays: [] }))).toMatch(/holidays/);
    expect(reasonOf(withYears([{ firstDay: '2025-08-25', lastDay: '2026-06-12', label: '2025-26' }]))).toMatch(/label/);
    expect(reasonOf(withYears([{ firstDay: '2025-08-25', lastDay: '2026-06-12' }], { closures: [{ date: '2025-09-01' }] }))).toMatch(/^School calendar, field closures\[0\]/);
    expect(reasonOf(withYears([{ firstDay: '2025-08-25', lastDay: '2026-06-12' }], { schoolWeekdays: [7] }))).toMatch(/^School calendar, field schoolWeekdays\[0\]/);
    expect(reasonOf(null)).toMatch(/^School calendar/);
  });

  it('writes issue paths the way a person reads JSON', () => {
    expect(formatIssuePath(['schoolYears', 0, 'lastDay'])).toBe('schoolYears[0].lastDay');
    expect(formatIssuePath(['closures', 12])).toBe('closures[12]');
    expect(formatIssuePath([])).toBe('');
  });
});

describe('parseSchoolCalendar robustness', () => {
  it('property: any JSON value or text is a calendar or a reason starting with "School calendar", never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string({ maxLength: 100 }), fc.json()), (input) => {
        const r = parseSchoolCalendar(input);
        if (!r.ok) expect(r.error.message).toMatch(/^(School calendar|The school calendar file is not valid JSON)/);
      }),
      { numRuns: 300 },
    );
  });
});
