import { boundedText, cellsOf, columnsOf, isHiddenElement, tagOf, valueOf } from '../dom-text.ts';
import { collapse, type Candidate, type FindOptions, type LayoutStrategy, type Matcher, type PageScan } from './types.ts';

/**
 * Whether a row below the header is a data row: visible, with data cells. Data rows are numbered from 0
 * the same way here and in teach mode.
 *
 * @example rows.slice(1).filter(isDataRow).indexOf(row) // the row's data-row index
 */
export function isDataRow(row: Element): boolean {
  return !isHiddenElement(row) && cellsOf(row).some((c) => tagOf(c) === 'td');
}

/**
 * Tables with a header row: the one data row of a student's table, or (teach mode) the chosen row of a
 * list. Extra columns nobody knows are ignored.
 *
 * @example headerRowTables.find(scan, fieldForLabel, {})[0]?.relation // 'table-column'
 */
export const headerRowTables: LayoutStrategy = {
  id: 'header-row-tables',
  find<K>(scan: PageScan<K>, _match: Matcher<K>, options: FindOptions): Candidate<K>[] {
    const out: Candidate<K>[] = [];
    for (const { shape } of scan.tables) {
      if (!shape.isHeaderRow) continue;
      const bodyRows = shape.rows.length - 1;
      const rowIndex = options.tableRowIndex ?? (bodyRows === 1 ? 0 : undefined);
      if (rowIndex === undefined) continue;
      let seen = -1;
      let row: Element | undefined;
      for (const r of shape.rows.slice(1)) {
        if (!isDataRow(r)) continue;
        if (++seen === rowIndex) {
          row = r;
          break;
        }
      }
      if (!row) continue;
      const cells = columnsOf(row);
      shape.headerKeys.forEach((key, col) => {
        const cell = cells[col];
        if (key === undefined || !cell) return;
        const label = collapse(boundedText(shape.headerCells[col] as Element, 100));
        out.push({ key, label, value: valueOf(cell), relation: 'table-column', index: rowIndex, confidence: 0.9, strategy: 'header-row-tables', valueEl: cell, labelEl: shape.headerCells[col] });
      });
    }
    return out;
  },
};
