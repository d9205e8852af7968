import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../iso-date.ts';
import { shortDate } from './short-date.ts';

describe('shortDate', () => {
  it('labels a month start by the month alone, other days with the day', () => {
    expect(shortDate('2026-10-01' as IsoDate)).toBe('Oct');
    expect(shortDate('2026-09-14' as IsoDate)).toBe('Sep 14');
  });
});
