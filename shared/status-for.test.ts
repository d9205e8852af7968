import { describe, expect, it } from 'vitest';
import type { DeadlineStatus } from './deadline.ts';
import { statusFor } from './status-for.ts';
import { settingsWith } from './test-fixtures.ts';

const federal = settingsWith();

describe('statusFor', () => {
  it.each<[number, DeadlineStatus]>([
    [-1, 'overdue'],
    [0, 'urgent'],
    [7, 'urgent'],
    [8, 'soon'],
    [30, 'soon'],
    [31, 'upcoming'],
  ])('%i days left → %s (defaults)', (days, status) => {
    expect(statusFor(days, federal)).toBe(status);
  });

  it('follows custom thresholds', () => {
    const s = { urgentDays: 3, soonDays: 14 };
    expect([3, 4, 14, 15].map((n) => statusFor(n, s))).toEqual(['urgent', 'soon', 'soon', 'upcoming']);
  });
});
