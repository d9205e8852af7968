/** Test helper: an empty tracking sheet laid out exactly as the add-on lays it out (its tabs, headers and computed columns). */
import { TAB_LAYOUTS } from '../../apps-script/sheets/tab-layouts.ts';
import type { Cell } from './sheets-v4-server.ts';

/**
 * Every table tab the add-on makes: the table's headers, then its computed columns; `extra` adds a team's
 * own columns in front of a tab's headers (by tab name).
 */
export function addOnSheet(extra: Record<string, readonly string[]> = {}): Record<string, Cell[][]> {
  const tabs: Record<string, Cell[][]> = {};
  for (const layout of TAB_LAYOUTS) {
    const headers = [...layout.spec.columns.map((c) => c.header), ...layout.computed.map((c) => c.header)];
    tabs[layout.spec.tab] = [[...(extra[layout.spec.tab] ?? []), ...headers]];
  }
  return tabs;
}
