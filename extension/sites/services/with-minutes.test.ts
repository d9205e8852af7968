import { describe, expect, it } from 'vitest';
import { withMinutes } from './with-minutes.ts';

describe('withMinutes', () => {
  it('writes the unit after a bare number of minutes, never after one that has a unit', () => {
    expect(['30', '150 / week', '2.5', '30 min', '1 hour', '45m', '1.5 hrs'].map(withMinutes)).toEqual(['30 min', '150 min / week', '2.5 min', '30 min', '1 hour', '45m', '1.5 hrs']);
  });
});
