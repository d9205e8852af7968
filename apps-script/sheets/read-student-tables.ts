import { type IsoDate, type StudentTables, type TableName, type TableRecord, caseloadOf, tablesByStudent } from '../../shared/index.ts';
import type { GasServices } from './gas-services.ts';
import { findTab } from './tab-registry.ts';
import { TAB_LAYOUTS } from './tab-layouts.ts';
import { type TableTab, readTableTab, rowNotes, writeTableColumns } from './table-tab.ts';

/** The other table tabs as read, and every student's rows of them. */
export interface StudentTablesRead {
  /** Student id → that student's rows of every other table. */
  byStudent: Map<string, StudentTables>;
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
  return { byStudent: tablesByStudent(caseloadOf(tables as never)), tabs, problems };
}

/**
 * Writes each tab's generated ids and row notes back, one batch per tab and only where something changed.
 * Returns how many rows have problems, by tab name.
 */
export function writeTableNotes(read: StudentTablesRead): { tab: string; rows: number[] }[] {
  const out: { tab: string; rows: number[] }[] = [];
  for (const tab of read.tabs) {
    writeTableColumns(tab, { notes: rowNotes(tab) });
    const bad = tab.rows.filter((r) => r.problems.length > 0).map((r) => r.rowNumber);
    if (bad.length > 0) out.push({ tab: tab.sheet.getName(), rows: bad });
  }
  return out;
}
