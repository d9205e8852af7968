import { describe, expect, it } from 'vitest';
import { FAULT_MESSAGES, createGasEnvironment } from '../harness.ts';

const CM = 'cm@school.example';
const OTHER = 'other@school.example';

function setup() {
  const env = createGasEnvironment({ user: CM, timeZone: 'America/Los_Angeles', now: '2026-11-23T18:00:00Z', calendarDailyQuota: 3 });
  const g = env.services({ tracked: true });
  const calendarId = g.CalendarApp.createCalendar('Deadlines').getId();
  return { env, g, calendarId, events: g.Calendar.Events };
}

const allDay = (date: string, props: Record<string, string>, extra: object = {}) => ({
  summary: `Due ${date}`,
  start: { date },
  end: { date: date.replace(/\d\d$/, (d) => String(Number(d) + 1).padStart(2, '0')) },
  extendedProperties: { private: props },
  reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 10080 }] },
  ...extra,
});

describe('Calendar advanced service (Calendar.Events)', () => {
  it('insert stores an all-day event with private extended properties and reminders in one call', () => {
    const { env, events, calendarId } = setup();
    const before = env.counters.count('calendar');
    const made = events.insert(allDay('2026-12-10', { ck: 'sheet-1', key: 'a' }), calendarId);
    expect(env.counters.count('calendar') - before).toBe(1);
    expect(made.id).toMatch(/^[0-9a-f]+$/);
    expect(made.status).toBe('confirmed');
    expect(env.events(calendarId)).toMatchObject([{ title: 'Due 2026-12-10', startDate: '2026-12-10', endDate: '2026-12-11', popupReminders: [10080], tags: { ck: 'sheet-1', key: 'a' } }]);
    // CalendarApp sees the private properties as tags (it stores tags there).
    expect(env.services().CalendarApp.getCalendarById(calendarId)!.getEventById(`${made.id}@google.com`).getTag('key')).toBe('a');
  });

  it('list filters by every privateExtendedProperty given, pages, and hides deleted events unless showDeleted', () => {
    const { events, calendarId } = setup();
    const a = events.insert(allDay('2026-12-10', { ck: 'sheet-1' }), calendarId);
    events.insert(allDay('2026-12-11', { ck: 'sheet-2' }), calendarId);
    events.insert(allDay('2026-12-12', { ck: 'sheet-1', extra: 'x' }), calendarId);
    expect(events.list(calendarId, { privateExtendedProperty: 'ck=sheet-1' }).items?.map((e) => e.summary)).toEqual(['Due 2026-12-10', 'Due 2026-12-12']);
    expect(events.list(calendarId, { privateExtendedProperty: ['ck=sheet-1', 'extra=x'] }).items).toHaveLength(1);
    const first = events.list(calendarId, { maxResults: 2 });
    expect(first.items).toHaveLength(2);
    expect(events.list(calendarId, { maxResults: 2, pageToken: first.nextPageToken }).items).toHaveLength(1);
    events.remove(calendarId, a.id!);
    expect(events.list(calendarId, { privateExtendedProperty: 'ck=sheet-1' }).items).toHaveLength(1);
    const withDeleted = events.list(calendarId, { privateExtendedProperty: 'ck=sheet-1', showDeleted: true }).items ?? [];
    expect(withDeleted.map((e) => e.status)).toEqual(['cancelled', 'confirmed']);
  });

  it('a deleted event is cancelled, not gone: get returns it, patch and remove refuse it', () => {
    const { env, events, calendarId } = setup();
    const a = events.insert(allDay('2026-12-10', { ck: 's' }), calendarId);
    env.deleteEventByHand(`${a.id}@google.com`);
    expect(events.get(calendarId, a.id!).status).toBe('cancelled');
    expect(() => events.patch({ summary: 'x' }, calendarId, a.id!)).toThrow(/Resource has been deleted/);
    expect(() => events.remove(calendarId, a.id!)).toThrow(/Resource has been deleted/);
    expect(() => events.get(calendarId, 'nope')).toThrow(/Not Found/);
  });

  it('patch merges private properties, replaces reminders and moves the date', () => {
    const { env, events, calendarId } = setup();
    const a = events.insert(allDay('2026-12-10', { ck: 's', hash: '1' }), calendarId);
    events.patch({ start: { date: '2027-01-05' }, end: { date: '2027-01-06' }, extendedProperties: { private: { hash: '2' } }, reminders: { useDefault: false, overrides: [] } }, calendarId, a.id!);
    expect(env.events(calendarId)).toMatchObject([{ startDate: '2027-01-05', tags: { ck: 's', hash: '2' }, popupReminders: [] }]);
  });

  it('counts inserts against the daily quota, and only the owner may write', () => {
    const { env, events, calendarId } = setup();
    for (let i = 0; i < 3; i++) events.insert(allDay('2026-12-10', {}), calendarId);
    expect(() => events.insert(allDay('2026-12-10', {}), calendarId)).toThrow(FAULT_MESSAGES.calendarQuota);
    const other = env.services({ user: OTHER, tracked: true });
    expect(() => other.Calendar.Events.list(calendarId, {})).toThrow(/Not Found/);
  });
});
