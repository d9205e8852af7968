import { CASELOAD_TABLES, type TableName, tableSpec } from '../../shared/index.ts';
import { TABLE_NOTES_COLUMN, type TabLayout } from './table-tab.ts';
import { COMPUTED_COLUMNS } from './tracker-layout.ts';

/** The Caseload tab: the students table plus Casekeeper's deadline columns (the first user of table tabs). */
export const CASELOAD_LAYOUT: TabLayout = { key: 'caseload', spec: tableSpec('students'), computed: COMPUTED_COLUMNS };

/** The header of the Caseload tab's hidden row-key column: a sheet set up before column markers has it. */
export const LEGACY_MARK_HEADER = 'Row key (Casekeeper)';

/**
 * Every table tab, in the order of the caseload's tables: Caseload first, then Services, Service Log,
 * Goals, Goal Data, Accommodations, Accommodation Checks and Contacts, each with a notes column.
 *
 * @example TAB_LAYOUTS.map((l) => l.spec.tab) // ['Caseload', 'Services', 'Service Log', …]
 */
export const TAB_LAYOUTS: readonly TabLayout[] = CASELOAD_TABLES.map((spec) =>
  spec.name === 'students' ? CASELOAD_LAYOUT : { key: spec.name, spec, computed: [TABLE_NOTES_COLUMN] },
);

/** The layout of one table's tab. */
export function tabLayout(name: TableName): TabLayout {
  return TAB_LAYOUTS.find((l) => l.spec.name === name) as TabLayout;
}
