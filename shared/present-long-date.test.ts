import { describe, expect, it } from 'vitest';
import type { IsoDate } from './iso-date.ts';
import { presentLongDate } from './present-long-date.ts';

describe('presentLongDate', () => {
  it('writes a date as in a letter', () => {
    expect(presentLongDate('2027-05-28' as IsoDate)).toBe('May 28, 2027');
    expect(presentLongDate('2026-01-01' as IsoDate)).toBe('January 1, 2026');
  });
});
