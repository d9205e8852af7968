import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { upperBound } from './upper-bound.ts';

describe('upperBound', () => {
  it('property: the number of entries not greater than the value, in any ascending array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, value) => {
        const sorted = Int32Array.from(values.sort((a, b) => a - b));
        expect(upperBound(sorted, value)).toBe(values.filter((v) => v <= value).length);
      }),
    );
  });
});
