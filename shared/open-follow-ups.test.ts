import { describe, expect, it } from 'vitest';
import type { ContactRecord } from './contact-record.ts';
import { openFollowUps } from './open-follow-ups.ts';
import { d } from './test-fixtures.ts';

const contact = (fields: Partial<ContactRecord>): ContactRecord => ({ contactId: 'c', studentId: 'S1', date: d('2026-11-02'), ...fields });

describe('openFollowUps', () => {
  it('lists follow-ups not yet done, oldest due first, and concerns with no follow-up date as due the day raised', () => {
    const open = openFollowUps([
      contact({ contactId: 'late', followUpDue: d('2026-11-20') }),
      contact({ contactId: 'concern', concern: true, date: d('2026-11-05') }),
      contact({ contactId: 'done', followUpDue: d('2026-11-10'), followUpDone: d('2026-11-09') }),
      contact({ contactId: 'answered', concern: true, followUpDone: d('2026-11-03') }),
      contact({ contactId: 'chat' }),
    ]);
    expect(open.map((o) => [o.contact.contactId, o.dueDate, o.unscheduledConcern])).toEqual([
      ['concern', '2026-11-05', true],
      ['late', '2026-11-20', false],
    ]);
  });
});
