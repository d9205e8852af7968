import { describe, expect, it } from 'vitest';
import type { ContactRecord } from './contact-record.ts';
import { parentContactAttempts } from './parent-contact-attempts.ts';
import { d } from './test-fixtures.ts';

const c = (id: string, date: string, fields: Partial<ContactRecord> = {}): ContactRecord => ({ contactId: id, studentId: 'S1', date: d(date), ...fields });

describe('parentContactAttempts: the record of attempts (34 CFR 300.322(d))', () => {
  it('lists every contact between the start and the meeting, by date and time, with method, time and result', () => {
    const log = [
      c('late', '2026-12-11', { method: 'phone' }),
      c('b', '2026-12-01', { time: '15:30', method: 'email', result: 'no-answer' }),
      c('a', '2026-12-01', { time: '09:05', method: 'phone', result: 'left-message' }),
      c('old', '2026-10-01', { method: 'phone', result: 'reached' }),
      c('c', '2026-12-03', { method: 'note-home', result: 'returned' }),
    ];
    const record = parentContactAttempts(log, { meetingDate: d('2026-12-10'), from: d('2026-11-01') });
    expect(record.attempts.map((a) => [a.contactId, a.time, a.method, a.result])).toEqual([
      ['a', '09:05', 'phone', 'left-message'],
      ['b', '15:30', 'email', 'no-answer'],
      ['c', undefined, 'note-home', 'returned'],
    ]);
    expect(record.reached).toBe(1);
  });
});
