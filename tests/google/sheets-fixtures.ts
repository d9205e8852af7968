/** Test helper: a caseload laid out as a tracking sheet's tabs (rows of cells), as the Sheets API holds it. */
import Papa from 'papaparse';
import { type Caseload, CASELOAD_TABLES, writeTableCsv } from '../../shared/index.ts';
import type { Cell } from './sheets-v4-server.ts';

export function caseloadTabs(caseload: Caseload): Record<string, Cell[][]> {
  const tabs: Record<string, Cell[][]> = {};
  for (const spec of CASELOAD_TABLES) {
    tabs[spec.tab] = Papa.parse<string[]>(writeTableCsv(spec as never, caseload[spec.name] as never), { skipEmptyLines: true }).data;
  }
  return tabs;
}
