import { describe, expect, it } from 'vitest';
import { FAULT_MESSAGES, createGasEnvironment } from '../harness.ts';
import { midnightOfIso } from './time-zone.ts';

const CM = 'cm@school.example';

function setup(options: Parameters<typeof createGasEnvironment>[0] = {}) {
  const env = createGasEnvironment({ user: CM, timeZone: 'America/Los_Angeles', now: '2025-03-01T18:00:00Z', ...options });
  const g = env.services({ tracked: true });
  return { env, g, cal: g.CalendarApp.getDefaultCalendar() };
}

/** Midnight of a day in Los Angeles (daylight saving starts 2025-03-09). */
const la = (iso: string) => new Date(midnightOfIso(iso, 'America/Los_Angeles'));

describe('all-day events', () => {
  it('creates an all-day event on the day of the date in the script time zone', () => {
    const { cal, env } = setup();
    const ev = cal.createAllDayEvent('Annual review: A. R.', la('2025-03-09'), { description: 'Due 2025-03-09' });
    expect(ev.isAllDayEvent()).toBe(true);
    expect(ev.getAllDayStartDate().getTime()).toBe(la('2025-03-09').getTime());
    expect(ev.getAllDayEndDate().getTime()).toBe(Date.parse('2025-03-10T07:00:00Z'));
    expect(ev.getDescription()).toBe('Due 2025-03-09');
    expect(env.events()).toMatchObject([{ title: 'Annual review: A. R.', startDate: '2025-03-09', endDate: '2025-03-10', allDay: true }]);
  });

  it('multi-day events end on the exclusive end date', () => {
    const { cal, env } = setup();
    cal.createAllDayEvent('Evaluation window', la('2025-03-03'), la('2025-03-08'));
    expect(env.events()[0]).toMatchObject({ startDate: '2025-03-03', endDate: '2025-03-08' });
    expect(() => cal.createAllDayEvent('Backwards', la('2025-03-08'), la('2025-03-03'))).toThrow('Event start date must be before event end date.');
  });

  it('finds events by tag within a date range, and not after deletion', () => {
    const { cal } = setup();
    const a = cal.createAllDayEvent('A', la('2025-03-09')).setTag('casekeeper.key', 'row-1').setTag('casekeeper.hash', 'h1');
    cal.createAllDayEvent('B', la('2025-03-10')).setTag('casekeeper.key', 'row-2');
    cal.createAllDayEvent('Not ours', la('2025-03-09'));
    const found = cal.getEvents(la('2025-03-01'), la('2025-04-01')).filter((e) => e.getTag('casekeeper.key') === 'row-1');
    expect(found.map((e) => e.getId())).toEqual([a.getId()]);
    expect(found[0]!.getAllTagKeys()).toEqual(['casekeeper.key', 'casekeeper.hash']);
    expect(cal.getEvents(la('2025-03-01'), la('2025-04-01')).map((e) => e.getTag('casekeeper.key'))).toEqual(['row-1', null, 'row-2']);
    expect(cal.getEvents(la('2025-03-10'), la('2025-03-11')).map((e) => e.getTitle())).toEqual(['B']);
    a.deleteEvent();
    // Deleted, not gone (as Google Calendar keeps a cancelled event): still found by id, but not writable.
    expect(cal.getEventById(a.getId())?.getTitle()).toBe('A');
    expect(() => cal.getEventById(a.getId())!.setTitle('again')).toThrow(/has been deleted/);
    expect(cal.getEvents(la('2025-03-09'), la('2025-03-10')).map((e) => e.getTitle())).toEqual(['Not ours']);
  });

  it('updates title, date and reminders', () => {
    const { cal, env } = setup();
    const ev = cal.createAllDayEvent('Old', la('2025-03-09'));
    ev.setTitle('New').setAllDayDate(la('2025-04-01')).addPopupReminder(1440).addPopupReminder(10080);
    expect(ev.getPopupReminders()).toEqual([1440, 10080]);
    ev.removeAllReminders();
    expect(env.events()[0]).toMatchObject({ title: 'New', startDate: '2025-04-01', popupReminders: [] });
  });

  it('secondary calendars: create, look up by id and by name', () => {
    const { g } = setup();
    const created = g.CalendarApp.createCalendar('IEP deadlines', { timeZone: 'America/Denver' });
    expect(created.getId()).toMatch(/@group\.calendar\.google\.com$/);
    expect(g.CalendarApp.getCalendarById(created.getId())!.getTimeZone()).toBe('America/Denver');
    expect(g.CalendarApp.getCalendarsByName('iep DEADLINES').map((c) => c.getId())).toEqual([created.getId()]);
    expect(g.CalendarApp.getCalendarById('someone-else@school.example')).toBeNull();
    expect(g.CalendarApp.getAllOwnedCalendars()).toHaveLength(2);
  });

  it('other users cannot see my calendar', () => {
    const { env, cal } = setup();
    const other = env.services({ user: 'other@school.example' }).CalendarApp;
    expect(other.getCalendarById(cal.getId())).toBeNull();
  });
});

describe('quotas and faults', () => {
  it('stops creating events at the daily quota with the real message, and resets the next day', () => {
    const { cal, env } = setup({ calendarDailyQuota: 3 });
    for (let i = 0; i < 3; i++) cal.createAllDayEvent(`e${i}`, la('2025-03-09'));
    expect(() => cal.createAllDayEvent('e3', la('2025-03-09'))).toThrow(FAULT_MESSAGES.calendarQuota);
    expect(env.events()).toHaveLength(3);
    env.clock.advance(24 * 3600_000);
    cal.createAllDayEvent('next day', la('2025-03-09'));
    expect(env.events()).toHaveLength(4);
  });

  it('fails the Nth matching call with a rate-limit error, then recovers', () => {
    const { cal, env } = setup();
    env.faults.inject({ match: 'Calendar.createAllDayEvent', onCall: 2, times: 2, error: 'rateLimit' });
    cal.createAllDayEvent('1', la('2025-03-09'));
    expect(() => cal.createAllDayEvent('2', la('2025-03-09'))).toThrow(FAULT_MESSAGES.rateLimit);
    expect(() => cal.createAllDayEvent('3', la('2025-03-09'))).toThrow(FAULT_MESSAGES.rateLimit);
    cal.createAllDayEvent('4', la('2025-03-09'));
    expect(env.events().map((e) => e.title)).toEqual(['1', '4']);
  });

  it('follows a scripted schedule of service errors', () => {
    const { cal, env } = setup();
    let n = 0;
    env.faults.schedule((call) => (call.service === 'calendar' && call.kind === 'write' && ++n % 3 === 0 ? 'serviceError' : undefined));
    const outcomes = [1, 2, 3, 4, 5, 6].map((i) => {
      try {
        cal.createAllDayEvent(String(i), la('2025-03-09'));
        return 'ok';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(outcomes).toEqual(['ok', 'ok', FAULT_MESSAGES.calendarServiceError, 'ok', 'ok', FAULT_MESSAGES.calendarServiceError]);
  });

  it('an optional burst limit rejects fast writes until enough fake time has passed', () => {
    const { cal, env, g } = setup({ calendarRateLimit: { writes: 3, windowMs: 10_000 }, costs: { 'calendar:write': 100 } });
    for (let i = 0; i < 3; i++) cal.createAllDayEvent(String(i), la('2025-03-09'));
    expect(() => cal.createAllDayEvent('too fast', la('2025-03-09'))).toThrow(FAULT_MESSAGES.rateLimit);
    g.Utilities.sleep(10_000);
    cal.createAllDayEvent('after backoff', la('2025-03-09'));
    expect(env.events().map((e) => e.title)).toEqual(['0', '1', '2', 'after backoff']);
  });

  it('counts calls and charges their cost on the fake clock', () => {
    const { cal, env } = setup({ costs: { 'calendar:write': 250, 'calendar:read': 100 } });
    const t0 = env.clock.now();
    env.counters.reset();
    const ev = cal.createAllDayEvent('x', la('2025-03-09'));
    ev.setTag('k', 'v');
    cal.getEvents(la('2025-03-01'), la('2025-03-31'));
    ev.getTag('k');
    expect(env.counters.count('calendar:write')).toBe(2);
    expect(env.counters.count('Calendar.getEvents')).toBe(1);
    expect(env.counters.count('calendar')).toBe(4);
    expect(env.clock.now() - t0).toBe(600);
  });

  it('uncounted setup access costs nothing and never fails', () => {
    const env = createGasEnvironment();
    env.faults.inject({ match: 'calendar', error: 'serviceError', times: Infinity });
    env.services().CalendarApp.getDefaultCalendar().createAllDayEvent('seed', new Date('2026-01-05T12:00:00Z'));
    expect(env.counters.count()).toBe(0);
    expect(env.events()).toHaveLength(1);
  });
});
