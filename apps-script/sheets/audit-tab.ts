import type { GasServices } from './gas-services.ts';
import { findTab } from './tab-registry.ts';

/** Audit tab headers: who did what, when and where. Never cell contents (no student data). */
export const AUDIT_HEADERS = ['When', 'Who', 'Action', 'Where', 'Count'] as const;

/**
 * Appends one line to the Audit tab (one call). `where` names a sheet, row and column, never a value.
 */
export function appendAudit(
  gas: GasServices,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  entry: { who: string; action: string; where?: string; count?: number },
): void {
  const sheet = findTab(gas, spreadsheet, 'audit');
  if (!sheet) return;
  sheet.appendRow([new Date(gas.now()), entry.who || 'unknown', entry.action, entry.where ?? '', entry.count ?? '']);
}
