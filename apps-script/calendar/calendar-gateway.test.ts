import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../tests/gas/harness.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { calendarGateway } from './calendar-gateway.ts';
import type { EventSpec } from './event-spec.ts';

const ROW = 'k0123456789abcdef';

function spec(n: number, date = '2026-12-10'): EventSpec {
  return { key: `${ROW}|annual-review|${n}`, rowKey: ROW, title: `Annual review ${n}`, date: date as never, description: 'Why: …', reminderMinutes: 10080, hash: `${String(n).padStart(16, '0')}` };
}

function setup() {
  const env = createGasEnvironment({ now: '2026-11-23T15:00:00Z' });
  const gas: GasServices = { ...env.services({ tracked: true }), now: () => env.clock.now() };
  const calendarId = gas.CalendarApp.createCalendar('Deadlines').getId();
  const gateway = (sheetId: string, adopt?: Set<string>) =>
    calendarGateway(calendarId, gas.Calendar!.Events, gas, { now: () => env.clock.now(), deadlineMs: env.clock.now() + 300_000 }, sheetId, adopt);
  return { env, gas, calendarId, gateway };
}

describe('calendar gateway (Calendar advanced service)', () => {
  it('creates an event whole in one call: all-day date, tags with the spreadsheet id, reminder', () => {
    const { env, calendarId, gateway } = setup();
    const before = env.counters.count('calendar');
    const made = gateway('sheet-a').create(spec(0));
    expect(env.counters.count('calendar') - before).toBe(1);
    expect(env.events(calendarId)).toMatchObject([{ startDate: '2026-12-10', endDate: '2026-12-11', popupReminders: [10080], tags: { casekeeperSheet: 'sheet-a', casekeeper: `${ROW}|annual-review|0#0000000000000000` } }]);
    expect(made.id()).toMatch(/^[0-9a-f]+$/);
  });

  it('lists only this spreadsheet\'s events in one call, and updates with one patch', () => {
    const { env, gateway } = setup();
    const a = gateway('sheet-a');
    a.create(spec(0));
    gateway('sheet-b').create(spec(1));
    const before = env.counters.count('calendar');
    const found = a.listOurEvents();
    expect(env.counters.count('calendar') - before).toBe(1);
    expect([...found.keys()]).toEqual([`${ROW}|annual-review|0`]);
    const event = found.get(`${ROW}|annual-review|0`)![0]!;
    a.update(event, spec(0, '2027-01-04'));
    expect(env.counters.count('Calendar.Events.patch')).toBe(1);
    expect(env.events().find((e) => e.tags.casekeeperSheet === 'sheet-a')?.startDate).toBe('2027-01-04');
  });

  it('a cancelled (hand-deleted) event is not found by id, and removing it again is not an error', () => {
    const { env, gateway } = setup();
    const a = gateway('sheet-a');
    const made = a.create(spec(0));
    env.deleteEventByHand(`${made.id()}@google.com`);
    expect(a.findById(made.id())).toBeUndefined();
    expect(a.findById(`${made.id()}@google.com`)).toBeUndefined();
    expect(() => a.remove(made)).not.toThrow();
    expect(a.listOurEvents().size).toBe(0);
  });

  it('adopts an earlier version\'s untagged event only for this sheet\'s row keys', () => {
    const { gas, calendarId, gateway } = setup();
    const old = gas.CalendarApp.getCalendarById(calendarId)!.createAllDayEvent('Old', new Date('2026-12-10T12:00:00Z'));
    old.setTag('casekeeper', `${ROW}|annual-review|0#0000000000000000`);
    expect(gateway('sheet-a').listOurEvents().size).toBe(0);
    expect(gateway('sheet-a', new Set(['k9999999999999999'])).listOurEvents().size).toBe(0);
    const adopted = gateway('sheet-a', new Set([ROW])).listOurEvents().get(`${ROW}|annual-review|0`);
    expect(adopted?.map((e) => e.hash)).toEqual(['']);
  });
});
