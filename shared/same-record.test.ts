import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordChanges } from './record-changes.ts';
import { sameRecord } from './same-record.ts';

describe('sameRecord', () => {
  it('is the same record whatever order the fields were written in, with blank and missing alike', () => {
    const stored = { sessionId: 'ses-1', studentId: 'S1', serviceId: 'svc-1', date: '2026-11-02', minutes: 30, outcome: 'delivered', note: '' };
    const fromForm = { outcome: 'delivered', minutes: 30, date: '2026-11-02', serviceId: 'svc-1', studentId: 'S1', sessionId: 'ses-1' };
    expect(sameRecord(stored, fromForm)).toBe(true);
    expect(sameRecord(stored, { ...fromForm, minutes: 25 })).toBe(false);
    expect(sameRecord(stored, { ...fromForm, groupSize: 3 })).toBe(false);
    expect(sameRecord({ ...stored, groupSize: 3 }, fromForm)).toBe(false);
  });

  it('never takes a stored row that could not be read for the same', () => {
    expect(sameRecord(null, { studentId: 'S1' })).toBe(false);
    expect(sameRecord({ sealed: new Uint8Array([1]) }, { studentId: 'S1' })).toBe(false);
  });

  it('property: the same exactly when recordChanges lists no change', () => {
    const value = fc.oneof(fc.constant(undefined), fc.constant(''), fc.constant(' '), fc.constantFrom('a', 'b'), fc.integer({ min: 0, max: 2 }), fc.boolean());
    const row = fc.dictionary(fc.constantFrom('studentId', 'firstName', 'lastName', 'grade', 'notes', 'extra'), value);
    fc.assert(
      fc.property(row, row, (a, b) => {
        expect(sameRecord(a, b)).toBe(recordChanges('students', a, b).length === 0);
      }),
    );
  });
});
