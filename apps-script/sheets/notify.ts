import type { GasServices } from './gas-services.ts';

/**
 * Tells the person what happened: an alert box when run from the menu, a toast otherwise. Trigger runs
 * have no UI, so failures to show anything are ignored (the Audit tab still records the run).
 */
export function notify(gas: GasServices, title: string, message: string, options: { alert?: boolean } = {}): void {
  if (options.alert) {
    try {
      const ui = gas.SpreadsheetApp.getUi();
      ui.alert(title, message, ui.ButtonSet.OK);
      return;
    } catch {
      // no UI in this context: fall back to a toast
    }
  }
  toast(gas, title, message);
}

/** A short progress or result note in the corner of the sheet (ignored where there is no sheet UI). */
export function toast(gas: GasServices, title: string, message: string): void {
  try {
    gas.SpreadsheetApp.getActiveSpreadsheet().toast(message, title, 10);
  } catch {
    // no UI
  }
}
