import { STATUS_STYLES, type Deadline } from './deadline.ts';
import { toDayNumber } from './day-number.ts';

/**
 * Most urgent first: by status (overdue, urgent, soon, upcoming, done), then due date, then student.
 *
 * @example sortByUrgency([{ status: 'soon', dueDate: '2026-12-01', studentId: 'A' }, { status: 'overdue', dueDate: '2026-12-09', studentId: 'B' }])[0]?.studentId // 'B'
 */
export function sortByUrgency<T extends Pick<Deadline, 'status' | 'dueDate' | 'studentId'>>(deadlines: readonly T[]): T[] {
  // One numeric key per deadline (status rank, then day number) keeps the comparator cheap for big caseloads.
  const keys = new Float64Array(deadlines.length);
  deadlines.forEach((d, i) => {
    keys[i] = STATUS_STYLES[d.status].rank * 1_000_000 + toDayNumber(d.dueDate);
  });
  const order = Array.from(deadlines.keys());
  order.sort((i, j) => {
    const byKey = (keys[i] as number) - (keys[j] as number);
    if (byKey !== 0) return byKey;
    const a = (deadlines[i] as T).studentId;
    const b = (deadlines[j] as T).studentId;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return order.map((i) => deadlines[i] as T);
}

