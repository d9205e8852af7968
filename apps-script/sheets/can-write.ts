import { type Result, fail, ok } from '../../shared/index.ts';
import type { GasServices } from './gas-services.ts';

/**
 * Checks before writing that the person may edit the given columns (data rows) of a sheet, so a
 * protected range never leaves a half-written row: either every write can happen, or none is tried.
 *
 * @param positions 0-based column positions about to be written
 */
export function checkCanWriteColumns(
  gas: GasServices,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  positions: readonly number[],
  headers: readonly string[],
): Result<true> {
  const types = gas.SpreadsheetApp.ProtectionType;
  const blocked = new Set<number>();
  for (const protection of [...sheet.getProtections(types.SHEET), ...sheet.getProtections(types.RANGE)]) {
    if (protection.isWarningOnly() || protection.canEdit()) continue;
    const range = protection.getRange();
    const firstColumn = range.getColumn() - 1;
    const lastColumn = firstColumn + range.getNumColumns() - 1;
    const lastRow = range.getRow() + range.getNumRows() - 1;
    if (lastRow < 2) continue;
    for (const p of positions) if (p >= firstColumn && p <= lastColumn) blocked.add(p);
  }
  if (blocked.size === 0) return ok(true);
  const names = [...blocked].sort((a, b) => a - b).map((p) => `"${headers[p] ?? `column ${p + 1}`}"`);
  return fail(
      'cannot-edit',
    `You can't edit the protected column${names.length > 1 ? 's' : ''} ${names.join(', ')} on the ${sheet.getName()} tab, which Casekeeper writes. ` +
      'Ask the sheet owner to add you under Data > Protect sheets and ranges. Nothing was changed.',
  );
}
