/**
 * The add-on's whole global surface: Apps Script calls these by name (simple triggers, menu items,
 * installable triggers, google.script.run). Each one builds the services bag and hands over to a handler.
 * The build (apps-script/build.ts) adds one top-level stub per export.
 */
import './zod-setup.ts';
import { type Result, fail } from '../shared/index.ts';
import { importCaseload, importSchoolCalendarIcs } from './handlers/import-csv.ts';
import { refreshDeadlines } from './handlers/refresh-deadlines.ts';
import { setUpTracker } from './handlers/set-up-tracker.ts';
import { studentCardHtml } from './handlers/student-card.ts';
import { syncCore } from './handlers/sync-calendar.ts';
import { type EditEvent, auditEdit, showMyStudents } from './handlers/team.ts';
import { MENU_ITEMS, MENU_LAYOUT, MENU_TITLE, TRIGGER_HANDLERS } from './menu.ts';
import { withDocumentLock } from './sheets/document-lock.ts';
import type { GasServices } from './sheets/gas-services.ts';
import { notify, toast } from './sheets/notify.ts';
import { readTracker } from './sheets/read-tracker.ts';
import { TAB } from './sheets/tracker-layout.ts';
import { ensureDailyTrigger, removeTriggers } from './sheets/triggers.ts';
import importDialog from './ui/import-dialog.html';

/** The services, read lazily: a simple trigger may not touch some of them. */
function gas(): GasServices {
  return {
    get SpreadsheetApp() { return SpreadsheetApp; },
    get CalendarApp() { return CalendarApp; },
    get PropertiesService() { return PropertiesService; },
    get LockService() { return LockService; },
    get ScriptApp() { return ScriptApp; },
    get Session() { return Session; },
    get Utilities() { return Utilities; },
    get HtmlService() { return HtmlService; },
    now: () => Date.now(),
  };
}

function zoneOf(g: GasServices): string {
  try {
    return g.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  } catch {
    return g.Session.getScriptTimeZone();
  }
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/modify this (event|calendar)/i.test(message)) {
    return `Google Calendar refused a change: ${message} Ask the calendar's owner to share it with you with "Make changes to events", or let the owner run the sync.`;
  }
  if (/protected cell|protected range|don't have permission|do not have permission/i.test(message)) {
    return `Google refused a change: ${message} Ask the sheet owner for edit access to Casekeeper's columns (Data > Protect sheets and ranges).`;
  }
  return `Casekeeper stopped: ${message}`;
}

/** Runs a menu action under the document lock and tells the person the outcome. */
function runLocked(title: string, work: (g: GasServices) => Result<string>, options: { alert: boolean } = { alert: true }): Result<string> {
  const g = gas();
  let result: Result<string>;
  try {
    const locked = withDocumentLock(g, title, zoneOf(g), () => work(g));
    result = locked.ok ? locked.value : locked;
  } catch (error) {
    // The stack goes to the Apps Script executions log (it holds no cell values).
    console.error(error instanceof Error ? error.stack : String(error));
    result = fail('unexpected', describeError(error));
  }
  notify(g, `Casekeeper: ${title}`, result.ok ? result.value : result.error.message, options);
  return result;
}

/** Simple trigger: builds the Casekeeper menu. */
export function onOpen(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(MENU_TITLE);
  for (const key of MENU_LAYOUT) {
    if (key === null) menu.addSeparator();
    else menu.addItem(MENU_ITEMS[key].caption, MENU_ITEMS[key].functionName);
  }
  menu.addToUi();
}

/** Add-on install: same as opening the sheet. */
export function onInstall(): void {
  onOpen();
}

/**
 * Simple edit trigger (30 s, no authorised services): warns when a header edit loses the Student ID
 * column. The team audit runs from the installable trigger (onEditAudit) instead.
 */
export function onEdit(e?: { range?: GoogleAppsScript.Spreadsheet.Range }): void {
  const range = e?.range;
  if (!range || range.getRow() !== 1) return;
  const sheet = range.getSheet();
  if (sheet.getName() !== TAB.caseload) return;
  const read = readTracker(gas(), sheet.getParent());
  if (!read.ok) sheet.getParent().toast(read.error.message, 'Casekeeper', 15);
}

export function menuSetUpTracker(): Result<string> {
  return runLocked('Set up tracker', setUpTracker);
}

export function menuRefreshDeadlines(): Result<string> {
  return runLocked('Refresh deadlines', refreshDeadlines);
}

function sync(title: string, alert: boolean): Result<string> {
  const startedAt = Date.now();
  return runLocked(
    title,
    (g) => {
      toast(g, 'Casekeeper', 'Syncing deadlines to Google Calendar…');
      const report = syncCore(g, startedAt);
      return report.ok ? { ok: true, value: report.value.message } : report;
    },
    { alert },
  );
}

export function menuSyncToCalendar(): Result<string> {
  return sync('Sync to Calendar', true);
}

/** Continuation trigger of an unfinished sync (time budget, retries or daily quota ran out). */
export function continueSync(): Result<string> {
  return sync('Sync to Calendar (continued)', false);
}

/** Daily time trigger: refresh deadlines so days left and colours are right each morning. */
export function dailyRefresh(): Result<string> {
  return runLocked('Daily refresh', refreshDeadlines, { alert: false });
}

export function menuImportCsv(): void {
  const html = HtmlService.createHtmlOutput(importDialog).setWidth(520).setHeight(480);
  SpreadsheetApp.getUi().showModalDialog(html, 'Import into Casekeeper');
}

/**
 * Called by the import dialog (google.script.run) with `{ kind: 'csv' | 'ics', text }`: returns the
 * message, or throws it so the dialog shows it.
 */
export function importFromDialog(request?: { kind?: unknown; text?: unknown }): string {
  const g = gas();
  const kind = String(request?.kind ?? 'csv');
  const text = typeof request?.text === 'string' ? request.text : '';
  if (text.trim() === '') throw new Error('Choose a file or paste its text first.');
  let result: Result<string>;
  try {
    const locked = withDocumentLock(g, 'Import', zoneOf(g), () => (kind === 'ics' ? importSchoolCalendarIcs(g, text) : importCaseload(g, text)));
    result = locked.ok ? locked.value : locked;
  } catch (error) {
    console.error(error instanceof Error ? error.stack : String(error));
    result = fail('unexpected', describeError(error));
  }
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function menuStudentCard(): Result<string> {
  const g = gas();
  let card: Result<{ html: string; title: string }>;
  try {
    card = studentCardHtml(g);
  } catch (error) {
    console.error(error instanceof Error ? error.stack : String(error));
    card = fail('unexpected', describeError(error));
  }
  if (!card.ok) {
    notify(g, 'Casekeeper: Student card', card.error.message, { alert: true });
    return card;
  }
  g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutput(card.value.html).setTitle(card.value.title));
  return { ok: true, value: card.value.title };
}

export function menuSettings(): void {
  const g = gas();
  const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(TAB.settings);
  if (!sheet) {
    notify(g, 'Casekeeper: Settings', 'There is no Settings tab yet. Choose Casekeeper > Set up tracker first.', { alert: true });
    return;
  }
  sheet.activate();
  toast(g, 'Casekeeper', 'Change a value in column B, then choose Refresh deadlines.');
}

export function menuMyStudents(): Result<string> {
  return runLocked('Show only my students', showMyStudents);
}

export function menuInstallDailyRefresh(): Result<string> {
  const g = gas();
  const added = ensureDailyTrigger(g, TRIGGER_HANDLERS.dailyRefresh, 6);
  const message = added
    ? 'Deadlines will refresh every morning between 6 and 7 a.m. Remove this with Casekeeper > Remove daily refresh.'
    : 'The daily refresh is already installed (only one is kept).';
  notify(g, 'Casekeeper: Daily refresh', message, { alert: true });
  return { ok: true, value: message };
}

export function menuRemoveDailyRefresh(): Result<string> {
  const g = gas();
  const removed = removeTriggers(g, TRIGGER_HANDLERS.dailyRefresh);
  const message = removed > 0 ? 'The daily refresh was removed.' : 'There was no daily refresh to remove.';
  notify(g, 'Casekeeper: Daily refresh', message, { alert: true });
  return { ok: true, value: message };
}

/** Installable edit trigger (added by Set up tracker): the team audit. */
export function onEditAudit(e?: EditEvent): void {
  auditEdit(gas(), e);
}
