import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanCellText } from './clean-cell-text.ts';

describe('cleanCellText', () => {
  it('drops NUL, bidi overrides and zero-width characters, and composes accents', () => {
    expect(cleanCellText(' Jos\u00e9\u202E N\u0000\u00fa\u00f1ez ')).toBe('José Núñez');
    expect(cleanCellText('Jose\u0301')).toBe('José');
    expect(cleanCellText('S\u200B1')).toBe('S1');
  });

  it('keeps text literal and line breaks only in multi-line cells', () => {
    expect(cleanCellText('<b>hi</b>')).toBe('<b>hi</b>');
    expect(cleanCellText('a\r\n  b')).toBe('a b');
    expect(cleanCellText('a\r\n  b', { multiline: true })).toBe('a\nb');
  });

  it('never leaves control or invisible characters, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = cleanCellText(s);
        // eslint-disable-next-line no-control-regex -- the point of the test
        expect(once).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E]/);
        expect(cleanCellText(once)).toBe(once);
      }),
    );
  }, 30_000); // a property test: hundreds of random strings, slow on a loaded 2-core machine, never a speed check
});
