import { type IsoDate, addCalendarDays } from '../../shared/index.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { EVENT_TAG, type EventSpec, SHEET_TAG, parseEventTag } from './event-spec.ts';
import { type RetryOptions, withRetry } from './with-retry.ts';

/** One of our events found on the calendar. */
export interface OurEvent {
  key: string;
  rowKey: string;
  hash: string;
  /** The event's id (Calendar API id). */
  id(): string;
}

/** Calendar operations the sync needs, each retried on transient errors. */
export interface CalendarGateway {
  /** Every live event this spreadsheet made on the calendar, by key (several when a crash left a duplicate). */
  listOurEvents(window?: { from: IsoDate; to: IsoDate }): Map<string, OurEvent[]>;
  /** One of our events by id, if it still exists (a cancelled, i.e. deleted, event does not). */
  findById(id: string): OurEvent | undefined;
  create(spec: EventSpec): OurEvent;
  update(existing: OurEvent, spec: EventSpec): OurEvent;
  remove(existing: OurEvent): void;
  /** Calendar calls made so far (reads and writes). */
  readonly calls: { reads: number; writes: number };
}

/** The part of the Calendar advanced service (`Calendar.Events`) the sync uses. */
export type CalendarEvents = Pick<GoogleAppsScript.Calendar.Collection.EventsCollection, 'insert' | 'get' | 'list' | 'patch' | 'remove'>;

type Resource = GoogleAppsScript.Calendar.Schema.Event;

/** The whole event as Calendar API v3 takes it: all-day by date, tags as private properties, one popup reminder. */
function resourceOf(spec: EventSpec, sheetId: string): Resource {
  return {
    summary: spec.title,
    description: spec.description,
    start: { date: spec.date },
    end: { date: addCalendarDays(spec.date, 1) },
    transparency: 'transparent',
    extendedProperties: { private: { [SHEET_TAG]: sheetId, [EVENT_TAG]: `${spec.key}#${spec.hash}` } },
    reminders: { useDefault: false, overrides: spec.reminderMinutes > 0 ? [{ method: 'popup', minutes: spec.reminderMinutes }] : [] },
  };
}

/**
 * Wraps one Google calendar for the sync through the Calendar advanced service (Calendar API v3, same
 * `calendar` scope as CalendarApp): an event is created whole (title, all-day date, description, private
 * extended properties carrying this spreadsheet's id and the event's key and hash, reminder) in ONE
 * insert, so a crash can never leave an untagged event; our events are found with one
 * `privateExtendedProperty` list call per 2,500 events; an update is one patch. Only events tagged with
 * this spreadsheet's id are ever listed, so two trackers sharing a calendar never touch each other's
 * events. Every call is retried with backoff on transient errors.
 *
 * @param calendarId the calendar (CalendarApp's id is the API's id)
 * @param events `Calendar.Events`
 * @param sheetId the spreadsheet's id (the tag that makes an event this tracker's)
 * @param adopt row keys of this sheet whose events an earlier Casekeeper made without the spreadsheet's
 *   id (before it tagged events with it): found once by one unfiltered listing, and rewritten (tagged) by
 *   the sync rather than duplicated. Row keys are random per sheet, so no other tracker's event matches.
 */
export function calendarGateway(
  calendarId: string,
  events: CalendarEvents,
  gas: GasServices,
  retry: Omit<RetryOptions, 'sleep'>,
  sheetId: string,
  adopt?: ReadonlySet<string>,
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
  const ours = (resource: Resource): OurEvent | undefined => {
    if (resource.status === 'cancelled' || !resource.id) return undefined;
    const props = resource.extendedProperties?.private ?? {};
    if (props[SHEET_TAG] !== sheetId) return undefined;
    const tag = parseEventTag(props[EVENT_TAG]);
    if (!tag) return undefined;
    const id = resource.id;
    return { ...tag, id: () => id };
  };
  /** An event an earlier Casekeeper made for one of this sheet's rows, not yet tagged with the sheet. */
  const earlier = (resource: Resource): OurEvent | undefined => {
    if (resource.status === 'cancelled' || !resource.id) return undefined;
    const props = resource.extendedProperties?.private ?? {};
    if (props[SHEET_TAG] !== undefined) return undefined;
    const tag = parseEventTag(props[EVENT_TAG]);
    if (!tag || !adopt?.has(tag.rowKey)) return undefined;
    const id = resource.id;
    // An empty hash makes the sync rewrite it, which adds the spreadsheet's id.
    return { ...tag, hash: '', id: () => id };
  };
  const listAll = (filter: object, pick: (r: Resource) => OurEvent | undefined, into: Map<string, OurEvent[]>) => {
    let pageToken: string | undefined;
    do {
      const page = read(() => events.list(calendarId, { ...filter, maxResults: 2500, singleEvents: true, ...(pageToken ? { pageToken } : {}) }));
      for (const resource of page.items ?? []) {
        const event = pick(resource);
        if (event) into.set(event.key, [...(into.get(event.key) ?? []), event]);
      }
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
  };
  return {
    calls,
    listOurEvents() {
      const byKey = new Map<string, OurEvent[]>();
      listAll({ privateExtendedProperty: `${SHEET_TAG}=${sheetId}` }, ours, byKey);
      if (adopt && adopt.size > 0) listAll({}, earlier, byKey);
      return byKey;
    },
    findById(id) {
      // Ids recorded by the CalendarApp version carry "@google.com"; the API id is the part before it.
      const apiId = id.replace(/@google\.com$/, '');
      try {
        return ours(read(() => events.get(calendarId, apiId)));
      } catch (error) {
        if (/not found|\b404\b|\b410\b|deleted/i.test(String((error as Error)?.message ?? error))) return undefined;
        throw error;
      }
    },
    create(spec) {
      const made = write(() => events.insert(resourceOf(spec, sheetId), calendarId));
      const id = String(made.id);
      return { key: spec.key, rowKey: spec.rowKey, hash: spec.hash, id: () => id };
    },
    update(existing, spec) {
      write(() => events.patch(resourceOf(spec, sheetId), calendarId, existing.id()));
      return { ...existing, hash: spec.hash };
    },
    remove(existing) {
      try {
        write(() => events.remove(calendarId, existing.id()));
      } catch (error) {
        // Already deleted by hand: nothing left to remove.
        if (!/deleted|\b410\b|not found/i.test(String((error as Error)?.message ?? error))) throw error;
      }
    },
  };
}
