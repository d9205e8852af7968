import { type Result, ok } from '../../shared/index.ts';
import { currentUser } from '../sheets/document-lock.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { notify } from '../sheets/notify.ts';
import { hasPendingSync } from '../sheets/sync-state.ts';
import { DAILY_REFRESH_HOUR, scheduleTimer, setDailyRefresh, wantsDailyRefresh } from '../sheets/triggers.ts';
import { refreshDeadlines } from './refresh-deadlines.ts';
import { syncCore } from './sync-calendar.ts';

/**
 * The one time trigger's work (call under the document lock): continue this person's unfinished sync
 * if there is one, else the daily refresh; then keep the trigger that is needed (hourly, daily or none).
 */
export function timerTick(gas: GasServices, startedAt: number): Result<string> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const me = currentUser(gas);
  let result: Result<string>;
  if (hasPendingSync(gas, me)) {
    const report = syncCore(gas, startedAt);
    result = report.ok ? ok(report.value.message) : report;
  } else {
    result = refreshDeadlines(gas);
  }
  scheduleTimer(gas, spreadsheet, me);
  return result;
}

/** Install daily refresh (menu): one time trigger for this person in this spreadsheet, in its time zone. */
export function installDailyRefresh(gas: GasServices): Result<string> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const me = currentUser(gas);
  if (wantsDailyRefresh(gas, me)) {
    scheduleTimer(gas, spreadsheet, me);
    return ok('The daily refresh is already installed (only one is kept).');
  }
  setDailyRefresh(gas, me, true);
  const mode = scheduleTimer(gas, spreadsheet, me);
  const zone = spreadsheet.getSpreadsheetTimeZone();
  return ok(
    mode === 'hourly'
      ? `A sync is still finishing (hourly); after it, deadlines will refresh every morning between ${DAILY_REFRESH_HOUR} and ${DAILY_REFRESH_HOUR + 1} a.m. (${zone}).`
      : `Deadlines will refresh every morning between ${DAILY_REFRESH_HOUR} and ${DAILY_REFRESH_HOUR + 1} a.m. (${zone}, the spreadsheet's time zone). Remove this with Casekeeper > Remove daily refresh.`,
  );
}

/** Remove daily refresh (menu). */
export function removeDailyRefresh(gas: GasServices): Result<string> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const me = currentUser(gas);
  setDailyRefresh(gas, me, false);
  scheduleTimer(gas, spreadsheet, me);
  return ok('The daily refresh was removed.');
}

/** Settings (menu): shows the Settings tab. */
export function openSettings(gas: GasServices, sheet: GoogleAppsScript.Spreadsheet.Sheet | null): Result<string> {
  if (!sheet) return { ok: false, error: { code: 'not-set-up', message: 'There is no Settings tab yet. Choose Casekeeper > Set up tracker first.' } };
  sheet.activate();
  notify(gas, 'Casekeeper', 'Change a value in column B, then choose Refresh deadlines.');
  return ok('Settings shown.');
}
