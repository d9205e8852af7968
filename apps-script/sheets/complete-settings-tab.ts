import { type SettingsTabRow, allowedWords, findSettingRow, settingChoice, settingRows } from '../../shared/index.ts';
import type { GasServices } from './gas-services.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Settings tab's header row. */
export const SETTINGS_HEADERS = ['Setting', 'Value', 'Default', 'Citation', 'What it means'] as const;

/** A choice cell written in its current words ("anniversary" → "on the anniversary"); anything else as it was. */
function currentWords(row: SettingsTabRow, value: unknown): unknown {
  if (typeof value !== 'string' || value.trim() === '') return value;
  return settingChoice(row.id, value)?.label ?? value;
}

function validation(gas: GasServices, row: SettingsTabRow): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = gas.SpreadsheetApp.newDataValidation();
  if (row.choices) return builder.requireValueInList([...row.choices], true).setAllowInvalid(false).setHelpText(allowedWords(row)).build();
  if (row.range) return builder.requireNumberBetween(row.range.min, row.range.max).setAllowInvalid(row.range.noneAllowed === true).setHelpText(allowedWords(row)).build();
  return null;
}

/**
 * Brings the Settings tab up to date for the state it names, keeping every value the team typed: the
 * header (Setting, Value, Default, Citation, What it means), each of Casekeeper's rows with its current
 * name, default, citation and help, a row for every setting the state's rules have and the tab does not
 * (Value blank: the default applies), and each Value cell's check with its message. Rows that are not
 * Casekeeper's are left as they are. One read and one write of the tab, plus one check per row.
 *
 * @example completeSettingsTab(gas, spreadsheet.getSheetByName('Settings')) // a tab made for TX gains "ARD may wait until fall … (Texas)"
 */
export function completeSettingsTab(gas: GasServices, sheet: Sheet): void {
  const width = SETTINGS_HEADERS.length;
  const last = sheet.getLastRow();
  const existing = last >= 2 ? sheet.getRange(2, 1, last - 1, width).getValues() : [];
  const ours = existing.map((cells) => findSettingRow(cells[0]));
  const stateAt = ours.findIndex((r) => r?.kind === 'state');
  const state = stateAt >= 0 ? String(existing[stateAt]?.[1] ?? '').trim() : '';
  const present = new Set(ours.flatMap((r) => (r ? [r.id] : [])));
  const added = settingRows(state).filter((r) => !present.has(r.id));
  const rows: (SettingsTabRow | undefined)[] = [...ours, ...added];
  const values = [
    ...existing.map((cells, i) => {
      const row = ours[i];
      return row ? [row.label, currentWords(row, cells[1]), row.defaultText, row.citation, row.help] : cells;
    }),
    ...added.map((row) => [row.label, row.initial, row.defaultText, row.citation, row.help]),
  ];
  sheet.getRange(1, 1, 1, width).setValues([[...SETTINGS_HEADERS]]).setFontWeight('bold');
  if (values.length === 0) return;
  // The old checks first: a value in its current words may not be in an older list.
  const valueColumn = sheet.getRange(2, 2, values.length, 1);
  valueColumn.clearDataValidations();
  sheet.getRange(2, 1, values.length, width).setValues(values);
  rows.forEach((row, i) => {
    const rule = row ? validation(gas, row) : null;
    if (rule) sheet.getRange(i + 2, 2).setDataValidation(rule);
  });
}
