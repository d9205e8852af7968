import type { DeadlineStatus } from './deadline.ts';
import type { Settings } from './settings.ts';

/**
 * The status of an open deadline `daysLeft` calendar days away, from the caseload's urgent/soon thresholds.
 *
 * @example statusFor(-1, defaultSettings) // 'overdue'
 */
export function statusFor(daysLeft: number, settings: Pick<Settings, 'urgentDays' | 'soonDays'>): DeadlineStatus {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= settings.urgentDays) return 'urgent';
  if (daysLeft <= settings.soonDays) return 'soon';
  return 'upcoming';
}
