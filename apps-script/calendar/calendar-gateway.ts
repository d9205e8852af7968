import type { IsoDate } from '../../shared/index.ts';
import { type GasServices } from '../sheets/gas-services.ts';
import { isoDateToNoon } from '../sheets/cell-to-iso-date.ts';
import { EVENT_TAG, type EventSpec, parseEventTag } from './event-spec.ts';
import { type RetryOptions, withRetry } from './with-retry.ts';

/** One of our events found on the calendar. */
export interface OurEvent {
  key: string;
  rowKey: string;
  hash: string;
  /** The event id, read only when needed (each read is a service call). */
  id(): string;
  event: GoogleAppsScript.Calendar.CalendarEvent;
}

/** Calendar operations the sync needs, each retried on transient errors. */
export interface CalendarGateway {
  /** Every event carrying our tag in the search window, by key (several when a crash left a duplicate). */
  listOurEvents(window: { from: IsoDate; to: IsoDate }): Map<string, OurEvent[]>;
  /** One of our events by id (for a deadline whose event lies outside the window), if it still exists. */
  findById(id: string): OurEvent | undefined;
  create(spec: EventSpec): OurEvent;
  update(existing: OurEvent, spec: EventSpec): OurEvent;
  remove(existing: OurEvent): void;
  /** Calendar calls made so far (reads and writes). */
  readonly calls: { reads: number; writes: number };
}

function withMarker(spec: EventSpec): string {
  return `${spec.description}\n\n[casekeeper ${spec.key}#${spec.hash}]`;
}

function markerIn(description: string | null | undefined): string | undefined {
  return /\[casekeeper ([^\]\s]+)\]\s*$/.exec(description ?? '')?.[1];
}

/**
 * Wraps one Google calendar for the sync: tagged all-day events, written with backoff on rate limits.
 *
 * @param calendar the dedicated (or chosen) calendar
 * @param gas services (Utilities.sleep for backoff)
 * @param retry time budget and clock
 * @param offsetMs the script zone's UTC offset, to place all-day events on the right day
 */
export function calendarGateway(
  calendar: GoogleAppsScript.Calendar.Calendar,
  gas: GasServices,
  retry: Omit<RetryOptions, 'sleep'>,
  offsetMs: number,
): CalendarGateway {
  const options: RetryOptions = { ...retry, sleep: (ms) => gas.Utilities.sleep(ms) };
  const calls = { reads: 0, writes: 0 };
  const read = <T>(fn: () => T): T => {
    calls.reads++;
    return withRetry(fn, options);
  };
  const write = <T>(fn: () => T): T => {
    calls.writes++;
    return withRetry(fn, options);
  };
  const wrap = (event: GoogleAppsScript.Calendar.CalendarEvent, key: string, rowKey: string, hash: string, knownId?: string): OurEvent => {
    let id = knownId;
    return {
      key,
      rowKey,
      hash,
      event,
      id: () => (id ??= read(() => event.getId())),
    };
  };
  return {
    calls,
    listOurEvents(window) {
      const events = read(() => calendar.getEvents(isoDateToNoon(window.from, offsetMs), isoDateToNoon(window.to, offsetMs)));
      const byKey = new Map<string, OurEvent[]>();
      for (const event of events) {
        // The tag is set right after the create; the same marker ends the description, so an event whose
        // tagging was cut short by a crash is still recognised (and never created twice).
        const tagged = parseEventTag(read(() => event.getTag(EVENT_TAG)));
        const tag = tagged ?? parseEventTag(markerIn(read(() => event.getDescription())));
        if (!tag) continue;
        const list = byKey.get(tag.key) ?? [];
        // An untagged event gets an empty hash, so the sync rewrites (and tags) it.
        list.push(wrap(event, tag.key, tag.rowKey, tagged ? tag.hash : ''));
        byKey.set(tag.key, list);
      }
      return byKey;
    },
    findById(id) {
      const event = read(() => calendar.getEventById(id));
      if (!event) return undefined;
      const tagged = parseEventTag(read(() => event.getTag(EVENT_TAG)));
      const tag = tagged ?? parseEventTag(markerIn(read(() => event.getDescription())));
      return tag ? wrap(event, tag.key, tag.rowKey, tagged ? tag.hash : '', id) : undefined;
    },
    create(spec) {
      const event = write(() =>
        calendar.createAllDayEvent(spec.title, isoDateToNoon(spec.date, offsetMs), { description: withMarker(spec) }),
      );
      // Tag first: from here on a crash leaves an event the next run finds by its tag.
      write(() => event.setTag(EVENT_TAG, `${spec.key}#${spec.hash}`));
      if (spec.reminderMinutes > 0) write(() => event.addPopupReminder(spec.reminderMinutes));
      return wrap(event, spec.key, spec.rowKey, spec.hash);
    },
    update(existing, spec) {
      const { event } = existing;
      write(() => event.setTitle(spec.title));
      write(() => event.setAllDayDate(isoDateToNoon(spec.date, offsetMs)));
      write(() => event.setDescription(withMarker(spec)));
      write(() => event.removeAllReminders());
      if (spec.reminderMinutes > 0) write(() => event.addPopupReminder(spec.reminderMinutes));
      write(() => event.setTag(EVENT_TAG, `${spec.key}#${spec.hash}`));
      return { ...existing, hash: spec.hash };
    },
    remove(existing) {
      write(() => existing.event.deleteEvent());
    },
  };
}
