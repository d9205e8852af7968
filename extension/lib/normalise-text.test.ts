import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text.ts';

describe('normaliseText', () => {
  it('removes control, bidi and zero-width characters and collapses spaces', () => {
    expect(normaliseText('\u202EGrant, Lou\u202C', 100)).toBe('Grant, Lou');
    expect(normaliseText('0\u200B5/0\uFEFF6/2013', 100)).toBe('05/06/2013');
    expect(normaliseText('  5\u0007\u200D \n\t x ', 100)).toBe('5 x');
  });

  it('keeps markup as plain characters (it is shown as text, never parsed)', () => {
    expect(normaliseText('<img src=x onerror=alert(1)>Vance', 100)).toBe('<img src=x onerror=alert(1)>Vance');
  });

  it('caps a megabyte field', () => {
    const out = normaliseText('X'.repeat(1_000_000), 500);
    expect(out.length).toBe(500);
    expect(out.endsWith('…')).toBe(true);
  });

  it('never returns unsafe characters or more than the cap, and is stable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (s, max) => {
        const out = normaliseText(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        // eslint-disable-next-line no-control-regex -- the characters that must be gone
        expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/);
        expect(normaliseText(out, max)).toBe(out);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
