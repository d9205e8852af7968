import { describe, expect, it } from 'vitest';
import { placeWork } from './place-work.ts';
import { schoolWeeks } from './school-weeks.ts';
import { d, DISTRICT_CALENDAR_JSON, settingsWith } from './test-fixtures.ts';

// Weeks from Dec 7, 2026: 0 Dec 7, 1 Dec 14, 2 Dec 21 and 3 Dec 28 (winter break), 4 Jan 4, 5 Jan 11.
const weeks = schoolWeeks(settingsWith({ calendar: DISTRICT_CALENDAR_JSON }), d('2026-12-07'), 6);

describe('placeWork', () => {
  it('spreads preparation over the open weeks before the date, skipping the break', () => {
    expect(placeWork({ date: d('2027-01-06'), hours: 3, spreadWeeks: 3, spread: 'before' }, weeks)).toEqual([
      { week: 0, hours: 1 },
      { week: 1, hours: 1 },
      { week: 4, hours: 1 },
    ]);
  });

  it('puts work due in a closed week into the last open week before it', () => {
    expect(placeWork({ date: d('2026-12-23'), hours: 2, spreadWeeks: 1, spread: 'before' }, weeks)).toEqual([{ week: 1, hours: 2 }]);
  });

  it('puts overdue work and preparation that should have started into the first open week', () => {
    expect(placeWork({ date: d('2026-11-30'), hours: 1, spreadWeeks: 1, spread: 'before' }, weeks)).toEqual([{ week: 0, hours: 1 }]);
    expect(placeWork({ date: d('2026-12-15'), hours: 3, spreadWeeks: 3, spread: 'before' }, weeks)).toEqual([
      { week: 0, hours: 2 },
      { week: 1, hours: 1 },
    ]);
  });

  it('spreads make-up work forward over open weeks', () => {
    expect(placeWork({ date: d('2026-12-14'), hours: 3, spreadWeeks: 3, spread: 'after' }, weeks)).toEqual([
      { week: 1, hours: 1 },
      { week: 4, hours: 1 },
      { week: 5, hours: 1 },
    ]);
  });

  it('places nothing past the weeks given', () => {
    expect(placeWork({ date: d('2027-03-01'), hours: 3, spreadWeeks: 3, spread: 'before' }, weeks)).toEqual([]);
  });
});
