import { STATUS_STYLES, TRACKER_COLUMNS, US_STATE_CODES, mapHeaders } from '../../shared/index.ts';
import { AUDIT_HEADERS } from './audit-tab.ts';
import type { GasServices } from './gas-services.ts';
import { SETTING_ROWS } from './settings-tab.ts';
import { CANONICAL_HEADERS, COMPUTED_COLUMNS, TAB, findComputedColumns } from './tracker-layout.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PROTECTION_NOTE = 'Casekeeper columns (written by Refresh and Sync)';
const HEADER_NOTE = 'Casekeeper header row';

/** What set-up did, for the message to the user. */
export interface SetupReport {
  adopted?: string;
  created: string[];
}

function columnLetter(position: number): string {
  let n = position + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A new tab has 26 columns; the tracker needs more. */
export function ensureColumns(sheet: Sheet, count: number): void {
  const max = sheet.getMaxColumns();
  if (max < count) sheet.insertColumnsAfter(max, count - max);
}

/** Makes room for `count` rows (appending to a full tab would fail). */
export function ensureRows(sheet: Sheet, count: number): void {
  const max = sheet.getMaxRows();
  if (max < count) sheet.insertRowsAfter(max, count - max);
}

/**
 * Finds the tracker: the Caseload tab, or else the first tab whose header row names a Student ID column
 * (renamed to Caseload, its own columns kept), or else a new tab with the canonical headers.
 */
function findOrCreateCaseload(spreadsheet: Spreadsheet, report: SetupReport): Sheet {
  const existing = spreadsheet.getSheetByName(TAB.caseload);
  if (existing) return existing;
  for (const sheet of spreadsheet.getSheets()) {
    const lastColumn = sheet.getLastColumn();
    if (lastColumn < 1) continue;
    const headers = sheet.getRange(1, 1, 1, lastColumn).getValues()[0]?.map(String) ?? [];
    if (mapHeaders(headers).missingRequired.length === 0) {
      report.adopted = sheet.getName();
      sheet.setName(TAB.caseload);
      return sheet;
    }
  }
  report.created.push(TAB.caseload);
  const sheet = spreadsheet.insertSheet(TAB.caseload, 0);
  ensureColumns(sheet, CANONICAL_HEADERS.length);
  sheet.getRange(1, 1, 1, CANONICAL_HEADERS.length).setValues([[...CANONICAL_HEADERS]]);
  return sheet;
}

/**
 * Creates or adopts the Caseload tab and formats it: computed columns added, header frozen, bold and
 * protected (warning), hidden key and event columns, readable widths, date and list validation, status
 * colours from STATUS_STYLES, and Casekeeper's columns protected for the sheet's current editors.
 */
export function setUpCaseloadTab(gas: GasServices, spreadsheet: Spreadsheet, report: SetupReport): Sheet {
  const sheet = findOrCreateCaseload(spreadsheet, report);
  let lastColumn = sheet.getLastColumn();
  let headers = sheet.getRange(1, 1, 1, lastColumn).getValues()[0]?.map((h) => String(h ?? '')) ?? [];
  let computed = findComputedColumns(headers);
  const missing = COMPUTED_COLUMNS.filter((c) => computed[c.id] === undefined);
  if (missing.length > 0) {
    ensureColumns(sheet, lastColumn + missing.length);
    sheet.getRange(1, lastColumn + 1, 1, missing.length).setValues([missing.map((c) => c.header)]);
    lastColumn += missing.length;
    headers = [...headers, ...missing.map((c) => c.header)];
    computed = findComputedColumns(headers);
  }
  const maxRows = Math.max(sheet.getMaxRows(), 1000);
  if (sheet.getMaxRows() < maxRows) sheet.insertRowsAfter(sheet.getMaxRows(), maxRows - sheet.getMaxRows());
  const dataRows = maxRows - 1;
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, lastColumn).setFontWeight('bold').setBackground('#E8EAED').setFontColor('#1F1F1F');

  const computedPositions = new Set(Object.values(computed));
  const { map } = mapHeaders(headers.map((h, i) => (computedPositions.has(i) ? '' : h)));
  const dateRule = gas.SpreadsheetApp.newDataValidation()
    .requireDate()
    .setAllowInvalid(true)
    .setHelpText('Type a date like 9/2/2025. Casekeeper marks anything else in the notes column.')
    .build();
  const stateRule = gas.SpreadsheetApp.newDataValidation()
    .requireValueInList([...US_STATE_CODES], true)
    .setAllowInvalid(true)
    .setHelpText('A two-letter state code, only when it differs from the Settings tab.')
    .build();
  for (const [position, key] of Object.entries(map)) {
    const column = TRACKER_COLUMNS.find((c) => c.key === key);
    if (!column) continue;
    const range = sheet.getRange(2, Number(position) + 1, dataRows, 1);
    if (column.type === 'date') range.setDataValidation(dateRule).setNumberFormat('yyyy-mm-dd');
    if (column.type === 'state') range.setDataValidation(stateRule);
    sheet.setColumnWidth(Number(position) + 1, column.type === 'date' ? 110 : key === 'notes' ? 240 : 130);
  }
  for (const c of COMPUTED_COLUMNS) {
    const position = computed[c.id] as number;
    sheet.setColumnWidth(position + 1, c.width);
    if (c.date) sheet.getRange(2, position + 1, dataRows, 1).setNumberFormat('yyyy-mm-dd');
    if (c.hidden) sheet.hideColumns(position + 1);
  }

  // Status colours: the whole row takes its status's print-safe colours.
  const statusLetter = columnLetter(computed.status as number);
  const rowRange = sheet.getRange(2, 1, dataRows, lastColumn);
  const ours = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) =>
    rule.getBooleanCondition()?.getCriteriaValues().some((v) => String(v).includes(`$${statusLetter}2=`)) ?? false;
  const keep = sheet.getConditionalFormatRules().filter((r) => !ours(r));
  const rules = (['overdue', 'urgent', 'soon', 'done'] as const).map((status) =>
    gas.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=$${statusLetter}2="${STATUS_STYLES[status].label}"`)
      .setBackground(STATUS_STYLES[status].background)
      .setFontColor(STATUS_STYLES[status].text)
      .setRanges([rowRange])
      .build(),
  );
  sheet.setConditionalFormatRules([...keep, ...rules]);

  protectCaseload(gas, spreadsheet, sheet, computed, lastColumn);
  return sheet;
}

function protectCaseload(gas: GasServices, spreadsheet: Spreadsheet, sheet: Sheet, computed: Record<string, number>, lastColumn: number): void {
  const type = gas.SpreadsheetApp.ProtectionType.RANGE;
  for (const p of sheet.getProtections(type)) {
    const d = p.getDescription();
    if (d === PROTECTION_NOTE || d === HEADER_NOTE) p.remove();
  }
  sheet.getRange(1, 1, 1, lastColumn).protect().setDescription(HEADER_NOTE).setWarningOnly(true);
  const editors = spreadsheet.getEditors().map((e) => e.getEmail());
  const positions = COMPUTED_COLUMNS.map((c) => computed[c.id] as number).sort((a, b) => a - b);
  const first = positions[0] as number;
  const last = positions[positions.length - 1] as number;
  // Casekeeper's columns sit together at the end of a set-up sheet; an adopted sheet may have moved them,
  // so each column is protected on its own then.
  const blocks = last - first + 1 === positions.length ? [[first, last]] : positions.map((p) => [p, p]);
  for (const [from, to] of blocks) {
    const protection = sheet
      .getRange(2, (from as number) + 1, sheet.getMaxRows() - 1, (to as number) - (from as number) + 1)
      .protect()
      .setDescription(PROTECTION_NOTE);
    if (editors.length > 0) protection.addEditors(editors);
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  }
}

/** Creates the Settings tab with every setting, its default and help, and lists for choices. */
export function setUpSettingsTab(gas: GasServices, spreadsheet: Spreadsheet, report: SetupReport): Sheet {
  const existing = spreadsheet.getSheetByName(TAB.settings);
  if (existing) return existing;
  report.created.push(TAB.settings);
  const sheet = spreadsheet.insertSheet(TAB.settings);
  const rows = [['Setting', 'Value', 'What it means'], ...SETTING_ROWS.map((r) => [r.label, r.initial, r.help])];
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
  sheet.getRange(1, 1, 1, 3).setFontWeight('bold');
  sheet.setFrozenRows(1);
  SETTING_ROWS.forEach((r, i) => {
    if (!r.choices) return;
    sheet
      .getRange(i + 2, 2)
      .setDataValidation(gas.SpreadsheetApp.newDataValidation().requireValueInList([...r.choices], true).setAllowInvalid(false).build());
  });
  sheet.setColumnWidth(1, 230);
  sheet.setColumnWidth(2, 230);
  sheet.setColumnWidth(3, 520);
  return sheet;
}

/** Creates the School Calendar tab (school years and closures) with an example-free header and lists. */
export function setUpSchoolCalendarTab(gas: GasServices, spreadsheet: Spreadsheet, report: SetupReport): Sheet {
  const existing = spreadsheet.getSheetByName(TAB.schoolCalendar);
  if (existing) return existing;
  report.created.push(TAB.schoolCalendar);
  const sheet = spreadsheet.insertSheet(TAB.schoolCalendar);
  sheet.getRange(1, 1, 1, 5).setValues([['Type', 'Name', 'From', 'To', 'How to fill this in']]);
  sheet.getRange(1, 1, 1, 5).setFontWeight('bold');
  sheet.getRange(2, 5).setValue('One row per school year (first and last day) and per closure (a day, or From–To). Or use Casekeeper > Import CSV… to load the district .ics calendar.');
  sheet.setFrozenRows(1);
  sheet.getRange(2, 1, 499, 1).setDataValidation(
    gas.SpreadsheetApp.newDataValidation().requireValueInList(['School year', 'Closure'], true).setAllowInvalid(false).build(),
  );
  sheet.getRange(2, 3, 499, 2).setDataValidation(gas.SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build()).setNumberFormat('yyyy-mm-dd');
  sheet.setColumnWidth(2, 220);
  sheet.setColumnWidth(5, 420);
  return sheet;
}

/** Creates the Audit tab, protected so that only the person setting up (and the edit trigger) writes it. */
export function setUpAuditTab(gas: GasServices, spreadsheet: Spreadsheet, report: SetupReport): Sheet {
  const existing = spreadsheet.getSheetByName(TAB.audit);
  if (existing) return existing;
  report.created.push(TAB.audit);
  const sheet = spreadsheet.insertSheet(TAB.audit);
  sheet.getRange(1, 1, 1, AUDIT_HEADERS.length).setValues([[...AUDIT_HEADERS]]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 160);
  sheet.setColumnWidth(2, 220);
  sheet.setColumnWidth(4, 320);
  const protection = sheet.protect().setDescription('Casekeeper audit log');
  const me = gas.Session.getEffectiveUser();
  protection.addEditor(me);
  protection.removeEditors(protection.getEditors().filter((e) => e.getEmail() !== me.getEmail()).map((e) => e.getEmail()));
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return sheet;
}
