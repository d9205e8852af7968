import * as z from 'zod';
import { IsoDate } from './iso-date.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * What happened to a scheduled session. `delivered` and `makeup` count as minutes given; the others are
 * minutes missed, and whether the district still owes them is a setting per outcome (OSEP Letter to
 * Balkman, 1995: a student absence generally is not owed, a provider absence or a school cancellation is).
 */
export const SessionOutcome = z.enum([
  'delivered',
  'makeup',
  'student-absent',
  'student-unavailable',
  'provider-absent',
  'school-closed',
  'other',
]);
export type SessionOutcome = z.infer<typeof SessionOutcome>;

/** One entry of the service log: a session given (or missed) on a date, for one student and service. */
export const SessionRecord = z.object({
  sessionId: text(64),
  studentId: text(64),
  serviceId: text(64),
  date: IsoDate,
  /** Minutes given (delivered, makeup) or scheduled and missed (the other outcomes). */
  minutes: z.number().min(0).max(1_440),
  outcome: SessionOutcome,
  /** Students in the session; a group session counts in full for each of them. */
  groupSize: z.number().int().min(1).max(100).optional(),
  note: z.string().trim().max(2000).optional(),
  loggedBy: text(200).optional(),
});
export type SessionRecord = z.infer<typeof SessionRecord>;
