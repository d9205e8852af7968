import { describe, expect, it } from 'vitest';
import { pickTable } from './table-csv.ts';

describe('pickTable: which table a CSV holds, by its header row', () => {
  it('picks each table from its own export header', () => {
    expect(pickTable('Session ID,Student ID,Service ID,Date,Minutes,Outcome\n')).toEqual({ ok: true, value: 'sessions' });
    expect(pickTable('\uFEFFContact ID,Student ID,Date,With,Method,Follow-up Due\r\n')).toEqual({ ok: true, value: 'contacts' });
    expect(pickTable('Student ID,Last IEP Date,First Name\n')).toEqual({ ok: true, value: 'students' });
  });

  it('asks when no table fits, and takes the table the person chose', () => {
    const none = pickTable('Pupil,Shoe size\n');
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error).toMatchObject({ code: 'unknown-table', message: expect.stringMatching(/Choose the table in the list/) });
    expect(pickTable('anything', 'goals')).toEqual({ ok: true, value: 'goals' });
    expect(pickTable('anything', 'nope')).toMatchObject({ ok: false, error: { code: 'unknown-table' } });
  });
});
