/**
 * The add-on's whole global surface: Apps Script calls these by name (simple triggers, menu items,
 * installable triggers, google.script.run). This file only declares them: each builds the services bag
 * and hands over to a handler, which receives the services as a parameter; locking, error handling and
 * telling the person the outcome live once, in handlers/run-action.ts. The build (apps-script/build.ts)
 * adds one top-level stub per export.
 */
import './zod-setup.ts';
import type { Result } from '../shared/index.ts';
import { importSchoolCalendarIcs } from './handlers/import-csv.ts';
import { type LogSessionRequest, logSessions, showLogSession } from './handlers/log-session.ts';
import { showMeetingPacket } from './handlers/meeting-packet.ts';
import { refreshDeadlines } from './handlers/refresh-deadlines.ts';
import { dialogAction, guarded, runAction } from './handlers/run-action.ts';
import { setUpTracker } from './handlers/set-up-tracker.ts';
import { showStudentCard } from './handlers/student-card.ts';
import { syncToCalendar } from './handlers/sync-calendar.ts';
import { TABLE_CHOICES, type CsvDownload, exportTableCsv, importTableCsv } from './handlers/table-csv.ts';
import { type EditEvent, auditEdit, checkHeaders, showMyStudents } from './handlers/team.ts';
import { installDailyRefresh, openSettings, removeDailyRefresh, timerTick } from './handlers/timer.ts';
import { MENU_ITEMS, MENU_LAYOUT, MENU_TITLE } from './menu.ts';
import type { GasServices } from './sheets/gas-services.ts';
import { notify } from './sheets/notify.ts';
import { findTab } from './sheets/tab-registry.ts';
import exportDialog from './ui/export-dialog.html';
import importDialog from './ui/import-dialog.html';

/** The services, read lazily: a simple trigger may not touch some of them. */
function gas(): GasServices {
  return {
    get SpreadsheetApp() { return SpreadsheetApp; },
    get CalendarApp() { return CalendarApp; },
    get Calendar() { return typeof Calendar === 'undefined' ? undefined : Calendar; },
    get PropertiesService() { return PropertiesService; },
    get LockService() { return LockService; },
    get ScriptApp() { return ScriptApp; },
    get Session() { return Session; },
    get Utilities() { return Utilities; },
    get HtmlService() { return HtmlService; },
    now: () => Date.now(),
  };
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

/** Simple edit trigger (30 s, no authorised services): warns when a header edit loses the Student ID column. */
export function onEdit(e?: { range?: GoogleAppsScript.Spreadsheet.Range }): void {
  checkHeaders(gas(), e);
}

export function menuSetUpTracker(): Result<string> {
  return runAction(gas(), 'Set up tracker', setUpTracker);
}

export function menuRefreshDeadlines(): Result<string> {
  return runAction(gas(), 'Refresh deadlines', refreshDeadlines);
}

export function menuSyncToCalendar(): Result<string> {
  const startedAt = Date.now();
  return runAction(gas(), 'Sync to Calendar', (g) => syncToCalendar(g, startedAt));
}

/** The one time trigger: continues an unfinished sync (hourly) or refreshes (daily). */
export function casekeeperTimer(): Result<string> {
  const startedAt = Date.now();
  return runAction(gas(), 'Scheduled run', (g) => timerTick(g, startedAt), { alert: false });
}

/** Triggers made by earlier versions (continuation, daily refresh) now run the same work. */
export function continueSync(): Result<string> {
  return casekeeperTimer();
}

export function dailyRefresh(): Result<string> {
  return casekeeperTimer();
}

export function menuImportCsv(): void {
  const html = HtmlService.createHtmlOutput(importDialog).setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, 'Import into Casekeeper');
}

/**
 * Called by the import dialog (google.script.run) with `{ kind: 'csv' | 'ics', text, table? }`: returns
 * the message, or throws it so the dialog shows it. `table` is empty to pick the table by its columns.
 */
export function importFromDialog(request?: { kind?: unknown; text?: unknown; table?: unknown }): string {
  const kind = String(request?.kind ?? 'csv');
  const text = typeof request?.text === 'string' ? request.text : '';
  const table = typeof request?.table === 'string' && request.table !== '' ? request.table : undefined;
  if (text.trim() === '') throw new Error('Choose a file or paste its text first.');
  return dialogAction(gas(), 'Import', (g) => (kind === 'ics' ? importSchoolCalendarIcs(g, text) : importTableCsv(g, text, table)));
}

export function menuExportCsv(): void {
  const options = TABLE_CHOICES.map((t) => `<option value="${t.name}">${t.tab}</option>`).join('');
  const html = HtmlService.createHtmlOutput(exportDialog.replace('<!--TABLES-->', options)).setWidth(460).setHeight(260);
  SpreadsheetApp.getUi().showModalDialog(html, 'Export a tab as CSV');
}

/** Called by the export dialog: the CSV of one table's tab, for the dialog to offer as a download. */
export function exportForDialog(table?: unknown): CsvDownload {
  return dialogAction(gas(), 'Export', (g) => exportTableCsv(g, String(table ?? '')));
}

export function menuStudentCard(): Result<string> {
  const g = gas();
  const shown = guarded(() => showStudentCard(g));
  if (!shown.ok) notify(g, 'Casekeeper: Student card', shown.error.message, { alert: true });
  return shown;
}

/** Log session: a dialog listing the students and their services; it calls logSessionFromDialog. */
export function menuLogSession(): Result<string> {
  const g = gas();
  const result = guarded(() => showLogSession(g));
  if (!result.ok) notify(g, 'Casekeeper: Log session', result.error.message, { alert: true });
  return result;
}

/** Called by the Log session dialog: appends the rows, returns the message (or throws it). */
export function logSessionFromDialog(request?: LogSessionRequest): string {
  return dialogAction(gas(), 'Log session', (g) => logSessions(g, request ?? {}));
}

/** Meeting packet: the selected student's printable packet in a dialog. */
export function menuMeetingPacket(): Result<string> {
  const g = gas();
  const result = guarded(() => showMeetingPacket(g));
  if (!result.ok) notify(g, 'Casekeeper: Meeting packet', result.error.message, { alert: true });
  return result;
}

export function menuSettings(): Result<string> {
  const g = gas();
  const result = guarded(() => openSettings(g, findTab(g, g.SpreadsheetApp.getActiveSpreadsheet(), 'settings')));
  if (!result.ok) notify(g, 'Casekeeper: Settings', result.error.message, { alert: true });
  return result;
}

export function menuMyStudents(): Result<string> {
  return runAction(gas(), 'Show only my students', showMyStudents);
}

export function menuInstallDailyRefresh(): Result<string> {
  return runAction(gas(), 'Daily refresh', installDailyRefresh);
}

export function menuRemoveDailyRefresh(): Result<string> {
  return runAction(gas(), 'Daily refresh', removeDailyRefresh);
}

/** Installable edit trigger (added by Set up tracker): the team audit. */
export function onEditAudit(e?: EditEvent): void {
  guarded(() => {
    auditEdit(gas(), e);
    return { ok: true, value: undefined };
  });
}
