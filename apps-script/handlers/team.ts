import { type Result, fail, ok } from '../../shared/index.ts';
import { appendAudit } from '../sheets/audit-tab.ts';
import { currentUser } from '../sheets/document-lock.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { readTracker } from '../sheets/read-tracker.ts';
import { DEFAULT_TAB_NAMES, tabRegistry } from '../sheets/tab-registry.ts';

/** The parts of an edit event the audit needs (Apps Script's `e` for an installable edit trigger). */
export interface EditEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
  user?: GoogleAppsScript.Base.User | { getEmail(): string };
}

/**
 * Audit for team mode (installable edit trigger): appends who changed which tab, row and column, and
 * when, to the Audit tab. Never the cell's old or new value. The Audit tab's own edits are not logged.
 */
export function auditEdit(gas: GasServices, event: EditEvent | undefined): void {
  const range = event?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const name = sheet.getName();
  const isAudit = name === tabRegistry(gas).name('audit', DEFAULT_TAB_NAMES.audit as string);
  const row = range.getRow();
  const column = range.getColumn();
  const rows = range.getNumRows();
  const columns = range.getNumColumns();
  const header = String(sheet.getRange(1, column).getValue() ?? '');
  const where =
    rows === 1 && columns === 1
      ? `${name} row ${row}, column "${header}"`
      : `${name} rows ${row}–${row + rows - 1}, from column "${header}" (${columns} column${columns === 1 ? '' : 's'})`;
  let who: string;
  try {
    who = event?.user?.getEmail() ?? '';
  } catch {
    who = '';
  }
  appendAudit(gas, sheet.getParent(), { who: who || currentUser(gas), action: isAudit ? 'Audit tab edited by hand' : 'Edit', where, count: rows * columns });
}

/**
 * Show only my students: a filter on the Caseload tab keeping rows whose Case Manager is the signed-in
 * person's email (Data > Remove filter shows everyone again).
 */
export function showMyStudents(gas: GasServices): Result<string> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const read = readTracker(gas, spreadsheet);
  if (!read.ok) return read;
  const tracker = read.value;
  const me = currentUser(gas);
  if (!me) return fail('no-email', 'Google did not tell Casekeeper your email address, so it cannot pick out your students.');
  const position = Object.entries(tracker.inputMap).find(([, key]) => key === 'caseManager')?.[0];
  if (position === undefined) return fail('no-case-manager-column', 'The Caseload tab has no "Case Manager" column. Add one with each student\'s case manager email.');
  const { sheet } = tracker;
  sheet.getFilter()?.remove();
  const rows = Math.max(1, tracker.values.length) + 1;
  const filter = sheet.getRange(1, 1, rows, tracker.lastColumn).createFilter();
  filter.setColumnFilterCriteria(Number(position) + 1, gas.SpreadsheetApp.newFilterCriteria().whenTextEqualTo(me).build());
  spreadsheet.setActiveSheet(sheet);
  return ok(`Showing the students whose Case Manager is ${me}. To see everyone again: Data > Remove filter.`);
}

/**
 * The simple edit trigger's check (30 s, no authorised services): a header edit on the Caseload tab that
 * loses a required column is named in a toast at once.
 */
export function checkHeaders(gas: GasServices, event: { range?: GoogleAppsScript.Spreadsheet.Range } | undefined): void {
  const range = event?.range;
  if (!range || range.getRow() !== 1) return;
  const sheet = range.getSheet();
  const spreadsheet = sheet.getParent();
  if (sheet.getName() !== tabRegistry(gas).name('caseload', DEFAULT_TAB_NAMES.caseload as string)) return;
  const read = readTracker(gas, spreadsheet);
  if (!read.ok) spreadsheet.toast(read.error.message, 'Casekeeper', 15);
}
