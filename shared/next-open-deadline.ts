import type { Deadline } from './deadline.ts';
import { STATUS_STYLES } from './deadline.ts';

/**
 * The deadline a student's row leads with: the most urgent one not done (by status, then due date), or
 * undefined when every deadline is done or there is none.
 *
 * @example nextOpenDeadline(computeDeadlines(student, settings, today).deadlines)?.title // 'Annual review'
 */
export function nextOpenDeadline<T extends Pick<Deadline, 'status'> & { dueDate: string }>(deadlines: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const d of deadlines) {
    if (d.status === 'done') continue;
    if (!best) best = d;
    else {
      const a = STATUS_STYLES[d.status].rank;
      const b = STATUS_STYLES[best.status].rank;
      if (a < b || (a === b && d.dueDate < best.dueDate)) best = d;
    }
  }
  return best;
}
