import { type AddOnSettings, type IsoDate, SETTINGS_TAB_ROWS, type Settings, parseSettingsTab } from '../../shared/index.ts';
import { isDateValue } from './cell-to-iso-date.ts';
import type { GasServices } from './gas-services.ts';
import { findTab } from './tab-registry.ts';

export type { AddOnSettings, TeamMode } from '../../shared/index.ts';

/** The Settings tab rows, in order (shared with the district roll-up, which reads the same tab). */
export const SETTING_ROWS = SETTINGS_TAB_ROWS;

/** Everything read from the Settings and School Calendar tabs. */
export interface LoadedSettings {
  settings: Settings;
  addOn: AddOnSettings;
  /** Settings that could not be used (their defaults apply), in a teacher's words. */
  problems: string[];
}

/**
 * Turns the Settings and School Calendar tab values into engine and add-on settings (the shared
 * `parseSettingsTab`, with the sheet's Date cells read in its time zone). A bad value is reported by its
 * label and replaced by the default; it never stops a refresh.
 */
export function parseSettingsValues(
  settingsRows: readonly (readonly unknown[])[],
  calendarRows: readonly (readonly unknown[])[],
  toIsoDate: (value: Date) => IsoDate | undefined,
): LoadedSettings {
  const { settings, addOn, problems } = parseSettingsTab(settingsRows, calendarRows, { cellDate: (v) => (isDateValue(v) ? toIsoDate(v) : undefined) });
  return { settings, addOn, problems };
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
  return parseSettingsValues(rows(settingsSheet), rows(calendarSheet), toIsoDate);
}
