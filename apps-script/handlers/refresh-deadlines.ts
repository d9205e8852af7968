import { type GoalProgress, NO_STUDENT_TABLES, type ServiceCompliance, presentStudentName, type Result, type StudentDeadlines, STATUS_STYLES, type TableName, computeDeadlines, computeServiceCompliance, evaluateGoals, fail, ok } from '../../shared/index.ts';
import { checkCanWriteColumns } from '../sheets/can-write.ts';
import { computedCells, openDeadlines } from '../sheets/computed-values.ts';
import type { GasServices } from '../sheets/gas-services.ts';
import { type RowOutcome, interpretRows } from '../sheets/interpret-rows.ts';
import { type Tracker, readTracker } from '../sheets/read-tracker.ts';
import { type ComputedTabCells, type StudentTablesRead, readStudentTables, writeTableNotes } from '../sheets/read-student-tables.ts';
import { goalVerdictCells } from '../sheets/goal-verdict-cells.ts';
import { serviceComplianceCells } from '../sheets/service-compliance-cells.ts';
import type { TableTab } from '../sheets/table-tab.ts';
import { outputTab } from '../sheets/output-tab.ts';
import { writeProgressTab } from '../sheets/progress-tab.ts';
import { teamRows, teamTabCells, writeTeamTab } from '../sheets/team-tab.ts';
import { teamWorkload } from '../sheets/team-workload.ts';
import { findTab, tabRegistry } from '../sheets/tab-registry.ts';
import { rowKeyMaker } from '../sheets/row-key.ts';
import { type LoadedSettings, readSettings } from '../sheets/settings-tab.ts';
import { completeSettingsTab } from '../sheets/complete-settings-tab.ts';
import { COMPUTED_COLUMNS } from '../sheets/tracker-layout.ts';
import { ensureComputedColumns, verifyUnchangedLayout, writeComputed } from '../sheets/write-tracker.ts';

/** The tracker after a refresh: rows, their deadlines and what to tell the user. */
export interface Refreshed {
  tracker: Tracker;
  loaded: LoadedSettings;
  outcomes: RowOutcome[];
  deadlines: Map<number, StudentDeadlines>;
  /** Warnings to show (time zones, settings). */
  warnings: string[];
  summary: string;
}

/**
 * Refresh deadlines: one batched read of the Caseload tab, the shared engine for every valid row, one
 * batched write of the computed columns (and new row keys). Bad rows get their reasons in the notes
 * column; a missing required column stops with its name before anything is written. Call under the
 * document lock.
 */
export function refreshCore(gas: GasServices, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Result<Refreshed> {
  const read = readTracker(gas, spreadsheet);
  if (!read.ok) return read;
  const tracker = read.value;
  // Every date is read, and "today" taken, in the spreadsheet's own time zone (File > Settings), whatever
  // the script's zone: there is nothing for the person to reconcile.
  const warnings: string[] = [];

  const missingColumns = COMPUTED_COLUMNS.some((c) => tracker.computed[c.id] === undefined);
  const loaded = readSettings(gas, spreadsheet, tracker.toIsoDate);
  warnings.push(...loaded.problems);
  // A state chosen since the Settings tab was made, or rows a newer Casekeeper has: they get their rows (blank: the defaults).
  const settingsTab = loaded.missing.length > 0 ? findTab(gas, spreadsheet, 'settings') : null;
  if (settingsTab) completeSettingsTab(gas, settingsTab);
  const newKey = rowKeyMaker(gas.now());
  const outcomes = interpretRows(tracker.values, {
    inputMap: tracker.inputMap,
    keyColumn: tracker.computed.rowKey,
    eventsColumn: tracker.computed.events,
    mergedRows: tracker.mergedRows,
    toIsoDate: tracker.toIsoDate,
    newKey,
  });
  const others = readStudentTables(gas, spreadsheet, tracker.toIsoDate);
  warnings.push(...others.problems);
  const deadlines = new Map<number, StudentDeadlines>();
  for (const o of outcomes) {
    if (o.kind !== 'ok' || !o.record) continue;
    try {
      const tables = others.byStudent.get(o.record.studentId) ?? NO_STUDENT_TABLES;
      deadlines.set(o.rowNumber, computeDeadlines(o.record, loaded.settings, tracker.today, tables));
    } catch (error) {
      o.kind = 'problem';
      o.messages.push(`Casekeeper could not work out this row's deadlines (${(error as Error).message}). Check its dates.`);
    }
  }
  const cells = outcomes.map((o) => computedCells(o, deadlines.get(o.rowNumber)));
  // A cleared row loses its key: its student is gone (and its events go at the next sync).
  const keys = outcomes.map((o) => (o.kind === 'blank' ? '' : o.key));

  // Every Casekeeper column, the calendar-events one included (Sync writes it): all writable, or nothing written.
  const writable = [...new Set(COMPUTED_COLUMNS.map((c) => tracker.computed[c.id]))].filter(
    (p): p is number => p !== undefined,
  );
  if (!missingColumns) {
    const can = checkCanWriteColumns(gas, tracker.sheet, writable, tracker.headers);
    if (!can.ok) return can;
  }
  const studentIdColumn = Number(Object.entries(tracker.inputMap).find(([, k]) => k === 'studentId')?.[0]);
  const same = verifyUnchangedLayout(tracker, studentIdColumn);
  if (!same.ok) return same;
  if (missingColumns) ensureComputedColumns(tracker);
  writeComputed(tracker, cells, keys);
  const goals = evaluateGoals(others.caseload, { settings: loaded.settings, today: tracker.today });
  const compliance = computeServiceCompliance(others.caseload, { settings: loaded.settings, today: tracker.today });
  for (const bad of writeTableNotes(others, tableCells(others, compliance, goals))) {
    warnings.push(`${bad.rows.length} row${bad.rows.length === 1 ? '' : 's'} on the ${bad.tab} tab need${bad.rows.length === 1 ? 's' : ''} fixing (see "Casekeeper notes" there): row${bad.rows.length === 1 ? '' : 's'} ${bad.rows.slice(0, 10).join(', ')}${bad.rows.length > 10 ? ' …' : ''}.`);
  }
  const names = new Map<string, string>();
  for (const o of outcomes) {
    if (o.studentId && !names.has(o.studentId)) names.set(o.studentId, presentStudentName({ studentId: o.studentId, firstName: o.record?.firstName, lastName: o.record?.lastName }));
  }
  // One chart per goal on the Progress tab (made at the first Refresh that finds a goal).
  if (goals.length > 0 || tabRegistry(gas).known('progress')) writeProgressTab(outputTab(gas, spreadsheet, 'progress'), goals, names);
  // The Team tab: one row per case manager on this sheet, then the workload ahead (a chart and the
  // suggested moves for the team and for each case manager, against their own hours).
  const students = outcomes.flatMap((o) => (o.kind === 'ok' && o.record ? [o.record] : []));
  const workload = teamWorkload({ ...others.caseload, students }, { settings: loaded.settings, today: tracker.today });
  warnings.push(...workload.problems);
  const rows = teamRows(workload.team.caseloads, outcomes, deadlines, compliance);
  writeTeamTab(outputTab(gas, spreadsheet, 'team'), teamTabCells(rows, workload, { names, dateStyle: loaded.settings.dateStyle }));
  return ok({ tracker, loaded, outcomes, deadlines, warnings, summary: summarise(outcomes, deadlines) });
}

/**
 * The computed cells of the Services tab (compliance) and the Goals tab (verdicts).
 */
function tableCells(others: StudentTablesRead, compliance: readonly ServiceCompliance[], progress: readonly GoalProgress[]): Partial<Record<TableName, ComputedTabCells>> {
  const out: Partial<Record<TableName, ComputedTabCells>> = {};
  const tab = <T extends TableName>(name: T) => others.tabs.find((t) => t.spec.name === name) as TableTab<T> | undefined;
  const services = tab('services');
  if (services) out.services = serviceComplianceCells(services, compliance);
  const goals = tab('goals');
  if (goals) out.goals = goalVerdictCells(goals, progress);
  return out;
}

function summarise(outcomes: readonly RowOutcome[], deadlines: ReadonlyMap<number, StudentDeadlines>): string {
  const counts = { overdue: 0, urgent: 0, soon: 0 };
  let students = 0;
  for (const o of outcomes) {
    if (o.kind !== 'ok') continue;
    students++;
    const next = openDeadlines(deadlines.get(o.rowNumber))[0];
    if (next && next.status in counts) counts[next.status as keyof typeof counts]++;
  }
  const problems = outcomes.filter((o) => o.kind === 'problem').map((o) => o.rowNumber);
  const parts = [
    `${students} student${students === 1 ? '' : 's'} up to date: ${counts.overdue} ${STATUS_STYLES.overdue.label.toLowerCase()}, ${counts.urgent} ${STATUS_STYLES.urgent.label.toLowerCase()}, ${counts.soon} due ${STATUS_STYLES.soon.label.toLowerCase()}.`,
  ];
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join(', ') + (problems.length > 10 ? ` and ${problems.length - 10} more` : '');
    parts.push(`${problems.length} row${problems.length === 1 ? ' needs' : 's need'} fixing (see "Casekeeper notes"): row${problems.length === 1 ? '' : 's'} ${shown}.`);
  }
  return parts.join(' ');
}

/** Refresh deadlines from the menu or the daily trigger: the whole message for the person. */
export function refreshDeadlines(gas: GasServices): Result<string> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) return fail('no-spreadsheet', 'Open the tracker spreadsheet first.');
  const result = refreshCore(gas, spreadsheet);
  if (!result.ok) return result;
  return ok([result.value.summary, ...result.value.warnings].join('\n\n'));
}
