import type { ContactRecord } from './contact-record.ts';
import type { IsoDate } from './iso-date.ts';

/** A contact that still needs an answer. */
export interface OpenFollowUp {
  contact: ContactRecord;
  /** The follow-up date: the one set, else the day the concern was raised (it needed one then). */
  dueDate: IsoDate;
  /** A concern was raised and no follow-up date was set: flag it. */
  unscheduledConcern: boolean;
}

/**
 * The open follow-ups of a contact log, oldest due first: every contact with a follow-up date and no
 * "follow-up done" date, and every concern raised with neither (due the day it was raised, flagged).
 * A contact with a done date is closed, with or without a due date.
 *
 * @example openFollowUps([{ contactId: 'c1', studentId: 'S1', date: '2026-11-02', concern: true }])[0] // { dueDate: '2026-11-02', unscheduledConcern: true, … }
 */
export function openFollowUps(contacts: readonly ContactRecord[]): OpenFollowUp[] {
  const open: OpenFollowUp[] = [];
  for (const contact of contacts) {
    if (contact.followUpDone) continue;
    if (contact.followUpDue) open.push({ contact, dueDate: contact.followUpDue, unscheduledConcern: false });
    else if (contact.concern) open.push({ contact, dueDate: contact.date, unscheduledConcern: true });
  }
  return open.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}
