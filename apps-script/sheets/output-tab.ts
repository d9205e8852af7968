import type { GasServices } from './gas-services.ts';
import { DEFAULT_TAB_NAMES, tabRegistry } from './tab-registry.ts';
import { ownName } from './table-tab.ts';

/**
 * A tab Casekeeper writes whole (Progress, Team), made when missing. A tab of that name that is the
 * user's (not recorded as Casekeeper's, and not empty) stays theirs: Casekeeper makes its own under
 * another name and records it.
 *
 * @example outputTab(gas, spreadsheet, 'team').getName() // 'Team', or 'Team (Casekeeper)' beside the user's own
 */
export function outputTab(gas: GasServices, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, key: 'progress' | 'team'): GoogleAppsScript.Spreadsheet.Sheet {
  const registry = tabRegistry(gas);
  const defaultName = DEFAULT_TAB_NAMES[key] as string;
  const found = registry.find(spreadsheet, key, defaultName);
  if (found && (registry.known(key) || (found.getLastRow() === 0 && found.getLastColumn() === 0))) {
    registry.remember(key, found.getName());
    return found;
  }
  let name = found ? ownName(defaultName) : defaultName;
  for (let n = 2; found && spreadsheet.getSheetByName(name); n++) name = `${ownName(defaultName)} ${n}`;
  const sheet = spreadsheet.insertSheet(name);
  registry.remember(key, name);
  return sheet;
}
