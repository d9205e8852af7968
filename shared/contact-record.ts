import * as z from 'zod';
import { IsoDate } from './iso-date.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** How a contact was made. */
export const ContactMethod = z.enum(['phone', 'email', 'meeting', 'note-home', 'portal', 'visit', 'text']);
export type ContactMethod = z.infer<typeof ContactMethod>;

/** What came of a contact attempt. */
export const ContactResult = z.enum(['reached', 'left-message', 'no-answer', 'returned']);
export type ContactResult = z.infer<typeof ContactResult>;

/**
 * One entry of the parent-contact log: the record of attempts that 34 CFR 300.322(d) requires when a
 * meeting is held without the parent (method, date, time, result), plus concerns and their follow-up.
 */
export const ContactRecord = z.object({
  contactId: text(64),
  studentId: text(64),
  date: IsoDate,
  /** Time of day as `HH:MM` (24-hour). */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 15:30.').optional(),
  /** Who was contacted (Parent, Guardian, Grandmother, …). */
  with: text(200).optional(),
  method: ContactMethod.optional(),
  topic: text(200).optional(),
  summary: z.string().trim().max(4000).optional(),
  /** The parent raised a concern that needs an answer. */
  concern: z.boolean().optional(),
  result: ContactResult.optional(),
  followUpDue: IsoDate.optional(),
  followUpDone: IsoDate.optional(),
});
export type ContactRecord = z.infer<typeof ContactRecord>;
