import { type Result, fail } from '../../shared/index.ts';
import { withDocumentLock } from '../sheets/document-lock.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { notify } from '../sheets/notify.ts';

/** The spreadsheet's time zone (the script's when no spreadsheet is open). */
export function zoneOf(g: GasServices): string {
  try {
    return g.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  } catch {
    return g.Session.getScriptTimeZone();
  }
}

/** An unexpected error in a teacher's words, with what to ask for when Google refused a change. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/modify this (event|calendar)|Forbidden/i.test(message)) {
    return `Google Calendar refused a change: ${message} Ask the calendar's owner to share it with you with "Make changes to events", or let the owner run the sync.`;
  }
  if (/protected cell|protected range|don't have permission|do not have permission/i.test(message)) {
    return `Google refused a change: ${message} Ask the sheet owner to make you an editor of the spreadsheet (Share), or to remove their own protection from Casekeeper's columns (Data > Protect sheets and ranges).`;
  }
  return `Casekeeper stopped: ${message}`;
}

/**
 * Runs `work` and turns anything it throws into a failure in a teacher's words (the stack goes to the
 * Apps Script executions log, which holds no cell values). The one place errors are caught.
 */
export function guarded<T>(work: () => Result<T>): Result<T> {
  try {
    return work();
  } catch (error) {
    console.error(error instanceof Error ? error.stack : String(error));
    return fail('unexpected', describeError(error));
  }
}

/** Runs `work` under the document lock (the person is told who else is running Casekeeper), guarded. */
export function locked<T>(g: GasServices, title: string, work: () => Result<T>): Result<T> {
  return guarded(() => {
    const result = withDocumentLock(g, title, zoneOf(g), work);
    return result.ok ? result.value : result;
  });
}

/**
 * A menu or trigger action: under the document lock, guarded, and the outcome told to the person (an
 * alert from the menu, a toast from a trigger).
 */
export function runAction(g: GasServices, title: string, work: (g: GasServices) => Result<string>, options: { alert: boolean } = { alert: true }): Result<string> {
  const result = locked(g, title, () => work(g));
  notify(g, `Casekeeper: ${title}`, result.ok ? result.value : result.error.message, options);
  return result;
}

/**
 * A call from a dialog (google.script.run): under the lock and guarded; the value is returned, and a
 * failure is thrown so the dialog's failure handler shows its message.
 */
export function dialogAction<T>(g: GasServices, title: string, work: (g: GasServices) => Result<T>): T {
  const result = locked(g, title, () => work(g));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
