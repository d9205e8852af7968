import { type Caseload, type IsoDate, type StudentTables, type TableName, type TableRecord, caseloadOf, tablesByStudent } from '../../shared/index.ts';
import type { GasServices } from './gas-services.ts';
import { findTab } from './tab-registry.ts';
import { TAB_LAYOUTS } from './tab-layouts.ts';
import { type TableTab, colourTableColumn, ensureTabComputed, readTableTab, rowNotes, writeTableColumns } from './table-tab.ts';

/** Computed cells for one table tab: values per column id (one per data row), and one column's colours. */
export interface ComputedTabCells {
  cells: Record<string, readonly (string | number)[]>;
  colour?: { id: string; looks: readonly ({ background: string; text: string } | null)[] };
  /** More to say in each row's notes (what cannot be computed and why), one per data row. */
  notes?: readonly string[];
}

/** The other table tabs as read, and every student's rows of them. */
export interface StudentTablesRead {
  /** Student id → that student's rows of every other table. */
  byStudent: Map<string, StudentTables>;
  /** Every good row of every tab read (students empty: they are on the Caseload tab). */
  caseload: Caseload;
  /** Tabs read (for writing notes and ids back). */
  tabs: TableTab<TableName>[];
  /** Problems with a whole tab (a missing required column), in a teacher's words. */
  problems: string[];
}

/**
 * Reads every table tab other than Caseload (Services, Service Log, Goals, Goal Data, Accommodations,
 * Accommodation Checks, Contacts) in one batch each, through the table-tab mechanism, and groups their
 * good rows by student for `computeDeadlines`. A tab that is missing is simply empty; a tab missing a
 * required column is named in `problems` and left out.
 */
export function readStudentTables(gas: GasServices, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, toIsoDate: (d: Date) => IsoDate | undefined): StudentTablesRead {
  const tables: Partial<Record<TableName, TableRecord<TableName>[]>> = {};
  const tabs: TableTab<TableName>[] = [];
  const problems: string[] = [];
  for (const layout of TAB_LAYOUTS) {
    if (layout.key === 'caseload') continue;
    const sheet = findTab(gas, spreadsheet, layout.key);
    if (!sheet) continue;
    const read = readTableTab(sheet, layout.spec as never, layout.computed, toIsoDate) as ReturnType<typeof readTableTab<TableName>>;
    if (!read.ok) {
      problems.push(read.error.message);
      continue;
    }
    tabs.push(read.value);
    tables[layout.spec.name] = read.value.rows.flatMap((r) => (r.record ? [r.record] : []));
  }
  const caseload = caseloadOf(tables as never);
  return { byStudent: tablesByStudent(caseload), caseload, tabs, problems };
}

/**
 * Writes each tab's generated ids, row notes and any other computed cells given (adding those columns
 * when the tab lacks them) back, one batch per block and only where something changed; colours one column.
 * Returns how many rows have problems, by tab name.
 */
export function writeTableNotes(read: StudentTablesRead, extra: Partial<Record<TableName, ComputedTabCells>> = {}): { tab: string; rows: number[] }[] {
  const out: { tab: string; rows: number[] }[] = [];
  for (const tab of read.tabs) {
    const more = extra[tab.spec.name];
    const layout = TAB_LAYOUTS.find((l) => l.spec.name === tab.spec.name);
    if (more && layout) ensureTabComputed(tab, layout.computed);
    const notes = rowNotes(tab).map((n, i) => [n, more?.notes?.[i] ?? ''].filter((t) => t !== '').join(' '));
    writeTableColumns(tab, { ...more?.cells, notes });
    if (more?.colour) colourTableColumn(tab, more.colour.id, more.colour.looks);
    const bad = tab.rows.filter((r) => r.problems.length > 0).map((r) => r.rowNumber);
    if (bad.length > 0) out.push({ tab: tab.sheet.getName(), rows: bad });
  }
  return out;
}
