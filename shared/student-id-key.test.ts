import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameStudentId, studentIdKey } from './student-id-key.ts';

describe('studentIdKey / sameStudentId', () => {
  it('treat ids that differ only in case, surrounding spaces or Unicode form as one student', () => {
    expect(sameStudentId('S1', 's1')).toBe(true);
    expect(sameStudentId(' S1001\t', 's1001')).toBe(true);
    expect(sameStudentId('JOS\u00c9-7', 'jose\u0301-7')).toBe(true);
    expect(sameStudentId('S1', 'S2')).toBe(false);
    expect(sameStudentId('S 1', 'S1')).toBe(false);
  });

  it('is an equivalence that ignores case (property)', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        expect(sameStudentId(id, id.toUpperCase())).toBe(sameStudentId(id.toLowerCase(), id.toUpperCase()));
        expect(studentIdKey(studentIdKey(id))).toBe(studentIdKey(id));
        expect(sameStudentId(` ${id} `, id)).toBe(true);
      }),
    );
  });
});
