import type { TableName } from './caseload.ts';
import { type AssembledCaseload, assembleCaseload } from './assemble-caseload.ts';
import { readTableRows, type TableImport } from './read-table-rows.ts';
import { CASELOAD_TABLES } from './tables/index.ts';

/** A caseload read from a tracking sheet's tabs, and the tabs that are not caseload tables. */
export interface CaseloadTabs extends AssembledCaseload {
  ignoredTabs: string[];
}

/**
 * Reads a caseload from a tracking sheet's tabs, given as tab title → rows of cell values (as the Sheets
 * API or SpreadsheetApp returns them; the first non-blank row is the header). Tabs are matched by their
 * title, case-insensitively ("Caseload", "Service Log", …); only the Caseload tab is required. Every row is
 * validated and the references between tabs checked, exactly as for CSV files.
 *
 * @example readCaseloadTabs({ Caseload: [['Student ID'], ['S1']] }).caseload.students // [{ studentId: 'S1' }]
 */
export function readCaseloadTabs(tabs: Readonly<Record<string, readonly (readonly unknown[])[]>>): CaseloadTabs {
  const sources: Partial<Record<TableName, { name: string; read: () => TableImport<TableName> }>> = {};
  const ignoredTabs: string[] = [];
  for (const [title, rows] of Object.entries(tabs)) {
    const spec = CASELOAD_TABLES.find((t) => t.tab.toLowerCase() === title.trim().toLowerCase());
    if (spec && !sources[spec.name]) sources[spec.name] = { name: title, read: () => readTableRows(spec as never, rows) as TableImport<TableName> };
    else ignoredTabs.push(title);
  }
  return { ...assembleCaseload(sources, `There is no ${CASELOAD_TABLES[0].tab} tab; a tracking sheet needs at least its students.`), ignoredTabs };
}
