import { CASELOAD_TABLES, type TableName, tableSpec } from '../../shared/index.ts';
import { type ComputedColumnSpec, TABLE_NOTES_COLUMN, type TabLayout } from './table-tab.ts';
import { COMPUTED_COLUMNS } from './tracker-layout.ts';

/** The Caseload tab: the students table plus Casekeeper's deadline columns (the first user of table tabs). */
export const CASELOAD_LAYOUT: TabLayout = { key: 'caseload', spec: tableSpec('students'), computed: COMPUTED_COLUMNS };

/** The header of the Caseload tab's hidden row-key column: a sheet set up before column markers has it. */
export const LEGACY_MARK_HEADER = 'Row key (Casekeeper)';

/** The Services tab's compliance columns, written by Refresh from `computeServiceCompliance`. */
export const SERVICE_COMPLIANCE_COLUMNS: readonly ComputedColumnSpec[] = [
  { id: 'requiredMinutes', header: 'Required minutes', width: 100, description: 'Minutes the IEP requires from the service start (or the school year start) to today. Casekeeper writes this column.' },
  { id: 'deliveredMinutes', header: 'Delivered minutes', width: 100, description: 'Minutes delivered or made up, from the Service Log tab. Casekeeper writes this column.' },
  { id: 'owedMinutes', header: 'Minutes owed', width: 100, description: 'Required minus delivered minus missed minutes the district does not owe back. Casekeeper writes this column.' },
  { id: 'serviceStatus', header: 'Service status', width: 110, description: 'Behind, on track, ahead, not started, ended, or cannot compute (with the reason in the notes). Casekeeper writes this column.' },
];

/** The Goals tab's progress columns, written by Refresh from `evaluateGoals`. */
export const GOAL_VERDICT_COLUMNS: readonly ComputedColumnSpec[] = [
  { id: 'verdict', header: 'Verdict', width: 130, description: 'What the goal\'s data says, by the decision rule. Casekeeper writes this column.' },
  { id: 'verdictReason', header: 'Reason', width: 320, description: 'Why, in one sentence, with the rule used. Casekeeper writes this column.' },
];

const EXTRA_COLUMNS: Partial<Record<TableName, readonly ComputedColumnSpec[]>> = {
  services: SERVICE_COMPLIANCE_COLUMNS,
  goals: GOAL_VERDICT_COLUMNS,
};

/**
 * Every table tab, in the order of the caseload's tables: Caseload first, then Services, Service Log,
 * Goals, Goal Data, Accommodations, Accommodation Checks and Contacts, each with a notes column.
 *
 * @example TAB_LAYOUTS.map((l) => l.spec.tab) // ['Caseload', 'Services', 'Service Log', …]
 */
export const TAB_LAYOUTS: readonly TabLayout[] = CASELOAD_TABLES.map((spec) =>
  spec.name === 'students' ? CASELOAD_LAYOUT : { key: spec.name, spec, computed: [...(EXTRA_COLUMNS[spec.name] ?? []), TABLE_NOTES_COLUMN] },
);

/** The layout of one table's tab. */
export function tabLayout(name: TableName): TabLayout {
  return TAB_LAYOUTS.find((l) => l.spec.name === name) as TabLayout;
}
