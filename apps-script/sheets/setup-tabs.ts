import { STATUS_STYLES, TRACKER_COLUMNS, US_STATE_CODES, columnLetters, mapHeaders } from '../../shared/index.ts';
import { AUDIT_HEADERS } from './audit-tab.ts';
import type { GasServices } from './gas-services.ts';
import { completeSettingsTab } from './complete-settings-tab.ts';
import { tabRegistry } from './tab-registry.ts';
import { CASELOAD_LAYOUT, LEGACY_MARK_HEADER } from './tab-layouts.ts';
import { type TabLayout, type TabPlan, applyTabLayout, findComputed, headerNote, headerRow, headersFit, markedColumnId, ownName, planTab } from './table-tab.ts';
import { TAB } from './tracker-layout.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;


/** What set-up did, for the message to the user. */
export interface SetupReport {
  adopted?: string;
  created: string[];
}

export { ensureColumns, ensureRows } from './table-tab.ts';


/**
 * Plans the Caseload tab: Casekeeper's own (recorded or marked), an empty or fitting "Caseload" tab, or
 * else the first tab whose header row names a Student ID column (renamed to Caseload after the user
 * agrees, its own columns kept), or else a new tab.
 */
export function planCaseload(gas: GasServices, spreadsheet: Spreadsheet): TabPlan {
  const registry = tabRegistry(gas);
  const computed = CASELOAD_LAYOUT.computed;
  const fits = (headers: readonly string[]) => mapHeaders([...headers]).missingRequired.length === 0;
  const plan = planTab(spreadsheet, {
    key: 'caseload',
    defaultName: TAB.caseload,
    ...(registry.known('caseload') ? { known: registry.name('caseload', TAB.caseload) } : {}),
    fits,
    computed,
    legacyKey: LEGACY_MARK_HEADER,
  });
  if (plan.action !== 'create' || spreadsheet.getSheetByName(TAB.caseload)) return plan;
  for (const sheet of spreadsheet.getSheets()) {
    const { headers } = headerRow(sheet);
    if (headers.length === 0 || !fits(headers)) continue;
    const { clashes } = findComputed(headers, headerRow(sheet).notes, computed, LEGACY_MARK_HEADER);
    return {
      key: 'caseload',
      name: TAB.caseload,
      action: 'adopt',
      sheet,
      notices: [
        `Use your tab "${sheet.getName()}" as the Caseload tab (renamed "Caseload"); its columns and rows stay as they are.`,
        ...clashes.map((h) => `Your column "${h}" stays yours, untouched: Casekeeper adds its own column "${ownName(h)}" instead.`),
      ],
    };
  }
  return plan;
}

/**
 * Creates or adopts the Caseload tab through the table-tab mechanism (computed columns added and marked,
 * header frozen and bold, validation by column type, hidden key and event columns, widths, warning-only
 * protection of Casekeeper's columns), then colours rows by status with STATUS_STYLES.
 */
export function setUpCaseloadTab(gas: GasServices, spreadsheet: Spreadsheet, plan: TabPlan, report: SetupReport): Sheet {
  if (plan.action === 'create') report.created.push(plan.name);
  if (plan.sheet && plan.sheet.getName() !== plan.name) {
    report.adopted = plan.sheet.getName();
    plan.sheet.setName(plan.name);
  }
  const applied = applyTabLayout(gas, spreadsheet, plan, CASELOAD_LAYOUT, { index: 0, legacyKey: LEGACY_MARK_HEADER });
  tabRegistry(gas).remember('caseload', plan.name);
  const { sheet, positions, lastColumn, headers } = applied;
  const dataRows = sheet.getMaxRows() - 1;
  const computedAt = new Set(Object.values(positions));
  const { map } = mapHeaders(headers.map((h, i) => (computedAt.has(i) ? '' : h)));
  const stateRule = gas.SpreadsheetApp.newDataValidation()
    .requireValueInList([...US_STATE_CODES], true)
    .setAllowInvalid(true)
    .setHelpText('A two-letter state code, only when it differs from the Settings tab.')
    .build();
  for (const [position, key] of Object.entries(map)) {
    const column = TRACKER_COLUMNS.find((c) => c.key === key);
    if (column?.type === 'state') sheet.getRange(2, Number(position) + 1, dataRows, 1).setDataValidation(stateRule);
  }
  // Status colours: the whole row takes its status's print-safe colours.
  const statusLetter = columnLetters(positions.status as number);
  const rowRange = sheet.getRange(2, 1, dataRows, lastColumn);
  const ours = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) =>
    rule.getBooleanCondition()?.getCriteriaValues().some((v) => /^=\$[A-Z]+2="/.test(String(v)) && Object.values(STATUS_STYLES).some((st) => String(v).endsWith(`="${st.label}"`))) ?? false;
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
  return sheet;
}

/** Plans one of the other table tabs (Services, Service Log, …). */
export function planTableTab(gas: GasServices, spreadsheet: Spreadsheet, layout: TabLayout): TabPlan {
  const registry = tabRegistry(gas);
  return planTab(spreadsheet, {
    key: layout.key,
    defaultName: layout.spec.tab,
    ...(registry.known(layout.key) ? { known: registry.name(layout.key, layout.spec.tab) } : {}),
    fits: (headers) => headersFit(layout.spec, headers),
    computed: layout.computed,
  });
}

/** Creates or completes one table tab from its plan, and records it as Casekeeper's. */
export function setUpTableTab(gas: GasServices, spreadsheet: Spreadsheet, plan: TabPlan, layout: TabLayout, report: SetupReport): Sheet {
  if (plan.action === 'create') report.created.push(plan.name);
  const applied = applyTabLayout(gas, spreadsheet, plan, layout, { rows: 200 });
  tabRegistry(gas).remember(layout.key, plan.name);
  return applied.sheet;
}

/** Plans one of Casekeeper's own tabs (Settings, School Calendar, Audit): kept when its header row is ours. */
export function planOwnTab(gas: GasServices, spreadsheet: Spreadsheet, key: 'settings' | 'schoolCalendar' | 'audit'): TabPlan {
  const registry = tabRegistry(gas);
  const first: Record<typeof key, string> = { settings: 'Setting', schoolCalendar: 'Type', audit: AUDIT_HEADERS[0] };
  return planTab(spreadsheet, {
    key,
    defaultName: TAB[key],
    ...(registry.known(key) ? { known: registry.name(key, TAB[key]) } : {}),
    // A tab set up by an earlier Casekeeper (its first header is ours and marked, or exactly ours).
    fits: (headers, notes) => headers[0] === first[key] && (markedColumnId(notes[0]) === key || registry.known(key) || headers.length <= 5),
  });
}

function startOwnTab(gas: GasServices, spreadsheet: Spreadsheet, plan: TabPlan, report: SetupReport): { sheet: Sheet; fresh: boolean } {
  tabRegistry(gas).remember(plan.key, plan.name);
  if (plan.sheet && plan.sheet.getLastColumn() > 0) return { sheet: plan.sheet, fresh: false };
  if (!plan.sheet) report.created.push(plan.name);
  return { sheet: plan.sheet ?? spreadsheet.insertSheet(plan.name), fresh: true };
}

/**
 * Creates the Settings tab with every setting (name, value, default, citation, help, and a check on each
 * value), or completes an existing one for its state, keeping the team's values.
 */
export function setUpSettingsTab(gas: GasServices, spreadsheet: Spreadsheet, plan: TabPlan, report: SetupReport): Sheet {
  const { sheet, fresh } = startOwnTab(gas, spreadsheet, plan, report);
  completeSettingsTab(gas, sheet);
  if (!fresh) return sheet;
  sheet.getRange(1, 1).setNote(headerNote('Casekeeper settings: change column B, then choose Refresh deadlines.', 'settings'));
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 260);
  sheet.setColumnWidth(2, 200);
  sheet.setColumnWidth(3, 160);
  sheet.setColumnWidth(4, 260);
  sheet.setColumnWidth(5, 520);
  return sheet;
}

/** Creates the School Calendar tab (school years and closures) with an example-free header and lists. */
export function setUpSchoolCalendarTab(gas: GasServices, spreadsheet: Spreadsheet, plan: TabPlan, report: SetupReport): Sheet {
  const { sheet, fresh } = startOwnTab(gas, spreadsheet, plan, report);
  if (!fresh) return sheet;
  sheet.getRange(1, 1, 1, 5).setValues([['Type', 'Name', 'From', 'To', 'How to fill this in']]);
  sheet.getRange(1, 1).setNote(headerNote('School years and closures, read by Casekeeper to count school days.', 'schoolCalendar'));
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

/**
 * Creates the Audit tab. It is protected with a warning only, so that every editor (today's and those
 * added later) can still run Casekeeper, whose runs and the team's edits are appended here; a hand edit
 * of the tab shows Sheets' warning first and is itself logged by the audit trigger.
 */
export function setUpAuditTab(gas: GasServices, spreadsheet: Spreadsheet, plan: TabPlan, report: SetupReport): Sheet {
  const { sheet, fresh } = startOwnTab(gas, spreadsheet, plan, report);
  if (fresh) {
    sheet.getRange(1, 1, 1, AUDIT_HEADERS.length).setValues([[...AUDIT_HEADERS]]).setFontWeight('bold');
    sheet.getRange(1, 1).setNote(headerNote('Casekeeper audit log: who ran what and who edited which row and column, never a value.', 'audit'));
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 160);
    sheet.setColumnWidth(2, 220);
    sheet.setColumnWidth(4, 320);
  }
  // An older set-up protected the tab for the editors of that day only: replace it with a warning.
  for (const p of sheet.getProtections(gas.SpreadsheetApp.ProtectionType.SHEET)) if (p.getDescription() === AUDIT_PROTECTION) p.remove();
  sheet.protect().setDescription(AUDIT_PROTECTION).setWarningOnly(true);
  return sheet;
}

/** Description of the Audit tab's protection. */
export const AUDIT_PROTECTION = 'Casekeeper audit log';
