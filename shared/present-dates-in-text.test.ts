import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentDatesInText } from './present-dates-in-text.ts';

describe('presentDatesInText', () => {
  it('writes every date in a warning the way the teacher reads due dates', () => {
    expect(presentDatesInText('The meeting scheduled for 2026-12-24 is after the due date 2026-12-12.')).toBe('The meeting scheduled for 12/24/2026 is after the due date 12/12/2026.');
    expect(presentDatesInText('A concern raised on 2026-03-05 has no follow-up date.', 'long')).toBe('A concern raised on Mar 5, 2026 has no follow-up date.');
  });

  it('leaves ISO text alone for a reader who chose ISO, and never touches ids or impossible dates', () => {
    expect(presentDatesInText('Due 2026-12-12.', 'iso')).toBe('Due 2026-12-12.');
    expect(presentDatesInText('Session ses-2026-12-12 and S2026-12-12x and 2026-13-40 stay.')).toBe('Session ses-2026-12-12 and S2026-12-12x and 2026-13-40 stay.');
  });

  it('changes only the dates: the text with the dates taken out is the same (property)', () => {
    const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const words = fc.stringMatching(/^[a-z ,.:;()]{0,12}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(words, date)), words, (parts, tail) => {
        const text = parts.map(([w, d]) => `${w} ${d} `).join('') + tail;
        const out = presentDatesInText(text);
        expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        const strip = (s: string) => s.replace(/\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}/g, '#');
        expect(strip(out)).toBe(strip(text));
      }),
    );
  });
});
