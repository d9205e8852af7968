import { describe, expect, it } from 'vitest';
import { schoolWeeks } from './school-weeks.ts';
import { d, DISTRICT_CALENDAR_JSON, settingsWith } from './test-fixtures.ts';

describe('schoolWeeks', () => {
  const settings = settingsWith({ calendar: DISTRICT_CALENDAR_JSON });

  it('starts with the week holding today, counts only the school days ahead, and closes break weeks', () => {
    const weeks = schoolWeeks(settings, d('2026-11-18'), 3);
    expect(weeks.map((w) => [w.weekStart, w.schoolDays, w.allSchoolDays, w.open])).toEqual([
      ['2026-11-16', 3, 5, true],
      ['2026-11-23', 0, 0, false], // Thanksgiving break
      ['2026-11-30', 5, 5, true],
    ]);
  });

  it('counts a holiday week short (MLK Day) and the weeks after the calendar ends as closed', () => {
    expect(schoolWeeks(settings, d('2027-01-18'), 1)[0]?.schoolDays).toBe(4);
    expect(schoolWeeks(settings, d('2027-06-14'), 2).every((w) => !w.open)).toBe(true);
  });

  it('without a calendar takes Monday to Friday', () => {
    const weeks = schoolWeeks(settingsWith(), d('2026-11-26'), 2);
    expect(weeks.map((w) => w.schoolDays)).toEqual([2, 5]);
  });
});
