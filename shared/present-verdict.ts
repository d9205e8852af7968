import { type DeadlineStatus, STATUS_STYLES } from './deadline.ts';
import type { ProgressVerdict } from './progress/progress-verdict.ts';

/**
 * How each progress verdict looks everywhere (panel, sheet, terminal, charts): a label in plain words and
 * the status colours it borrows. Not enough data is never shown as calm: it looks urgent, because a goal
 * without data is what advocates question first.
 *
 * @example VERDICT_STYLES['change-instruction'].label // 'Change instruction'
 */
export const VERDICT_STYLES: Record<ProgressVerdict, { label: string; status: DeadlineStatus; background: string; text: string; rank: number }> = {
  'change-instruction': { label: 'Change instruction', status: 'overdue', ...colours('overdue') },
  'insufficient-data': { label: 'Not enough data', status: 'urgent', ...colours('urgent') },
  'raise-goal': { label: 'Raise the goal', status: 'soon', ...colours('soon') },
  'on-track': { label: 'On track', status: 'upcoming', ...colours('upcoming') },
};

function colours(status: DeadlineStatus) {
  const { background, text, rank } = STATUS_STYLES[status];
  return { background, text, rank };
}
