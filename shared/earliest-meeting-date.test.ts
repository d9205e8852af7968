import { describe, expect, it } from 'vitest';
import { countDaysBack } from './count-days-back.ts';
import { earliestMeetingDate } from './earliest-meeting-date.ts';
import { d, DISTRICT_CALENDAR_JSON, settingsWith } from './test-fixtures.ts';

describe('earliestMeetingDate', () => {
  const settings = settingsWith({ calendar: DISTRICT_CALENDAR_JSON });

  it('the earliest meeting leaves the whole lead time from today', () => {
    expect(earliestMeetingDate(d('2026-12-02'), { days: 10, unit: 'calendar' }, settings)).toBe('2026-12-12');
    expect(earliestMeetingDate(d('2026-12-02'), undefined, settings)).toBe('2026-12-02');
    // 5 school days: Dec 3, 4, 7, 8, 9 lie between; the meeting on Dec 9 has its notice due Dec 2.
    const earliest = earliestMeetingDate(d('2026-12-02'), { days: 5, unit: 'school' }, settings);
    expect(earliest).toBe('2026-12-09');
    expect(countDaysBack(earliest as never, 5, 'school', settings)).toBe('2026-12-02');
    expect(countDaysBack(d('2026-12-08'), 5, 'school', settings)! < '2026-12-02').toBe(true);
  });
});
