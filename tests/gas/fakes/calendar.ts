/* eslint-disable @typescript-eslint/no-explicit-any -- signatures mirror @types/google-apps-script, which uses any */
/**
 * `CalendarApp`, `Calendar`, `CalendarEvent`: calendars per user, all-day and timed events with tags
 * and reminders, the daily event-creation quota, and per-call fault injection (through the runtime).
 *
 * Dates: an all-day event is stored as calendar dates (`YYYY-MM-DD`, end exclusive). The day of a
 * Date passed to createAllDayEvent/setAllDayDate is read in the SCRIPT's time zone, and
 * getAllDayStartDate/EndDate return midnight in the script's time zone. Range queries (getEvents)
 * place all-day events at midnight-to-midnight in the CALENDAR's time zone.
 */
import { createHash } from 'node:crypto';
import { CalendarAppStub, CalendarEventStub, CalendarStub } from './generated/stubs.ts';
import { CalendarColor, CalendarEventType, EventColor, EventTransparency, GuestStatus, Month, Visibility, Weekday } from './enums.ts';
import { FAULT_MESSAGES, type Execution, type GasRuntime, isDateValue } from './runtime.ts';
import { addDaysIso, isValidTimeZone, isoDateIn, midnightOfIso } from './time-zone.ts';

type BaseDate = GoogleAppsScript.Base.Date;
type CalendarEvent = GoogleAppsScript.Calendar.CalendarEvent;
type Calendar = GoogleAppsScript.Calendar.Calendar;

/** Stored event. */
export interface EventState {
  id: string;
  calendarId: string;
  title: string;
  description: string;
  location: string;
  allDay: boolean;
  /** All-day: first date. */
  startDate: string;
  /** All-day: day after the last date (exclusive). */
  endDate: string;
  /** Timed: epoch ms. */
  start: number;
  end: number;
  tags: Map<string, string>;
  popupReminders: number[];
  emailReminders: number[];
  color: string;
  creator: string;
  created: number;
  updated: number;
  deleted: boolean;
}

/** Stored calendar. */
export interface CalendarState {
  id: string;
  name: string;
  description: string;
  timeZone: string;
  owner: string;
  color: string;
  hidden: boolean;
  selected: boolean;
  primary: boolean;
  deleted: boolean;
  subscribers: Set<string>;
  events: Map<string, EventState>;
}

/** All calendars of the environment and the creation quota ledger. */
export interface CalendarStore {
  calendars: Map<string, CalendarState>;
  nextId: number;
  /** `user|YYYY-MM-DD` (Pacific day) → events created. */
  created: Map<string, number>;
  /** user → fake times of recent creations/deletions (for the optional burst limit). */
  recentWrites: Map<string, number[]>;
}

/** The environment's calendar store. */
export function calendarStore(rt: GasRuntime): CalendarStore {
  return rt.store<CalendarStore>('calendar', () => ({ calendars: new Map(), nextId: 1, created: new Map(), recentWrites: new Map() }));
}

/** The user's primary calendar (id = their email), created on first use. */
export function primaryCalendar(rt: GasRuntime, user: string): CalendarState {
  const store = calendarStore(rt);
  let cal = store.calendars.get(user);
  if (!cal) {
    cal = {
      id: user,
      name: user,
      description: '',
      timeZone: rt.config.scriptTimeZone,
      owner: user,
      color: '#9fe1e7',
      hidden: false,
      selected: true,
      primary: true,
      deleted: false,
      subscribers: new Set(),
      events: new Map(),
    };
    store.calendars.set(user, cal);
  }
  return cal;
}

/** Enforces the optional burst limit on event creations/deletions (Calendar's "too many … in a short time"). */
function checkBurst(exec: Execution): void {
  const limit = exec.runtime.config.calendarRateLimit;
  if (!limit) return;
  const store = calendarStore(exec.runtime);
  const now = exec.runtime.clock.now();
  const recent = (store.recentWrites.get(exec.user) ?? []).filter((t) => t > now - limit.windowMs);
  if (recent.length >= limit.writes) {
    store.recentWrites.set(exec.user, recent);
    exec.fail(FAULT_MESSAGES.rateLimit);
  }
  recent.push(now);
  store.recentWrites.set(exec.user, recent);
}

function canAccess(cal: CalendarState, user: string): boolean {
  return !cal.deleted && (cal.owner === user || cal.subscribers.has(user));
}

function nextId(store: CalendarStore, salt: string): string {
  const n = store.nextId++;
  return createHash('sha1').update(`${salt}:${n}`).digest('hex').slice(0, 26);
}

/** Plain view of an event for test assertions. */
export interface EventSnapshot {
  id: string;
  calendarId: string;
  title: string;
  description: string;
  allDay: boolean;
  startDate: string | undefined;
  endDate: string | undefined;
  start: Date;
  end: Date;
  tags: Record<string, string>;
  popupReminders: number[];
}

/** Snapshot of the live events of a calendar (or all calendars). */
export function snapshotEvents(rt: GasRuntime, calendarId?: string): EventSnapshot[] {
  const out: EventSnapshot[] = [];
  for (const cal of calendarStore(rt).calendars.values()) {
    if (calendarId !== undefined && cal.id !== calendarId) continue;
    for (const e of cal.events.values()) {
      if (e.deleted) continue;
      out.push({
        id: e.id,
        calendarId: cal.id,
        title: e.title,
        description: e.description,
        allDay: e.allDay,
        startDate: e.allDay ? e.startDate : undefined,
        endDate: e.allDay ? e.endDate : undefined,
        start: new Date(eventStart(e, cal)),
        end: new Date(eventEnd(e, cal)),
        tags: Object.fromEntries(e.tags),
        popupReminders: [...e.popupReminders],
      });
    }
  }
  return out;
}

function eventStart(e: EventState, cal: CalendarState): number {
  return e.allDay ? midnightOfIso(e.startDate, cal.timeZone) : e.start;
}
function eventEnd(e: EventState, cal: CalendarState): number {
  return e.allDay ? midnightOfIso(e.endDate, cal.timeZone) : e.end;
}

function requireDate(exec: Execution, value: unknown, signature: string): number {
  if (!isDateValue(value)) exec.fail(`The parameters (${describeArgs([value])}) don't match the method signature for ${signature}.`);
  const ms = value.getTime();
  if (Number.isNaN(ms)) exec.fail('Invalid argument: date');
  return ms;
}

function describeArgs(args: unknown[]): string {
  return args.map((a) => (a === null ? 'null' : isDateValue(a) ? 'Date' : typeof a === 'string' ? 'String' : typeof a === 'number' ? 'number' : typeof a === 'object' ? 'Object' : String(typeof a))).join(',');
}

/** A calendar event bound to one execution. */
export class FakeCalendarEvent extends CalendarEventStub implements CalendarEvent {
  constructor(
    private readonly exec: Execution,
    readonly state: EventState,
  ) {
    super();
  }
  private cal(): CalendarState {
    return calendarStore(this.exec.runtime).calendars.get(this.state.calendarId)!;
  }
  private get<T>(method: string, body: () => T): T {
    return this.exec.call('calendar', 'CalendarEvent', method, 'local', body);
  }
  private set(method: string, body: () => void): CalendarEvent {
    return this.exec.call('calendar', 'CalendarEvent', method, 'write', () => {
      if (this.state.deleted) this.exec.fail('The event you are trying to modify has been deleted.');
      if (this.cal().owner !== this.exec.user) this.exec.fail('You do not have permission to modify this event.');
      body();
      this.state.updated = this.exec.runtime.clock.now();
      return this;
    });
  }
  override getId(): string {
    return this.get('getId', () => this.state.id);
  }
  override getOriginalCalendarId(): string {
    return this.get('getOriginalCalendarId', () => this.state.calendarId);
  }
  override getTitle(): string {
    return this.get('getTitle', () => this.state.title);
  }
  override setTitle(title: string): CalendarEvent {
    return this.set('setTitle', () => {
      this.state.title = String(title);
    });
  }
  override getDescription(): string {
    return this.get('getDescription', () => this.state.description);
  }
  override setDescription(description: string): CalendarEvent {
    return this.set('setDescription', () => {
      this.state.description = String(description);
    });
  }
  override getLocation(): string {
    return this.get('getLocation', () => this.state.location);
  }
  override setLocation(location: string): CalendarEvent {
    return this.set('setLocation', () => {
      this.state.location = String(location);
    });
  }
  override getTag(key: string): string {
    return this.get('getTag', () => this.state.tags.get(String(key)) ?? (null as unknown as string));
  }
  override setTag(key: string, value: string): CalendarEvent {
    return this.set('setTag', () => {
      this.state.tags.set(String(key), String(value));
    });
  }
  override deleteTag(key: string): CalendarEvent {
    return this.set('deleteTag', () => {
      this.state.tags.delete(String(key));
    });
  }
  override getAllTagKeys(): string[] {
    return this.get('getAllTagKeys', () => this.exec.array([...this.state.tags.keys()]));
  }
  override isAllDayEvent(): boolean {
    return this.get('isAllDayEvent', () => this.state.allDay);
  }
  override getAllDayStartDate(): BaseDate {
    return this.get('getAllDayStartDate', () => {
      if (!this.state.allDay) this.exec.fail('Event is not an all-day event.');
      return this.exec.date(midnightOfIso(this.state.startDate, this.exec.runtime.config.scriptTimeZone));
    });
  }
  override getAllDayEndDate(): BaseDate {
    return this.get('getAllDayEndDate', () => {
      if (!this.state.allDay) this.exec.fail('Event is not an all-day event.');
      return this.exec.date(midnightOfIso(this.state.endDate, this.exec.runtime.config.scriptTimeZone));
    });
  }
  override getStartTime(): BaseDate {
    return this.get('getStartTime', () => this.exec.date(eventStart(this.state, this.cal())));
  }
  override getEndTime(): BaseDate {
    return this.get('getEndTime', () => this.exec.date(eventEnd(this.state, this.cal())));
  }
  override getDateCreated(): BaseDate {
    return this.get('getDateCreated', () => this.exec.date(this.state.created));
  }
  override getLastUpdated(): BaseDate {
    return this.get('getLastUpdated', () => this.exec.date(this.state.updated));
  }
  override setAllDayDate(date: BaseDate): CalendarEvent {
    return this.set('setAllDayDate', () => {
      const ms = requireDate(this.exec, date, 'CalendarApp.CalendarEvent.setAllDayDate');
      this.state.allDay = true;
      this.state.startDate = isoDateIn(ms, this.exec.runtime.config.scriptTimeZone);
      this.state.endDate = addDaysIso(this.state.startDate, 1);
    });
  }
  override setAllDayDates(startDate: BaseDate, endDate: BaseDate): CalendarEvent {
    return this.set('setAllDayDates', () => {
      const tz = this.exec.runtime.config.scriptTimeZone;
      const s = isoDateIn(requireDate(this.exec, startDate, 'CalendarApp.CalendarEvent.setAllDayDates'), tz);
      const e = isoDateIn(requireDate(this.exec, endDate, 'CalendarApp.CalendarEvent.setAllDayDates'), tz);
      if (e <= s) this.exec.fail('Event start date must be before event end date.');
      this.state.allDay = true;
      this.state.startDate = s;
      this.state.endDate = e;
    });
  }
  override setTime(startTime: BaseDate, endTime: BaseDate): CalendarEvent {
    return this.set('setTime', () => {
      const s = requireDate(this.exec, startTime, 'CalendarApp.CalendarEvent.setTime');
      const e = requireDate(this.exec, endTime, 'CalendarApp.CalendarEvent.setTime');
      if (e < s) this.exec.fail('Event start date must be before event end date.');
      this.state.allDay = false;
      this.state.start = s;
      this.state.end = e;
    });
  }
  private addReminder(method: string, list: number[], minutes: number): CalendarEvent {
    return this.set(method, () => {
      const m = Number(minutes);
      if (!Number.isInteger(m) || m < 0 || m > 40_320) this.exec.fail('Invalid argument: minutesBefore');
      if (this.state.popupReminders.length + this.state.emailReminders.length >= 5) this.exec.fail('Too many reminders. An event can have at most 5 reminders.');
      list.push(m);
    });
  }
  override addPopupReminder(minutesBefore: number): CalendarEvent {
    return this.addReminder('addPopupReminder', this.state.popupReminders, minutesBefore);
  }
  override addEmailReminder(minutesBefore: number): CalendarEvent {
    return this.addReminder('addEmailReminder', this.state.emailReminders, minutesBefore);
  }
  override getPopupReminders(): number[] {
    return this.get('getPopupReminders', () => this.exec.array(this.state.popupReminders));
  }
  override getEmailReminders(): number[] {
    return this.get('getEmailReminders', () => this.exec.array(this.state.emailReminders));
  }
  override removeAllReminders(): CalendarEvent {
    return this.set('removeAllReminders', () => {
      this.state.popupReminders = [];
      this.state.emailReminders = [];
    });
  }
  override resetRemindersToDefault(): CalendarEvent {
    return this.set('resetRemindersToDefault', () => {
      this.state.popupReminders = this.state.allDay ? [] : [30];
      this.state.emailReminders = [];
    });
  }
  override getColor(): string {
    return this.get('getColor', () => this.state.color);
  }
  override setColor(color: string): CalendarEvent {
    return this.set('setColor', () => {
      this.state.color = String(color);
    });
  }
  override isOwnedByMe(): boolean {
    return this.get('isOwnedByMe', () => this.cal().owner === this.exec.user);
  }
  override isRecurringEvent(): boolean {
    return this.get('isRecurringEvent', () => false);
  }
  override getCreators(): string[] {
    return this.get('getCreators', () => this.exec.array([this.state.creator]));
  }
  override getGuestList(): GoogleAppsScript.Calendar.EventGuest[] {
    return this.get('getGuestList', () => this.exec.array([]));
  }
  override getEventType(): GoogleAppsScript.Calendar.EventType {
    return this.get('getEventType', () => 'DEFAULT' as unknown as GoogleAppsScript.Calendar.EventType);
  }
  override deleteEvent(): void {
    this.exec.call('calendar', 'CalendarEvent', 'deleteEvent', 'write', () => {
      if (this.state.deleted) this.exec.fail('The event you are trying to modify has been deleted.');
      if (this.cal().owner !== this.exec.user) this.exec.fail('You do not have permission to modify this event.');
      checkBurst(this.exec);
      this.state.deleted = true;
      this.state.updated = this.exec.runtime.clock.now();
    });
  }
}

/** A calendar bound to one execution. */
export class FakeCalendar extends CalendarStub implements Calendar {
  constructor(
    private readonly exec: Execution,
    readonly state: CalendarState,
  ) {
    super();
  }
  private call<T>(method: string, kind: 'read' | 'write' | 'local', body: () => T): T {
    return this.exec.call('calendar', 'Calendar', method, kind, () => {
      if (this.state.deleted) this.exec.fail('Calendar has been deleted.');
      return body();
    });
  }
  private mustOwn(): void {
    if (this.state.owner !== this.exec.user) this.exec.fail('You do not have permission to modify this calendar.');
  }
  override getId(): string {
    return this.call('getId', 'local', () => this.state.id);
  }
  override getName(): string {
    return this.call('getName', 'local', () => this.state.name);
  }
  override setName(name: string): Calendar {
    return this.call('setName', 'write', () => {
      this.mustOwn();
      this.state.name = String(name);
      return this;
    });
  }
  override getDescription(): string {
    return this.call('getDescription', 'local', () => this.state.description);
  }
  override setDescription(description: string): Calendar {
    return this.call('setDescription', 'write', () => {
      this.mustOwn();
      this.state.description = String(description);
      return this;
    });
  }
  override getTimeZone(): string {
    return this.call('getTimeZone', 'local', () => this.state.timeZone);
  }
  override setTimeZone(timeZone: string): Calendar {
    return this.call('setTimeZone', 'write', () => {
      this.mustOwn();
      if (!isValidTimeZone(timeZone)) this.exec.fail(`Invalid argument: ${timeZone}`);
      this.state.timeZone = timeZone;
      return this;
    });
  }
  override getColor(): string {
    return this.call('getColor', 'local', () => this.state.color);
  }
  override setColor(color: string): Calendar {
    return this.call('setColor', 'write', () => {
      this.state.color = String(color);
      return this;
    });
  }
  override isOwnedByMe(): boolean {
    return this.call('isOwnedByMe', 'local', () => this.state.owner === this.exec.user);
  }
  override isMyPrimaryCalendar(): boolean {
    return this.call('isMyPrimaryCalendar', 'local', () => this.state.primary && this.state.owner === this.exec.user);
  }
  override isHidden(): boolean {
    return this.call('isHidden', 'local', () => this.state.hidden);
  }
  override isSelected(): boolean {
    return this.call('isSelected', 'local', () => this.state.selected);
  }
  override setHidden(hidden: boolean): Calendar {
    return this.call('setHidden', 'write', () => {
      this.state.hidden = !!hidden;
      return this;
    });
  }
  override setSelected(selected: boolean): Calendar {
    return this.call('setSelected', 'write', () => {
      this.state.selected = !!selected;
      return this;
    });
  }
  override deleteCalendar(): void {
    this.call('deleteCalendar', 'write', () => {
      this.mustOwn();
      if (this.state.primary) this.exec.fail('You cannot delete your primary calendar.');
      this.state.deleted = true;
    });
  }

  /** Counts one event creation against the daily quota and the burst limit (also used by the advanced service). */
  countCreation(): void {
    const rt = this.exec.runtime;
    const store = calendarStore(rt);
    const key = `${this.exec.user}|${isoDateIn(rt.clock.now(), 'America/Los_Angeles')}`;
    const used = store.created.get(key) ?? 0;
    if (used >= rt.config.calendarDailyQuota) this.exec.fail(FAULT_MESSAGES.calendarQuota);
    checkBurst(this.exec);
    store.created.set(key, used + 1);
  }

  /** Stores a new event on this calendar (also used by the advanced service). */
  newEvent(fields: Partial<EventState> & { title: string }): FakeCalendarEvent {
    const rt = this.exec.runtime;
    const store = calendarStore(rt);
    const now = rt.clock.now();
    const state: EventState = {
      id: `${nextId(store, this.state.id)}@google.com`,
      calendarId: this.state.id,
      description: '',
      location: '',
      allDay: false,
      startDate: '',
      endDate: '',
      start: 0,
      end: 0,
      tags: new Map(),
      popupReminders: [],
      emailReminders: [],
      color: '',
      creator: this.exec.user,
      created: now,
      updated: now,
      deleted: false,
      ...fields,
    };
    this.state.events.set(state.id, state);
    return new FakeCalendarEvent(this.exec, state);
  }

  override createAllDayEvent(title: string, date: BaseDate): CalendarEvent;
  override createAllDayEvent(title: string, startDate: BaseDate, endDate: BaseDate): CalendarEvent;
  override createAllDayEvent(title: string, startDate: BaseDate, endDate: BaseDate, options: { [key: string]: any }): CalendarEvent;
  override createAllDayEvent(title: string, date: BaseDate, options: { [key: string]: any }): CalendarEvent;
  override createAllDayEvent(...args: unknown[]): CalendarEvent {
    return this.call('createAllDayEvent', 'write', () => {
      const sig = 'CalendarApp.Calendar.createAllDayEvent';
      if (typeof args[0] !== 'string' || !isDateValue(args[1])) this.exec.fail(`The parameters (${describeArgs(args)}) don't match the method signature for ${sig}.`);
      this.mustOwn();
      const tz = this.exec.runtime.config.scriptTimeZone;
      const startDate = isoDateIn(requireDate(this.exec, args[1], sig), tz);
      const hasEnd = isDateValue(args[2]);
      const endDate = hasEnd ? isoDateIn(requireDate(this.exec, args[2], sig), tz) : addDaysIso(startDate, 1);
      if (endDate <= startDate) this.exec.fail('Event start date must be before event end date.');
      const options = (hasEnd ? args[3] : args[2]) as Record<string, unknown> | undefined;
      this.countCreation();
      return this.newEvent({
        title: args[0],
        allDay: true,
        startDate,
        endDate,
        description: options?.description === undefined ? '' : String(options.description),
        location: options?.location === undefined ? '' : String(options.location),
      });
    });
  }
  override createEvent(title: string, startTime: BaseDate, endTime: BaseDate, options?: { [key: string]: any }): CalendarEvent {
    return this.call('createEvent', 'write', () => {
      const sig = 'CalendarApp.Calendar.createEvent';
      const s = requireDate(this.exec, startTime, sig);
      const e = requireDate(this.exec, endTime, sig);
      if (e < s) this.exec.fail('Event start date must be before event end date.');
      this.mustOwn();
      this.countCreation();
      return this.newEvent({
        title: String(title),
        start: s,
        end: e,
        description: options?.description === undefined ? '' : String(options.description),
        location: options?.location === undefined ? '' : String(options.location),
        popupReminders: [30],
      });
    });
  }
  /** Live events overlapping [start, end), in start order. */
  private query(start: number, end: number, options?: Record<string, unknown>): EventState[] {
    let events = [...this.state.events.values()].filter((e) => {
      if (e.deleted) return false;
      const s = eventStart(e, this.state);
      const f = eventEnd(e, this.state);
      return s === f ? s >= start && s < end : s < end && f > start;
    });
    const search = options?.search === undefined ? undefined : String(options.search).toLowerCase();
    if (search) events = events.filter((e) => `${e.title}\n${e.description}\n${e.location}`.toLowerCase().includes(search));
    events.sort((a, b) => eventStart(a, this.state) - eventStart(b, this.state) || a.created - b.created);
    const from = Number(options?.start ?? 0);
    const max = options?.max === undefined ? Infinity : Number(options.max);
    return events.slice(from, from + max);
  }
  override getEvents(startTime: BaseDate, endTime: BaseDate, options?: { [key: string]: any }): CalendarEvent[] {
    return this.call('getEvents', 'read', () => {
      const sig = 'CalendarApp.Calendar.getEvents';
      const s = requireDate(this.exec, startTime, sig);
      const e = requireDate(this.exec, endTime, sig);
      return this.exec.array(this.query(s, e, options).map((ev) => new FakeCalendarEvent(this.exec, ev)));
    });
  }
  override getEventsForDay(date: BaseDate, options?: { [key: string]: any }): CalendarEvent[] {
    return this.call('getEventsForDay', 'read', () => {
      const tz = this.exec.runtime.config.scriptTimeZone;
      const day = isoDateIn(requireDate(this.exec, date, 'CalendarApp.Calendar.getEventsForDay'), tz);
      const s = midnightOfIso(day, tz);
      const e = midnightOfIso(addDaysIso(day, 1), tz);
      return this.exec.array(this.query(s, e, options).map((ev) => new FakeCalendarEvent(this.exec, ev)));
    });
  }
  override getEventById(iCalId: string): CalendarEvent {
    return this.call('getEventById', 'read', () => {
      // A deleted event is not gone: Calendar keeps it as cancelled, and getEventById may return it.
      const ev = this.state.events.get(String(iCalId));
      return (ev ? new FakeCalendarEvent(this.exec, ev) : null) as CalendarEvent;
    });
  }
}

/** `CalendarApp` for one execution (default-calendar methods act on the user's primary calendar). */
export class FakeCalendarApp extends CalendarAppStub implements GoogleAppsScript.Calendar.CalendarApp {
  constructor(private readonly exec: Execution) {
    super();
  }
  private call<T>(method: string, kind: 'read' | 'write' | 'local', body: () => T): T {
    return this.exec.call('calendar', 'CalendarApp', method, kind, body);
  }
  private primary(): FakeCalendar {
    return new FakeCalendar(this.exec, primaryCalendar(this.exec.runtime, this.exec.user));
  }
  private visible(): CalendarState[] {
    primaryCalendar(this.exec.runtime, this.exec.user);
    return [...calendarStore(this.exec.runtime).calendars.values()].filter((c) => canAccess(c, this.exec.user));
  }
  override get Color(): typeof GoogleAppsScript.Calendar.Color {
    return CalendarColor;
  }
  override get EventColor(): typeof GoogleAppsScript.Calendar.EventColor {
    return EventColor;
  }
  override get EventTransparency(): typeof GoogleAppsScript.Calendar.EventTransparency {
    return EventTransparency;
  }
  override get EventType(): typeof GoogleAppsScript.Calendar.EventType {
    return CalendarEventType;
  }
  override get GuestStatus(): typeof GoogleAppsScript.Calendar.GuestStatus {
    return GuestStatus;
  }
  override get Visibility(): typeof GoogleAppsScript.Calendar.Visibility {
    return Visibility;
  }
  override get Month(): typeof GoogleAppsScript.Base.Month {
    return Month;
  }
  override get Weekday(): typeof GoogleAppsScript.Base.Weekday {
    return Weekday;
  }
  override getDefaultCalendar(): Calendar {
    return this.call('getDefaultCalendar', 'read', () => this.primary());
  }
  override getCalendarById(id: string): Calendar {
    return this.call('getCalendarById', 'read', () => {
      const cal = this.visible().find((c) => c.id === String(id));
      return (cal ? new FakeCalendar(this.exec, cal) : null) as Calendar;
    });
  }
  override getOwnedCalendarById(id: string): Calendar {
    return this.call('getOwnedCalendarById', 'read', () => {
      const cal = this.visible().find((c) => c.id === String(id) && c.owner === this.exec.user);
      return (cal ? new FakeCalendar(this.exec, cal) : null) as Calendar;
    });
  }
  override getCalendarsByName(name: string): Calendar[] {
    return this.call('getCalendarsByName', 'read', () =>
      this.exec.array(this.visible().filter((c) => c.name.toLowerCase() === String(name).toLowerCase()).map((c) => new FakeCalendar(this.exec, c))),
    );
  }
  override getOwnedCalendarsByName(name: string): Calendar[] {
    return this.call('getOwnedCalendarsByName', 'read', () =>
      this.exec.array(
        this.visible()
          .filter((c) => c.owner === this.exec.user && c.name.toLowerCase() === String(name).toLowerCase())
          .map((c) => new FakeCalendar(this.exec, c)),
      ),
    );
  }
  override getAllCalendars(): Calendar[] {
    return this.call('getAllCalendars', 'read', () => this.exec.array(this.visible().map((c) => new FakeCalendar(this.exec, c))));
  }
  override getAllOwnedCalendars(): Calendar[] {
    return this.call('getAllOwnedCalendars', 'read', () =>
      this.exec.array(this.visible().filter((c) => c.owner === this.exec.user).map((c) => new FakeCalendar(this.exec, c))),
    );
  }
  override createCalendar(name: string, options?: { [key: string]: any }): Calendar {
    return this.call('createCalendar', 'write', () => {
      const rt = this.exec.runtime;
      const store = calendarStore(rt);
      const tz = options?.timeZone === undefined ? rt.config.scriptTimeZone : String(options.timeZone);
      if (!isValidTimeZone(tz)) this.exec.fail(`Invalid argument: ${tz}`);
      const id = `c_${nextId(store, 'calendar')}${nextId(store, 'calendar2').slice(0, 12)}@group.calendar.google.com`;
      const state: CalendarState = {
        id,
        name: String(name),
        description: options?.summary === undefined ? '' : String(options.summary),
        timeZone: tz,
        owner: this.exec.user,
        color: options?.color === undefined ? '#9fe1e7' : String(options.color),
        hidden: !!options?.hidden,
        selected: options?.selected === undefined ? true : !!options.selected,
        primary: false,
        deleted: false,
        subscribers: new Set(),
        events: new Map(),
      };
      store.calendars.set(id, state);
      return new FakeCalendar(this.exec, state);
    });
  }
  override subscribeToCalendar(id: string): Calendar {
    return this.call('subscribeToCalendar', 'write', () => {
      const cal = calendarStore(this.exec.runtime).calendars.get(String(id));
      if (!cal || cal.deleted) this.exec.fail(`Calendar with id ${id} not found.`);
      cal.subscribers.add(this.exec.user);
      return new FakeCalendar(this.exec, cal);
    });
  }
  override getEventById(iCalId: string): CalendarEvent {
    return this.call('getEventById', 'read', () => {
      for (const c of this.visible()) {
        // A deleted (cancelled) event may still come back, as from Google.
        const ev = c.events.get(String(iCalId));
        if (ev) return new FakeCalendarEvent(this.exec, ev);
      }
      return null as unknown as CalendarEvent;
    });
  }
  override createAllDayEvent(...args: any[]): CalendarEvent {
    return (this.primary().createAllDayEvent as (...a: unknown[]) => CalendarEvent)(...args);
  }
  override createEvent(title: string, startTime: BaseDate, endTime: BaseDate, options?: { [key: string]: any }): CalendarEvent {
    return this.primary().createEvent(title, startTime, endTime, options);
  }
  override getEvents(startTime: BaseDate, endTime: BaseDate, options?: { [key: string]: any }): CalendarEvent[] {
    return this.primary().getEvents(startTime, endTime, options);
  }
  override getEventsForDay(date: BaseDate, options?: { [key: string]: any }): CalendarEvent[] {
    return this.primary().getEventsForDay(date, options);
  }
  override getId(): string {
    return this.primary().getId();
  }
  override getName(): string {
    return this.primary().getName();
  }
  override getTimeZone(): string {
    return this.primary().getTimeZone();
  }
}
