import { describe, expect, it } from 'vitest';
import { ADDON_ONE_TRIGGER_MESSAGE, ADDON_TRIGGER_INTERVAL_MESSAGE, LOCK_TIMEOUT_MESSAGE, STORE_FULL_MESSAGE, TOO_MANY_TRIGGERS_MESSAGE, VALUE_TOO_LARGE_MESSAGE, createGasEnvironment } from '../harness.ts';

describe('PropertiesService', () => {
  it('keeps document, user and script stores apart', () => {
    const env = createGasEnvironment({ user: 'a@school.example' });
    const a = env.services({ tracked: true }).PropertiesService;
    const b = env.services({ user: 'b@school.example', tracked: true }).PropertiesService;
    a.getDocumentProperties().setProperty('checkpoint', '{"row":12}');
    a.getUserProperties().setProperty('pref', 'x');
    expect(b.getDocumentProperties().getProperty('checkpoint')).toBe('{"row":12}');
    expect(b.getUserProperties().getProperty('pref')).toBeNull();
    expect(env.properties('user', 'a@school.example')).toEqual({ pref: 'x' });
  });

  it('enforces 9 KB per value and 500 KB per store, changing nothing on failure', () => {
    const env = createGasEnvironment();
    const props = env.services({ tracked: true }).PropertiesService.getScriptProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(VALUE_TOO_LARGE_MESSAGE);
    expect(() => props.setProperty('multi', 'é'.repeat(4700))).toThrow(VALUE_TOO_LARGE_MESSAGE);
    const batch: Record<string, string> = {};
    for (let i = 0; i < 60; i++) batch[`k${i}`] = 'y'.repeat(9000);
    expect(() => props.setProperties(batch)).toThrow(STORE_FULL_MESSAGE);
    expect(props.getKeys()).toEqual(['ok']);
  });

  it('setProperties can replace everything; getProperties returns a copy', () => {
    const env = createGasEnvironment();
    const props = env.services({ tracked: true }).PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    const copy = props.getProperties();
    copy.c = 'changed';
    expect(props.getProperties()).toEqual({ c: '3' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });
});

describe('LockService', () => {
  it('tryLock waits on the fake clock and gets a lock released within the wait', () => {
    const env = createGasEnvironment();
    env.holdLock('document', { until: env.clock.now() + 3000 });
    const lock = env.services({ tracked: true }).LockService.getDocumentLock();
    const t0 = env.clock.now();
    expect(lock.tryLock(10_000)).toBe(true);
    expect(env.clock.now() - t0).toBe(3000);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('waitLock throws the real message after the timeout', () => {
    const env = createGasEnvironment();
    const release = env.holdLock('script', { owner: 'nightly sync' });
    const lock = env.services({ tracked: true }).LockService.getScriptLock();
    expect(() => lock.waitLock(2000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    release();
    lock.waitLock(2000);
    expect(lock.hasLock()).toBe(true);
  });

  it('user locks are per user', () => {
    const env = createGasEnvironment({ user: 'a@school.example' });
    env.holdLock('user', { user: 'b@school.example' });
    expect(env.services({ tracked: true }).LockService.getUserLock().tryLock(0)).toBe(true);
  });
});

describe('ScriptApp triggers', () => {
  it('allows 20 triggers per user and refuses the 21st with the real message', () => {
    // A bound script (not an add-on): add-on rules would refuse the second time trigger.
    const env = createGasEnvironment({ user: 'a@school.example', addOn: false });
    const s = env.services({ tracked: true }).ScriptApp;
    for (let i = 0; i < 20; i++) s.newTrigger('continueSync').timeBased().after(60_000).create();
    expect(() => s.newTrigger('continueSync').timeBased().after(60_000).create()).toThrow(TOO_MANY_TRIGGERS_MESSAGE);
    env.services({ user: 'b@school.example', tracked: true }).ScriptApp.newTrigger('x').timeBased().after(1).create();
    s.deleteTrigger(s.getProjectTriggers()[0]!);
    s.newTrigger('continueSync').timeBased().after(60_000).create();
    expect(s.getProjectTriggers()).toHaveLength(20);
  });

  it('describes triggers and lists the user triggers of the spreadsheet', () => {
    const env = createGasEnvironment();
    const g = env.services({ tracked: true });
    const ss = g.SpreadsheetApp.getActive();
    const t = g.ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(ss).onEdit().create();
    g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(6).create();
    expect(t.getHandlerFunction()).toBe('onEditInstalled');
    expect(String(t.getEventType())).toBe('ON_EDIT');
    expect(String(t.getTriggerSource())).toBe('SPREADSHEETS');
    expect(t.getTriggerSourceId()).toBe(ss.getId());
    expect(t.getUniqueId()).toMatch(/^\d+$/);
    expect(g.ScriptApp.getUserTriggers(ss).map((x) => x.getHandlerFunction())).toEqual(['onEditInstalled', 'daily']);
  });

  it('schedules daily triggers at the hour in the script time zone', () => {
    const env = createGasEnvironment({ scriptTimeZone: 'America/Chicago', now: '2026-03-07T20:00:00Z' });
    env.services({ tracked: true }).ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(6).create();
    // 6:00 in Chicago on the day daylight saving starts is 11:00 UTC (12:00 the day before).
    expect(new Date(env.triggers()[0]!.nextRun!).toISOString()).toBe('2026-03-08T11:00:00.000Z');
    env.clock.set(Date.parse('2026-03-08T11:00:00Z'));
    env.loadSource('function daily() {}');
    env.fireDueTriggers();
    expect(new Date(env.triggers()[0]!.nextRun!).toISOString()).toBe('2026-03-09T11:00:00.000Z');
  });

  it('refuses invalid intervals', () => {
    const s = createGasEnvironment({ addOn: false }).services({ tracked: true }).ScriptApp;
    expect(() => s.newTrigger('x').timeBased().everyMinutes(7)).toThrow('The value you passed to everyMinutes was invalid. Accepted values are 1, 5, 10, 15 and 30.');
    s.newTrigger('x').timeBased().everyMinutes(5).create();
  });

  it('an add-on may not run a time trigger more often than hourly, one-off or repeating', () => {
    const s = createGasEnvironment().services({ tracked: true }).ScriptApp;
    expect(() => s.newTrigger('x').timeBased().everyMinutes(30).create()).toThrow(ADDON_TRIGGER_INTERVAL_MESSAGE);
    expect(() => s.newTrigger('x').timeBased().after(60_000).create()).toThrow(ADDON_TRIGGER_INTERVAL_MESSAGE);
    s.newTrigger('x').timeBased().everyHours(1).create();
    expect(s.getProjectTriggers()).toHaveLength(1);
  });

  it('an add-on may have one trigger of each type per user per document; a bound script may have more', () => {
    const env = createGasEnvironment({ user: 'a@school.example', editors: ['b@school.example'] });
    const a = env.services({ tracked: true }).ScriptApp;
    a.newTrigger('x').timeBased().everyHours(1).create();
    expect(() => a.newTrigger('y').timeBased().everyDays(1).atHour(6).create()).toThrow(ADDON_ONE_TRIGGER_MESSAGE);
    a.newTrigger('z').forSpreadsheet(env.services().SpreadsheetApp.getActive()).onEdit().create();
    expect(() => a.newTrigger('z2').forSpreadsheet(env.services().SpreadsheetApp.getActive()).onEdit().create()).toThrow(ADDON_ONE_TRIGGER_MESSAGE);
    // Another user of the same document has their own allowance.
    env.services({ user: 'b@school.example', tracked: true }).ScriptApp.newTrigger('x').timeBased().everyHours(1).create();
    const bound = createGasEnvironment({ addOn: false }).services({ tracked: true }).ScriptApp;
    bound.newTrigger('x').timeBased().everyHours(1).create();
    bound.newTrigger('y').timeBased().everyDays(1).create();
    expect(bound.getProjectTriggers()).toHaveLength(2);
  });
});

describe('Session', () => {
  it('reports the acting user, script time zone and a stable temporary key', () => {
    const env = createGasEnvironment({ user: 'cm@school.example', scriptTimeZone: 'America/Denver', timeZone: 'America/New_York' });
    const s = env.services({ tracked: true }).Session;
    expect(s.getActiveUser().getEmail()).toBe('cm@school.example');
    expect(s.getEffectiveUser().getEmail()).toBe('cm@school.example');
    expect(s.getScriptTimeZone()).toBe('America/Denver');
    expect(s.getTemporaryActiveUserKey()).toBe(env.services({ tracked: true }).Session.getTemporaryActiveUserKey());
    expect(s.getTemporaryActiveUserKey()).not.toBe(env.services({ user: 'x@school.example' }).Session.getTemporaryActiveUserKey());
  });
});

describe('HtmlService', () => {
  it('serves project files, evaluates templates and records the sidebar the user sees', () => {
    const env = createGasEnvironment({ htmlFiles: { Sidebar: '<h1><?= title ?></h1><?!= "<b>raw</b>" ?>' } });
    const g = env.services({ tracked: true });
    const t = g.HtmlService.createTemplateFromFile('Sidebar');
    t.title = 'Deadlines <soon>';
    const out = t.evaluate().setTitle('Casekeeper').setWidth(300);
    g.SpreadsheetApp.getUi().showSidebar(out);
    expect(env.ui.sidebars).toEqual([{ title: 'Casekeeper', html: '<h1>Deadlines &lt;soon&gt;</h1><b>raw</b>', width: 300 }]);
    expect(() => g.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  it('prompts answer with scripted responses', () => {
    const env = createGasEnvironment();
    env.loadSource(`function ask() { var ui = SpreadsheetApp.getUi(); var r = ui.prompt('Calendar name', 'Which calendar?', ui.ButtonSet.OK_CANCEL); return [String(r.getSelectedButton()), r.getResponseText()]; }`);
    const r = env.run('ask', undefined, { promptResponses: [{ button: 'OK', text: 'IEP deadlines' }] });
    expect(r.result).toEqual(['OK', 'IEP deadlines']);
    expect(r.prompts[0]).toMatchObject({ title: 'Calendar name', buttons: 'OK_CANCEL' });
  });
});
