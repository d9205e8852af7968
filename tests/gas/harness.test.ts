import { describe, expect, it } from 'vitest';
import { FAULT_MESSAGES, LOCK_TIMEOUT_MESSAGE, createGasEnvironment } from './harness.ts';

/** Small handwritten scripts standing in for the bundle. */
const SCRIPT = `
var counter = 0;
function hello(e) { counter++; return { counter: counter, who: Session.getActiveUser().getEmail(), arg: e && e.x }; }
function probeGlobals() {
  return {
    require: typeof require, process: typeof process, module: typeof module, setTimeout: typeof setTimeout,
    fetch: typeof fetch, SpreadsheetApp: typeof SpreadsheetApp, UrlFetchApp: typeof UrlFetchApp,
  };
}
function now() { return { now: Date.now(), made: new Date().getTime(), str: typeof Date(), hours: new Date(Date.UTC(2025, 2, 9, 7)).getHours(), local: new Date(2025, 2, 9).getTime() }; }
function readDate() {
  var v = SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange('A1').getValue();
  return { isDate: v instanceof Date, ymd: Utilities.formatDate(v, SpreadsheetApp.getActive().getSpreadsheetTimeZone(), 'yyyy-MM-dd') };
}
function boom() { throw new Error('student row 4 is bad'); }
function catchesEverything() {
  var cal = CalendarApp.getDefaultCalendar();
  try { cal.createAllDayEvent('IEP review', new Date(2026, 0, 5)); } catch (e) { /* swallow */ }
  try { cal.createAllDayEvent('second', new Date(2026, 0, 6)); } catch (e) { /* swallow */ }
  return 'finished normally';
}
function longLoop() {
  var cal = CalendarApp.getDefaultCalendar();
  for (var i = 0; i < 10000; i++) cal.createAllDayEvent('e' + i, new Date(2026, 0, 5));
}
function lockAndWait() {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(5000)) return 'busy';
  return 'got it';
}
function waitForLock() { LockService.getDocumentLock().waitLock(1000); return 'never'; }
function asyncWork() { return Promise.resolve(41).then(function (x) { return x + 1; }); }
function onOpen(e) {
  SpreadsheetApp.getUi().createMenu('Casekeeper').addItem('Sync calendar', 'syncNow').addSeparator()
    .addSubMenu(SpreadsheetApp.getUi().createMenu('Setup').addItem('Format tracker', 'formatTracker')).addToUi();
}
function syncNow() { SpreadsheetApp.getActive().toast('Synced 3 deadlines', 'Casekeeper'); return 'synced'; }
function ask() {
  var ui = SpreadsheetApp.getUi();
  var r = ui.alert('Delete events?', 'This removes 2 events.', ui.ButtonSet.YES_NO);
  return r === ui.Button.YES ? 'yes' : 'no';
}
function scheduleContinuation() { ScriptApp.newTrigger('continueSync').timeBased().after(60 * 60 * 1000).create(); return 'scheduled'; }
function continueSync() { PropertiesService.getDocumentProperties().setProperty('continued', String(new Date().getTime())); return SpreadsheetApp.getUi ? 'ran' : ''; }
function uiFromTrigger() { SpreadsheetApp.getUi(); }
function calendarInSimpleTrigger() { CalendarApp.getDefaultCalendar(); }
`;

function env(options: Parameters<typeof createGasEnvironment>[0] = {}) {
  return createGasEnvironment({ now: '2026-01-05T15:00:00Z', ...options }).loadSource(SCRIPT);
}

describe('harness: executions', () => {
  it('runs each execution in a fresh context (globals reset, like Apps Script)', () => {
    const e = env();
    expect(e.run('hello', { x: 7 }).result).toEqual({ counter: 1, who: 'casemanager@school.example', arg: 7 });
    expect(e.run('hello', undefined, { user: 'aide@school.example' }).result).toEqual({ counter: 1, who: 'aide@school.example', arg: undefined });
  });

  it('exposes only Apps Script globals and standard JavaScript', () => {
    expect(env().run('probeGlobals').result).toEqual({
      require: 'undefined', process: 'undefined', module: 'undefined', setTimeout: 'undefined',
      fetch: 'undefined', SpreadsheetApp: 'object', UrlFetchApp: 'undefined',
    });
  });

  it('reads the fake clock through Date, with local time in the script time zone', () => {
    const e = env({ scriptTimeZone: 'America/Los_Angeles' });
    const r = e.run('now').result as { now: number; made: number; str: string; hours: number; local: number };
    expect(r.now).toBe(Date.parse('2026-01-05T15:00:00Z'));
    expect(r.made).toBe(r.now);
    expect(r.str).toBe('string');
    expect(r.hours).toBe(23);
    expect(r.local).toBe(Date.parse('2025-03-09T08:00:00Z'));
  });

  it('hands Date objects of the script realm to the script', () => {
    const e = env({ timeZone: 'America/Los_Angeles' });
    e.setValues('Sheet1', 'A1', [['2025-03-09']]);
    expect(e.run('readDate').result).toEqual({ isDate: true, ymd: '2025-03-09' });
  });

  it('reports an uncaught error with its message', () => {
    const r = env().run('boom');
    expect(r.error?.message).toBe('student row 4 is bad');
    expect(r.crashed).toBe(false);
  });

  it('reports a missing function like Apps Script', () => {
    expect(env().run('nope').error?.message).toBe('Script function not found: nope');
  });

  it('awaits a returned promise before the execution ends', () => {
    expect(env().run('asyncWork').result).toBe(42);
  });
});

describe('harness: counting and fault matchers', () => {
  const COUNT_SCRIPT = `function work() {
    var cal = CalendarApp.getDefaultCalendar();
    var ev = cal.createAllDayEvent('Annual review', new Date(2026, 0, 9));
    ev.setTag('key', 'S1');
    ev.getTag('key');
    SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('done');
  }`;

  it('counts each run by method, class, service and kind', () => {
    const e = createGasEnvironment().loadSource(COUNT_SCRIPT);
    const r = e.run('work');
    expect(r.calls.byKey['Calendar.createAllDayEvent']).toBe(1);
    expect(r.calls.byKind.write).toBe(3);
    expect(e.counters.count('calendar:write')).toBe(2);
    expect(e.counters.count('CalendarEvent.*')).toBe(2);
    expect(e.counters.count('spreadsheet')).toBe(4);
    expect(r.elapsedMs).toBe(100 + 200 + 200 + 30 + 50); // getDefaultCalendar, create, setTag, getSheets, setValue
  });

  it('matches faults by class and by predicate', () => {
    const e = createGasEnvironment({ editors: ['aide@school.example'] }).loadSource(COUNT_SCRIPT);
    e.faults.inject({ match: 'CalendarEvent.*', error: { message: 'Service error: Calendar' } });
    expect(e.run('work').error?.message).toBe('Service error: Calendar');
    e.faults.clear();
    e.faults.inject({ match: (c) => c.key === 'Range.setValue' && c.user === 'aide@school.example', error: 'serviceError' });
    expect(e.run('work').error).toBeUndefined();
    expect(e.run('work', undefined, { user: 'aide@school.example' }).error?.message).toBe('Service Spreadsheets failed while accessing document.');
  });
});

describe('harness: crashes and time limits', () => {
  it('a crash after a call keeps its effect, cannot be caught away, and blocks later calls', () => {
    const e = env();
    e.faults.crashAfter({ match: 'Calendar.createAllDayEvent' });
    const r = e.run('catchesEverything');
    expect(r.crashed).toBe(true);
    expect(r.result).toBeUndefined();
    expect(e.events().map((x) => x.title)).toEqual(['IEP review']);
  });

  it('kills an execution that passes 6 minutes of fake time', () => {
    const e = env({ costs: { 'calendar:write': 1000 } });
    const r = e.run('longLoop');
    expect(r.timedOut).toBe(true);
    expect(r.error?.message).toBe(FAULT_MESSAGES.timeout);
    expect(e.events().length).toBeGreaterThan(300);
    expect(e.events().length).toBeLessThan(362);
  });

  it('gives simple triggers no Calendar access', () => {
    const r = env().run('calendarInSimpleTrigger', undefined, { authMode: 'LIMITED' });
    expect(r.error?.message).toMatch(/^You do not have permission to call CalendarApp.getDefaultCalendar/);
  });
});

describe('harness: locks across executions', () => {
  it('a second run cannot take a lock held by another execution and waits on the fake clock', () => {
    const e = env();
    e.holdLock('document', { owner: 'other teacher' });
    const t0 = e.clock.now();
    expect(e.run('lockAndWait').result).toBe('busy');
    expect(e.clock.now() - t0).toBeGreaterThanOrEqual(5000);
    expect(e.run('waitForLock').error?.message).toBe(LOCK_TIMEOUT_MESSAGE);
  });

  it('nested runs contend for the same lock', () => {
    const e = env();
    e.loadSource(`${SCRIPT}
      function outer() { var l = LockService.getDocumentLock(); l.waitLock(1000); CalendarApp.getDefaultCalendar(); l.releaseLock(); return 'outer done'; }`);
    let inner: unknown;
    e.afterCall('CalendarApp.getDefaultCalendar', () => {
      inner = e.run('lockAndWait', undefined, { user: 'second@school.example' }).result;
    });
    expect(e.run('outer').result).toBe('outer done');
    expect(inner).toBe('busy');
    expect(e.run('lockAndWait').result).toBe('got it');
  });

  it('a lock is released when its execution ends', () => {
    const e = env();
    expect(e.run('lockAndWait').result).toBe('got it');
    expect(e.run('lockAndWait', undefined, { user: 'second@school.example' }).result).toBe('got it');
  });
});

describe('harness: UI', () => {
  it('records menus from onOpen and runs the clicked item', () => {
    const e = env();
    e.openSpreadsheet();
    expect(e.menuCaptions()).toEqual(['Casekeeper > Sync calendar', 'Casekeeper > ---', 'Casekeeper > Setup > Format tracker']);
    const r = e.clickMenu(['Casekeeper', 'Sync calendar']);
    expect(r.result).toBe('synced');
    expect(r.toasts).toEqual([{ message: 'Synced 3 deadlines', title: 'Casekeeper', timeoutSeconds: undefined }]);
  });

  it('onOpen in AuthMode.NONE can build the add-on menu but not read the spreadsheet', () => {
    const e = env();
    e.loadSource(`function onOpen(e) {
      SpreadsheetApp.getUi().createAddonMenu().addItem('Start', 'start').addToUi();
      try { SpreadsheetApp.getActive(); return 'read'; } catch (err) { return String(err); }
    }`);
    const r = e.openSpreadsheet({ authMode: 'NONE' });
    expect(r.result).toMatch(/^Exception: You do not have permission to call SpreadsheetApp.getActive/);
    expect(e.menuCaptions()).toEqual(['Add-on > Start']);
  });

  it('answers alerts with scripted buttons', () => {
    const e = env();
    expect(e.run('ask').result).toBe('yes');
    const r = e.run('ask', undefined, { alertResponses: ['NO'] });
    expect(r.result).toBe('no');
    expect(r.alerts).toEqual([{ title: 'Delete events?', prompt: 'This removes 2 events.', buttons: 'YES_NO', response: 'NO' }]);
  });
});

describe('harness: user edits', () => {
  const EDIT_SCRIPT = `
    function onEdit(e) {
      if (e.range.getColumn() !== 2) return;
      e.range.offset(0, 1).setValue('edited by ' + e.user.getEmail() + ': ' + e.oldValue + ' -> ' + e.value);
    }
    function slowSync() {
      var sheet = SpreadsheetApp.getActive().getSheets()[0];
      var rows = sheet.getRange('A1:B2').getValues();
      CalendarApp.getDefaultCalendar();
      sheet.getRange('D1:D2').setValues(rows.map(function (r) { return [r[1]]; }));
    }`;

  it('runs onEdit(e) after a user types into a cell, with the old and new value', () => {
    const e = createGasEnvironment({ user: 'owner@school.example', editors: ['aide@school.example'] }).loadSource(EDIT_SCRIPT);
    e.setValues('Sheet1', 'A1', [['S1', 'old']]);
    const r = e.edit('Sheet1', 'B1', 'new', { user: 'aide@school.example' });
    expect(r?.error).toBeUndefined();
    expect(e.getValues('Sheet1', 'C1')).toEqual([['edited by aide@school.example: old -> new']]);
  });

  it('a user cannot type into a protected cell', () => {
    const e = createGasEnvironment({ user: 'owner@school.example', editors: ['aide@school.example'] }).loadSource(EDIT_SCRIPT);
    const p = e.range('Sheet1', 'A1:A10').protect();
    p.removeEditors(p.getEditors());
    expect(() => e.edit('Sheet1', 'A1', 'x', { user: 'aide@school.example' })).toThrow(/protected cell/);
  });

  it('an edit can land in the middle of a running execution', () => {
    const e = createGasEnvironment({ editors: ['aide@school.example'] }).loadSource(EDIT_SCRIPT);
    e.setValues('Sheet1', 'A1', [['S1', 'before'], ['S2', 'b2']]);
    e.afterCall('CalendarApp.getDefaultCalendar', () => {
      e.edit('Sheet1', 'B1', 'typed during sync', { user: 'aide@school.example' });
    });
    expect(e.run('slowSync').error).toBeUndefined();
    expect(e.getValues('Sheet1', 'B1:D1')).toEqual([['typed during sync', 'edited by aide@school.example: before -> typed during sync', 'before']]);
  });
});

describe('harness: triggers', () => {
  it('fires a continuation trigger as its owner, without UI', () => {
    const e = env();
    e.run('scheduleContinuation');
    expect(e.fireDueTriggers()).toEqual([]);
    const runs = e.runPendingTriggers();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.error).toBeUndefined();
    expect(Number(e.properties('document').continued)).toBe(Date.parse('2026-01-05T16:00:00Z'));
    expect(e.triggers()).toHaveLength(1);
    expect(e.runPendingTriggers()).toEqual([]);
  });

  it('refuses getUi() from a time-based trigger', () => {
    const r = env().run('uiFromTrigger', undefined, { hasUi: false });
    expect(r.error?.message).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('harness: two spreadsheets and two users in one test', () => {
  it('a second spreadsheet shares the clock, calendars and user properties, but not document properties or triggers', () => {
    const a = createGasEnvironment({ user: 'cm@school.example', editors: ['aide@school.example'], spreadsheetId: 'sheet-a' });
    const b = createGasEnvironment({ user: 'cm@school.example', spreadsheetId: 'sheet-b', sameGoogleAs: a });
    const cal = a.services().CalendarApp.createCalendar('Shared');
    expect(b.services().CalendarApp.getCalendarById(cal.getId())?.getName()).toBe('Shared');
    a.services().PropertiesService.getUserProperties().setProperty('k', 'from a');
    a.services().PropertiesService.getDocumentProperties().setProperty('d', 'a only');
    expect(b.properties('user').k).toBe('from a');
    expect(b.properties('document').d).toBeUndefined();
    a.clock.advance(60_000);
    expect(b.clock.now()).toBe(a.clock.now());
    // Two users of one spreadsheet: each has their own user properties and default calendar.
    a.services({ user: 'aide@school.example' }).PropertiesService.getUserProperties().setProperty('k', 'aide');
    expect(a.properties('user').k).toBe('from a');
    expect(a.properties('user', 'aide@school.example').k).toBe('aide');
    expect(() => createGasEnvironment({ sameGoogleAs: a })).toThrow(/own spreadsheetId/);
  });
});
