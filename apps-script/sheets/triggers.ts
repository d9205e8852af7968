import type { GasServices } from './gas-services.ts';

function triggersFor(gas: GasServices, handler: string): GoogleAppsScript.Script.Trigger[] {
  return gas.ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

/** Makes sure exactly one time trigger will run `handler` in `afterMs` (none added if one exists). */
export function ensureOneShotTrigger(gas: GasServices, handler: string, afterMs: number): void {
  if (triggersFor(gas, handler).length > 0) return;
  gas.ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
}

/** Removes every trigger of `handler`; returns how many were removed. */
export function removeTriggers(gas: GasServices, handler: string): number {
  const found = triggersFor(gas, handler);
  for (const t of found) gas.ScriptApp.deleteTrigger(t);
  return found.length;
}

/** Installs a daily trigger for `handler` at `hour` (script time zone) unless one exists. */
export function ensureDailyTrigger(gas: GasServices, handler: string, hour: number): boolean {
  if (triggersFor(gas, handler).length > 0) return false;
  gas.ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).create();
  return true;
}

/** Installs an on-edit trigger of this spreadsheet for `handler` unless one exists. */
export function ensureEditTrigger(gas: GasServices, handler: string, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  if (triggersFor(gas, handler).length > 0) return false;
  gas.ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet).onEdit().create();
  return true;
}

/** Whether `handler` has a trigger. */
export function hasTrigger(gas: GasServices, handler: string): boolean {
  return triggersFor(gas, handler).length > 0;
}
