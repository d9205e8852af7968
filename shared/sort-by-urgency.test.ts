import { describe, expect, it } from 'vitest';
import type { Deadline } from './deadline.ts';
import { sortByUrgency } from './sort-by-urgency.ts';

describe('sortByUrgency', () => {
  it('orders by status, then due date, then student', () => {
    const rows = [
      { studentId: 'B', status: 'upcoming', dueDate: '2027-01-01' },
      { studentId: 'A', status: 'done', dueDate: '2026-01-01' },
      { studentId: 'B', status: 'soon', dueDate: '2026-12-01' },
      { studentId: 'A', status: 'soon', dueDate: '2026-12-01' },
      { studentId: 'C', status: 'overdue', dueDate: '2026-11-20' },
      { studentId: 'D', status: 'urgent', dueDate: '2026-11-25' },
      { studentId: 'E', status: 'overdue', dueDate: '2026-10-01' },
      { studentId: 'F', status: 'soon', dueDate: '2026-11-30' },
    ] as Pick<Deadline, 'studentId' | 'status' | 'dueDate'>[];
    const before = JSON.stringify(rows);
    expect(sortByUrgency(rows).map((r) => `${r.status}:${r.studentId}`)).toEqual([
      'overdue:E', 'overdue:C', 'urgent:D', 'soon:F', 'soon:A', 'soon:B', 'upcoming:B', 'done:A',
    ]);
    expect(JSON.stringify(rows)).toBe(before); // input not mutated
  });
});

