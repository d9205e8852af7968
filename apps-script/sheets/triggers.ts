import type { GasServices } from './gas-services.ts';
import { hasPendingSync } from './sync-state.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The one time-trigger handler: continues an unfinished sync, or does the daily refresh. */
export const TIMER_HANDLER = 'casekeeperTimer';

/** The hour (in the spreadsheet's time zone) of the daily refresh. */
export const DAILY_REFRESH_HOUR = 6;

const DAILY_KEY = 'casekeeper.dailyRefresh';
const MODE_KEY = 'casekeeper.timer';

/** What the person's one time trigger in this spreadsheet does. */
export type TimerMode = 'hourly' | 'daily' | 'none';

function userKey(base: string, user: string): string {
  return `${base}:${user.toLowerCase()}`;
}

/** This person's triggers of `handler` in this spreadsheet (an Editor add-on sees only these). */
function triggersFor(gas: GasServices, spreadsheet: Spreadsheet, handler: string): GoogleAppsScript.Script.Trigger[] {
  return gas.ScriptApp.getUserTriggers(spreadsheet).filter((t) => t.getHandlerFunction() === handler);
}

/** Whether this person asked for the daily refresh in this spreadsheet. */
export function wantsDailyRefresh(gas: GasServices, user: string): boolean {
  return gas.PropertiesService.getDocumentProperties().getProperty(userKey(DAILY_KEY, user)) === 'yes';
}

/** Records whether this person wants the daily refresh here. */
export function setDailyRefresh(gas: GasServices, user: string, wanted: boolean): void {
  const props = gas.PropertiesService.getDocumentProperties();
  if (wanted) props.setProperty(userKey(DAILY_KEY, user), 'yes');
  else props.deleteProperty(userKey(DAILY_KEY, user));
}

/**
 * Keeps exactly the time trigger this person needs in this spreadsheet, within the Editor add-on rules
 * (one time trigger per user per document, none more often than hourly): hourly while a sync of theirs
 * is unfinished, daily at 6 a.m. in the spreadsheet's time zone when they asked for the daily refresh,
 * none otherwise. Replaces the trigger only when the mode changes. Returns the mode now in force.
 */
export function scheduleTimer(gas: GasServices, spreadsheet: Spreadsheet, user: string): TimerMode {
  const wanted: TimerMode = hasPendingSync(gas, user) ? 'hourly' : wantsDailyRefresh(gas, user) ? 'daily' : 'none';
  const props = gas.PropertiesService.getDocumentProperties();
  const existing = triggersFor(gas, spreadsheet, TIMER_HANDLER);
  const current = props.getProperty(userKey(MODE_KEY, user)) ?? 'none';
  if (current === wanted && existing.length === (wanted === 'none' ? 0 : 1)) return wanted;
  for (const t of existing) gas.ScriptApp.deleteTrigger(t);
  const zone = spreadsheet.getSpreadsheetTimeZone();
  if (wanted === 'hourly') gas.ScriptApp.newTrigger(TIMER_HANDLER).timeBased().everyHours(1).inTimezone(zone).create();
  if (wanted === 'daily') gas.ScriptApp.newTrigger(TIMER_HANDLER).timeBased().everyDays(1).atHour(DAILY_REFRESH_HOUR).inTimezone(zone).create();
  if (wanted === 'none') props.deleteProperty(userKey(MODE_KEY, user));
  else props.setProperty(userKey(MODE_KEY, user), wanted);
  return wanted;
}

/** Installs this person's on-edit trigger of this spreadsheet for `handler` unless they have one. */
export function ensureEditTrigger(gas: GasServices, handler: string, spreadsheet: Spreadsheet): boolean {
  const mine = gas.ScriptApp.getUserTriggers(spreadsheet);
  if (mine.some((t) => t.getHandlerFunction() === handler || String(t.getEventType()) === String(gas.ScriptApp.EventType.ON_EDIT))) return false;
  gas.ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet).onEdit().create();
  return true;
}
