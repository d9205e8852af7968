import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLANK_VALUE, recordChanges } from './record-changes.ts';

describe('recordChanges: what an update would change, in header words', () => {
  it('names the changed name field by its header, old → new (the Windows-1252 case of issue 17)', () => {
    const stored = { studentId: 'S1', firstName: 'José', lastName: 'Nunez', lastIepDate: '2026-02-01' };
    const file = { studentId: 'S1', firstName: 'José', lastName: 'Núñez', lastIepDate: '2026-02-01' };
    expect(recordChanges('students', stored, file)).toEqual([{ key: 'lastName', header: 'Last Name', before: 'Nunez', after: 'Núñez' }]);
  });

  it('shows dates as people read them, choices by their label, and blanks as blank, in column order', () => {
    const changes = recordChanges(
      'services',
      { serviceId: 'svc-1', studentId: 'S1', service: 'Speech', delivery: 'direct', startDate: '2026-02-06', per: 'week' },
      { serviceId: 'svc-1', studentId: 'S1', service: 'Speech', provider: 'M. Lee', delivery: 'consult', startDate: '2026-03-02', per: 'grading-period' },
    );
    expect(changes.map((c) => `${c.header}: ${c.before} → ${c.after}`)).toEqual([
      `Provider: ${BLANK_VALUE} → M. Lee`,
      'Delivery: Direct → Consult',
      'Period: Week → Grading period',
      'Start Date: 2/6/2026 → 3/2/2026',
    ]);
    expect(recordChanges('services', { serviceId: 'a', startDate: '2026-02-06' }, { serviceId: 'a', startDate: '2026-03-02' }, { dateStyle: 'iso' })[0]).toMatchObject({ before: '2026-02-06', after: '2026-03-02' });
  });

  it('a value the update would remove is shown going to blank; an empty string is the same as no value', () => {
    expect(recordChanges('students', { studentId: 'S1', notes: 'Met with family' }, { studentId: 'S1' })).toEqual([{ key: 'notes', header: 'Notes', before: 'Met with family', after: BLANK_VALUE }]);
    expect(recordChanges('students', { studentId: 'S1', notes: '' }, { studentId: 'S1' })).toEqual([]);
    expect(recordChanges('sessions', { sessionId: 's', minutes: 30 }, { sessionId: 's', minutes: 45 })).toEqual([{ key: 'minutes', header: 'Minutes', before: '30', after: '45' }]);
  });

  it('never reports a change for identical records, and reports exactly the fields that differ (property)', () => {
    const value = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 5 }), fc.integer({ min: 0, max: 9 }));
    const record = fc.record({ studentId: fc.constant('S1'), firstName: value, lastName: value, grade: value, notes: value });
    fc.assert(
      fc.property(record, record, (a, b) => {
        expect(recordChanges('students', a, a)).toEqual([]);
        const blank = (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() === '');
        const differs = (['firstName', 'lastName', 'grade', 'notes'] as const).filter((k) => !(blank(a[k]) && blank(b[k])) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
        expect(recordChanges('students', a, b).map((c) => c.key)).toEqual(differs);
      }),
    );
  });
});
