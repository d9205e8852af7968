/**
 * The Calendar advanced service (`Calendar`, Calendar API v3 inside Apps Script): `Calendar.Events`
 * insert, get, list, patch and remove over the same calendars and events as `CalendarApp`, as the API
 * documents them:
 * - event ids are the iCal UID without `@google.com`; all-day events use `start.date`/`end.date`
 *   (end exclusive), timed events `dateTime`;
 * - `extendedProperties.private` is the same store as CalendarApp's tags (CalendarApp's setTag writes
 *   private extended properties); `list` filters with `privateExtendedProperty: ['k=v', …]` (all must
 *   match), `timeMin`/`timeMax`, `q`, `maxResults` (default 250, at most 2500) and `pageToken`;
 * - a deleted event is not gone: `get` returns it with `status: 'cancelled'`, and `list` returns it
 *   only with `showDeleted: true`; patching or removing it again fails with "Resource has been deleted";
 * - `insert` counts against the daily creation quota like CalendarApp, and writes need the calendar's
 *   owner (as the CalendarApp fake models sharing).
 * Only these five methods are modelled; anything else is absent (calling it throws a TypeError).
 */
import { type CalendarState, type EventState, FakeCalendar, calendarStore } from './calendar.ts';
import type { Execution } from './runtime.ts';
import { addDaysIso, midnightOfIso } from './time-zone.ts';

type Schema = GoogleAppsScript.Calendar.Schema.Event;
type EventsCollection = GoogleAppsScript.Calendar.Collection.EventsCollection;

/** The modelled part of `Calendar.Events`. */
export type FakeEventsCollection = Pick<EventsCollection, 'insert' | 'get' | 'list' | 'patch' | 'remove'>;

/** The message the API gives for an unknown event or calendar. */
export const NOT_FOUND_MESSAGE = 'API call to calendar.events.get failed with error: Not Found';

const apiId = (e: EventState) => e.id.replace(/@google\.com$/, '');

function toResource(e: EventState, cal: CalendarState): Schema {
  const reminders = e.popupReminders.map((minutes) => ({ method: 'popup', minutes }));
  return {
    id: apiId(e),
    iCalUID: e.id,
    status: e.deleted ? 'cancelled' : 'confirmed',
    summary: e.title,
    description: e.description,
    location: e.location,
    start: e.allDay ? { date: e.startDate } : { dateTime: new Date(e.start).toISOString(), timeZone: cal.timeZone },
    end: e.allDay ? { date: e.endDate } : { dateTime: new Date(e.end).toISOString(), timeZone: cal.timeZone },
    extendedProperties: { private: Object.fromEntries(e.tags) },
    reminders: { useDefault: false, overrides: reminders },
    created: new Date(e.created).toISOString(),
    updated: new Date(e.updated).toISOString(),
    creator: { email: e.creator },
  };
}

/** `Calendar.Events` bound to one execution. */
export class FakeAdvancedEvents implements FakeEventsCollection {
  constructor(private readonly exec: Execution) {}

  private calendar(calendarId: string, api: string): CalendarState {
    const cal = calendarStore(this.exec.runtime).calendars.get(String(calendarId));
    if (!cal || cal.deleted || (cal.owner !== this.exec.user && !cal.subscribers.has(this.exec.user))) {
      this.exec.fail(`API call to calendar.events.${api} failed with error: Not Found`);
    }
    return cal;
  }
  private writable(cal: CalendarState, api: string): void {
    if (cal.owner !== this.exec.user) this.exec.fail(`API call to calendar.events.${api} failed with error: Forbidden`);
  }
  private event(cal: CalendarState, eventId: string, api: string): EventState {
    const id = String(eventId);
    const found = cal.events.get(id) ?? cal.events.get(`${id}@google.com`);
    if (!found) this.exec.fail(`API call to calendar.events.${api} failed with error: Not Found`);
    return found;
  }
  private apply(e: EventState, resource: Schema, api: string): void {
    if (resource.summary !== undefined) e.title = String(resource.summary);
    if (resource.description !== undefined) e.description = String(resource.description ?? '');
    if (resource.location !== undefined) e.location = String(resource.location ?? '');
    if (resource.start || resource.end) {
      const start = resource.start ?? (e.allDay ? { date: e.startDate } : { dateTime: new Date(e.start).toISOString() });
      const end = resource.end ?? (start.date ? { date: addDaysIso(start.date, 1) } : undefined);
      if (start.date) {
        const last = end?.date ?? addDaysIso(start.date, 1);
        if (last <= start.date) this.exec.fail(`API call to calendar.events.${api} failed with error: The specified time range is empty.`);
        Object.assign(e, { allDay: true, startDate: start.date, endDate: last });
      } else if (start.dateTime) {
        const s = Date.parse(start.dateTime);
        const f = end?.dateTime ? Date.parse(end.dateTime) : s;
        if (!Number.isFinite(s) || !Number.isFinite(f) || f < s) this.exec.fail(`API call to calendar.events.${api} failed with error: Bad Request`);
        Object.assign(e, { allDay: false, start: s, end: f });
      }
    }
    const props = resource.extendedProperties?.private;
    // A patch merges keys (a null value deletes one); an insert starts from none.
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === null) e.tags.delete(k);
        else e.tags.set(k, String(v));
      }
    }
    const overrides = resource.reminders?.overrides;
    if (resource.reminders) {
      if ((overrides?.length ?? 0) > 5) this.exec.fail(`API call to calendar.events.${api} failed with error: Cannot specify more than 5 override reminders.`);
      e.popupReminders = (overrides ?? []).filter((r) => r.method === 'popup').map((r) => Number(r.minutes));
      e.emailReminders = (overrides ?? []).filter((r) => r.method === 'email').map((r) => Number(r.minutes));
    }
  }

  insert(resource: Schema, calendarId: string): Schema {
    return this.exec.call('calendar', 'Calendar.Events', 'insert', 'write', () => {
      const cal = this.calendar(calendarId, 'insert');
      this.writable(cal, 'insert');
      if (!resource?.start || !(resource.start.date || resource.start.dateTime)) this.exec.fail('API call to calendar.events.insert failed with error: Missing start time.');
      const calendar = new FakeCalendar(this.exec, cal);
      calendar.countCreation();
      const event = calendar.newEvent({ title: String(resource.summary ?? '') }).state;
      this.apply(event, resource, 'insert');
      return toResource(event, cal);
    });
  }

  get(calendarId: string, eventId: string): Schema {
    return this.exec.call('calendar', 'Calendar.Events', 'get', 'read', () => {
      const cal = this.calendar(calendarId, 'get');
      return toResource(this.event(cal, eventId, 'get'), cal);
    });
  }

  list(calendarId: string, optionalArgs: object = {}): GoogleAppsScript.Calendar.Schema.Events {
    return this.exec.call('calendar', 'Calendar.Events', 'list', 'read', () => {
      const cal = this.calendar(calendarId, 'list');
      const args = optionalArgs as Record<string, unknown>;
      const filters = ([] as unknown[]).concat(args.privateExtendedProperty ?? []).map((f) => {
        const text = String(f);
        const at = text.indexOf('=');
        if (at < 1) this.exec.fail('API call to calendar.events.list failed with error: Invalid privateExtendedProperty value.');
        return [text.slice(0, at), text.slice(at + 1)] as const;
      });
      const timeMin = args.timeMin === undefined ? -Infinity : Date.parse(String(args.timeMin));
      const timeMax = args.timeMax === undefined ? Infinity : Date.parse(String(args.timeMax));
      const q = args.q === undefined ? '' : String(args.q).toLowerCase();
      const showDeleted = args.showDeleted === true;
      const max = Math.min(2500, Math.max(1, Number(args.maxResults ?? 250)));
      const offset = args.pageToken === undefined ? 0 : Number(args.pageToken);
      const startOf = (e: EventState) => (e.allDay ? midnightOfIso(e.startDate, cal.timeZone) : e.start);
      const endOf = (e: EventState) => (e.allDay ? midnightOfIso(e.endDate, cal.timeZone) : e.end);
      const matches = [...cal.events.values()]
        .filter((e) => showDeleted || !e.deleted)
        .filter((e) => filters.every(([k, v]) => e.tags.get(k) === v))
        .filter((e) => endOf(e) > timeMin && startOf(e) < timeMax)
        .filter((e) => !q || `${e.title}\n${e.description}\n${e.location}`.toLowerCase().includes(q))
        .sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
      const page = matches.slice(offset, offset + max);
      const out: GoogleAppsScript.Calendar.Schema.Events = { kind: 'calendar#events', items: this.exec.array(page.map((e) => toResource(e, cal))) };
      if (offset + max < matches.length) out.nextPageToken = String(offset + max);
      return out;
    });
  }

  patch(resource: Schema, calendarId: string, eventId: string): Schema {
    return this.exec.call('calendar', 'Calendar.Events', 'patch', 'write', () => {
      const cal = this.calendar(calendarId, 'patch');
      this.writable(cal, 'patch');
      const event = this.event(cal, eventId, 'patch');
      if (event.deleted) this.exec.fail('API call to calendar.events.patch failed with error: Resource has been deleted');
      this.apply(event, resource, 'patch');
      event.updated = this.exec.runtime.clock.now();
      return toResource(event, cal);
    });
  }

  remove(calendarId: string, eventId: string): void {
    this.exec.call('calendar', 'Calendar.Events', 'remove', 'write', () => {
      const cal = this.calendar(calendarId, 'remove');
      this.writable(cal, 'remove');
      const event = this.event(cal, eventId, 'remove');
      if (event.deleted) this.exec.fail('API call to calendar.events.delete failed with error: Resource has been deleted');
      event.deleted = true;
      event.updated = this.exec.runtime.clock.now();
    });
  }
}

/** The `Calendar` advanced-service global of one execution (only `Events` is modelled). */
export function createAdvancedCalendar(exec: Execution): { Events: FakeEventsCollection } {
  return { Events: new FakeAdvancedEvents(exec) };
}
