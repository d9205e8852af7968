import { describe, expect, it } from 'vitest';
import { splitDates } from './split-dates.ts';

describe('splitDates: a service\'s start and end from a printed range', () => {
  it('reads a range joined by a dash, "to" or "through", with the text around it', () => {
    expect(splitDates('#1 510 Individual counseling 02/06/2025 - 02/05/2026 45 min Weekly')).toEqual({ start: '02/06/2025', end: '02/05/2026', before: '#1 510 Individual counseling', after: '45 min Weekly' });
    expect(splitDates('2026-09-08 to 2027-06-25')).toMatchObject({ start: '2026-09-08', end: '2027-06-25' });
    expect(splitDates('Sept 8, 2026 through June 25, 2027')).toMatchObject({ start: 'Sept 8, 2026', end: 'June 25, 2027' });
  });

  it('finds no range in a single date or in minutes', () => {
    expect(splitDates('Begin Date: 08/18/2026')).toBeUndefined();
    expect(splitDates('30 - 45 min weekly')).toBeUndefined();
  });
});
