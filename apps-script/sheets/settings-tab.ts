import { type IsoDate, type ParsedSettingsTab, parseSettingsTab } from '../../shared/index.ts';
import { isDateValue } from './cell-to-iso-date.ts';
import type { GasServices } from './gas-services.ts';
import { findTab } from './tab-registry.ts';

// The Settings tab's rows and their reading live in shared/ (the district roll-up reads the same tab).
export { SETTINGS_TAB_ROWS as SETTING_ROWS, allowedWords, findSettingRow, settingRows } from '../../shared/index.ts';
export type { AddOnSettings, SettingsTabRow as SettingRow, TeamMode } from '../../shared/index.ts';

/** Everything read from the Settings and School Calendar tabs (the shared `parseSettingsTab`'s reading). */
export type LoadedSettings = ParsedSettingsTab;

/**
 * Turns the Settings and School Calendar tab values into engine and add-on settings: the shared
 * `parseSettingsTab`, with the sheet's Date cells read in its time zone. A bad value is reported by its
 * name and replaced by the default; it never stops a refresh.
 */
export function parseSettingsValues(
  settingsRows: readonly (readonly unknown[])[],
  calendarRows: readonly (readonly unknown[])[],
  toIsoDate: (value: Date) => IsoDate | undefined,
): LoadedSettings {
  return parseSettingsTab(settingsRows, calendarRows, { cellDate: (v) => (isDateValue(v) ? toIsoDate(v) : undefined) });
}

/** Reads the Settings and School Calendar tabs (one read each). Missing tabs mean defaults. */
export function readSettings(
  gas: GasServices,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  toIsoDate: (value: Date) => IsoDate | undefined,
): LoadedSettings {
  const settingsSheet = findTab(gas, spreadsheet, 'settings');
  const calendarSheet = findTab(gas, spreadsheet, 'schoolCalendar');
  const rows = (sheet: GoogleAppsScript.Spreadsheet.Sheet | null): unknown[][] => {
    if (!sheet) return [];
    const last = sheet.getLastRow();
    return last < 2 ? [] : sheet.getRange(2, 1, last - 1, 4).getValues();
  };
  const loaded = parseSettingsValues(rows(settingsSheet), rows(calendarSheet), toIsoDate);
  // Without a Settings tab there is nothing to complete (Set up tracker makes it).
  return settingsSheet ? loaded : { ...loaded, missing: [] };
}
