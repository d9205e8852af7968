import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, MAX_FIELD_CHARS } from './clean-text.ts';

/** Characters that must never reach the side panel: controls, NUL, bidi controls, zero-width and invisible marks. */
export // eslint-disable-next-line no-control-regex -- these are the characters under test
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/;

describe('cleanText', () => {
  it('strips NUL, controls, bidi overrides and zero-width characters, and collapses whitespace', () => {
    expect(cleanText('  Lee,\u202E Ana\u202C\u0000 ')).toBe('Lee, Ana');
    expect(cleanText('S10\u200B07\uFEFF')).toBe('S1007');
    expect(cleanText('Grade:\t5\r\n\u00A0 (resource)')).toBe('Grade: 5 (resource)');
    expect(cleanText('\u2066Ana\u2069 \u200FLee')).toBe('Ana Lee');
  });

  it('normalises to NFC so the same name compares equal', () => {
    expect(cleanText('Jose\u0301')).toBe('Jos\u00E9');
  });

  it('keeps markup-looking text literal (it is shown as text, never parsed)', () => {
    expect(cleanText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('caps long values with an ellipsis and never splits a surrogate pair', () => {
    const capped = cleanText('A'.repeat(1_000_000));
    expect(capped).toHaveLength(MAX_FIELD_CHARS);
    expect(capped.endsWith('…')).toBe(true);
    const emoji = cleanText('😀'.repeat(300), 10);
    expect(emoji).toBe('😀😀😀😀…');
  });

  it('is safe and idempotent on any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), fc.integer({ min: 1, max: 300 }), (raw, max) => {
        const once = cleanText(raw, max);
        expect(once.length).toBeLessThanOrEqual(max);
        expect(once).not.toMatch(FORBIDDEN);
        expect(once).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/\s{2}/);
        expect(cleanText(once, max)).toBe(once);
      }),
      { numRuns: 500 },
    );
  }, 30_000); // a property test: hundreds of random strings, slow on a loaded 2-core machine, never a speed check
});
