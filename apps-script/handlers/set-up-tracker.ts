import { type Result, ok } from '../../shared/index.ts';
import { TRIGGER_HANDLERS } from '../menu.ts';
import { appendAudit } from '../sheets/audit-tab.ts';
import { currentUser } from '../sheets/document-lock.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { type SetupReport, setUpAuditTab, setUpCaseloadTab, setUpSchoolCalendarTab, setUpSettingsTab } from '../sheets/setup-tabs.ts';
import { ensureEditTrigger } from '../sheets/triggers.ts';
import { refreshCore } from './refresh-deadlines.ts';

/**
 * Set up tracker: creates or adopts the Caseload tab (computed columns, formatting, validation,
 * protection), the Settings, School Calendar and Audit tabs, the audit edit trigger, then refreshes so
 * every row has its key and deadlines. Safe to run again (nothing is duplicated).
 */
export function setUpTracker(gas: GasServices): Result<string> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const report: SetupReport = { created: [] };
  setUpCaseloadTab(gas, spreadsheet, report);
  setUpSettingsTab(gas, spreadsheet, report);
  setUpSchoolCalendarTab(gas, spreadsheet, report);
  setUpAuditTab(gas, spreadsheet, report);
  ensureEditTrigger(gas, TRIGGER_HANDLERS.auditEdit, spreadsheet);
  appendAudit(gas, spreadsheet, { who: currentUser(gas), action: 'Set up tracker' });
  const refreshed = refreshCore(gas, spreadsheet);
  const lines: string[] = [];
  if (report.adopted) lines.push(`Your tab "${report.adopted}" is now the Caseload tab; its columns were kept and Casekeeper's columns added at the right.`);
  if (report.created.length > 0) lines.push(`Created: ${report.created.join(', ')}.`);
  lines.push('Fill in the Settings tab (your state, thresholds, team mode), then add students on the Caseload tab.');
  if (refreshed.ok) lines.push(refreshed.value.summary, ...refreshed.value.warnings);
  else lines.push(refreshed.error.message);
  return ok(lines.join('\n\n'));
}
