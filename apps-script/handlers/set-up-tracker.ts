import { type Result, fail, ok } from '../../shared/index.ts';
import { TRIGGER_HANDLERS } from '../menu.ts';
import { appendAudit } from '../sheets/audit-tab.ts';
import { currentUser } from '../sheets/document-lock.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import {
  type SetupReport,
  planCaseload,
  planOwnTab,
  planTableTab,
  setUpAuditTab,
  setUpCaseloadTab,
  setUpSchoolCalendarTab,
  setUpSettingsTab,
  setUpTableTab,
} from '../sheets/setup-tabs.ts';
import { TAB_LAYOUTS } from '../sheets/tab-layouts.ts';
import type { TabPlan } from '../sheets/table-tab.ts';
import { ensureEditTrigger } from '../sheets/triggers.ts';
import { refreshCore } from './refresh-deadlines.ts';

/**
 * Asks the person to agree before set-up touches anything of theirs (a tab adopted, a name shared with a
 * tab or column of theirs). Without a UI to ask, nothing is done.
 */
function agreed(gas: GasServices, notices: readonly string[]): boolean {
  if (notices.length === 0) return true;
  let ui: GoogleAppsScript.Base.Ui;
  try {
    ui = gas.SpreadsheetApp.getUi();
  } catch {
    return false;
  }
  const answer = ui.alert(
    'Casekeeper: before setting up',
    `This spreadsheet already has tabs or columns of yours that Casekeeper would meet:\n\n${notices.map((n) => `• ${n}`).join('\n')}\n\nNothing has been changed yet. Go ahead?`,
    ui.ButtonSet.YES_NO,
  );
  return answer === ui.Button.YES;
}

/**
 * Set up tracker: plans every tab first (Caseload, Settings, School Calendar, Audit, then one tab per
 * caseload table), shows anything that concerns the user's own tabs or columns and waits for their
 * word, then creates or completes the tabs through the table-tab mechanism, adds the audit edit trigger
 * and refreshes. Safe to run again (nothing is duplicated).
 */
export function setUpTracker(gas: GasServices): Result<string> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const report: SetupReport = { created: [] };
  const caseload = planCaseload(gas, spreadsheet);
  const own = (['settings', 'schoolCalendar', 'audit'] as const).map((key) => planOwnTab(gas, spreadsheet, key));
  const tables = TAB_LAYOUTS.filter((l) => l.key !== 'caseload').map((layout) => ({ layout, plan: planTableTab(gas, spreadsheet, layout) }));
  const plans: TabPlan[] = [caseload, ...own, ...tables.map((t) => t.plan)];
  const notices = plans.flatMap((p) => p.notices);
  if (!agreed(gas, notices)) return fail('set-up-declined', 'Set-up stopped at your word. Nothing was changed.');

  setUpCaseloadTab(gas, spreadsheet, caseload, report);
  const [settings, schoolCalendar, audit] = own as [TabPlan, TabPlan, TabPlan];
  setUpSettingsTab(gas, spreadsheet, settings, report);
  setUpSchoolCalendarTab(gas, spreadsheet, schoolCalendar, report);
  for (const { layout, plan } of tables) setUpTableTab(gas, spreadsheet, plan, layout, report);
  setUpAuditTab(gas, spreadsheet, audit, report);
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
