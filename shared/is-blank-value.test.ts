import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankValue } from './is-blank-value.ts';

describe('isBlankValue', () => {
  it('is blank for missing, empty and white-space values, never for a number, false or a word', () => {
    for (const v of [undefined, null, '', ' ', '\t\n', '\u00a0', '\ufeff']) expect(isBlankValue(v)).toBe(true);
    for (const v of [0, false, 'x', ' x ', '0', new Date(0)]) expect(isBlankValue(v)).toBe(false);
  });

  it('property: the same answer as trimming for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', '\u2028', '\ufeff', 'a', '!', '~', '\u007f', 'é') }), (s) => {
        expect(isBlankValue(s)).toBe(s.trim() === '');
      }),
    );
  });
});
