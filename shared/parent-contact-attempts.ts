import type { ContactMethod, ContactRecord, ContactResult } from './contact-record.ts';
import type { IsoDate } from './iso-date.ts';

/** One attempt to reach the parent, as the record of 34 CFR 300.322(d) lists it. */
export interface ContactAttempt {
  contactId: string;
  date: IsoDate;
  time?: string;
  method?: ContactMethod;
  with?: string;
  result?: ContactResult;
  topic?: string;
  summary?: string;
}

/** The record of attempts to arrange a meeting with the parent. */
export interface ParentContactAttempts {
  meetingDate: IsoDate;
  from?: IsoDate;
  /** Oldest first, by date then time. */
  attempts: ContactAttempt[];
  /** How many reached the parent (or the parent returned the contact). */
  reached: number;
}

/**
 * The contact log as the record that 34 CFR 300.322(d) requires when a meeting is held without the parent:
 * every contact with the family from `from` (e.g. the last IEP meeting; default: the whole log) up to the
 * meeting date, with method, date, time and result, oldest first.
 *
 * @param contacts one student's contact log
 * @param options `meetingDate`: the meeting; `from`: the first day to include
 * @example parentContactAttempts(contacts, { meetingDate: '2026-12-10', from: '2026-11-01' }).attempts[0]?.method // 'phone'
 */
export function parentContactAttempts(contacts: readonly ContactRecord[], options: { meetingDate: IsoDate; from?: IsoDate }): ParentContactAttempts {
  const attempts: ContactAttempt[] = contacts
    .filter((c) => c.date <= options.meetingDate && (!options.from || c.date >= options.from))
    .map((c) => {
      const a: ContactAttempt = { contactId: c.contactId, date: c.date };
      if (c.time) a.time = c.time;
      if (c.method) a.method = c.method;
      if (c.with) a.with = c.with;
      if (c.result) a.result = c.result;
      if (c.topic) a.topic = c.topic;
      if (c.summary) a.summary = c.summary;
      return a;
    })
    .sort((a, b) => {
      const ka = `${a.date} ${a.time ?? ''}`;
      const kb = `${b.date} ${b.time ?? ''}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  const reached = attempts.filter((a) => a.result === 'reached' || a.result === 'returned').length;
  return { meetingDate: options.meetingDate, ...(options.from ? { from: options.from } : {}), attempts, reached };
}
