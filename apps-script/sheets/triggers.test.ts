import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../tests/gas/harness.ts';
import type { GasServices } from './gas-services.ts';
import { saveCheckpoint } from './sync-state.ts';
import { TIMER_HANDLER, scheduleTimer, setDailyRefresh } from './triggers.ts';

const ME = 'cm@school.example';

function setup() {
  const env = createGasEnvironment({ user: ME, timeZone: 'America/Los_Angeles', scriptTimeZone: 'Etc/UTC' });
  const gas: GasServices = { ...env.services({ tracked: true }), now: () => env.clock.now() };
  return { env, gas, spreadsheet: gas.SpreadsheetApp.getActiveSpreadsheet() };
}

describe('scheduleTimer: one add-on-legal time trigger per person per spreadsheet', () => {
  it('none, daily at 6 in the spreadsheet\'s zone, hourly while a sync is unfinished, then back', () => {
    const { env, gas, spreadsheet } = setup();
    expect(scheduleTimer(gas, spreadsheet, ME)).toBe('none');
    expect(env.triggers()).toHaveLength(0);
    setDailyRefresh(gas, ME, true);
    expect(scheduleTimer(gas, spreadsheet, ME)).toBe('daily');
    expect(env.triggers()).toMatchObject([{ handler: TIMER_HANDLER, schedule: { kind: 'daily', hour: 6, timeZone: 'America/Los_Angeles' } }]);
    saveCheckpoint(gas, 'cal-1', { afterKey: 'k', reason: 'paused', savedAt: 0, pendingRows: 3, calendarId: 'cal-1', user: ME });
    expect(scheduleTimer(gas, spreadsheet, ME)).toBe('hourly');
    expect(env.triggers()).toMatchObject([{ handler: TIMER_HANDLER, schedule: { kind: 'every', intervalMs: 3_600_000 } }]);
    // Asking again changes nothing (no delete and re-create).
    const created = env.counters.count('TriggerBuilder.create');
    scheduleTimer(gas, spreadsheet, ME);
    expect(env.counters.count('TriggerBuilder.create')).toBe(created);
    saveCheckpoint(gas, 'cal-1', undefined);
    expect(scheduleTimer(gas, spreadsheet, ME)).toBe('daily');
    setDailyRefresh(gas, ME, false);
    expect(scheduleTimer(gas, spreadsheet, ME)).toBe('none');
    expect(env.triggers()).toHaveLength(0);
  });

  it('another person\'s unfinished sync does not give me an hourly trigger', () => {
    const { gas, spreadsheet } = setup();
    saveCheckpoint(gas, 'cal-2', { afterKey: 'k', reason: 'paused', savedAt: 0, pendingRows: 1, calendarId: 'cal-2', user: 'other@school.example' });
    expect(scheduleTimer(gas, spreadsheet, ME)).toBe('none');
  });
});
