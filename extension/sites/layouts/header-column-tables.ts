import { boundedText, cellsOf, isHiddenElement, tagOf, valueOf } from '../dom-text.ts';
import { LIMITS } from './scan-page.ts';
import { collapse, type Candidate, type LayoutStrategy, type Matcher, type PageScan } from './types.ts';

/**
 * Tables with a header column: a label cell then its value cell (a read-only input counts), several
 * pairs per row allowed; extra cells after a pair (links, status) are ignored. A wide grid whose first
 * rows hold no pair is data, not a form: reading stops there.
 *
 * @example headerColumnTables.find(scan, fieldForLabel, {})[0]?.relation // 'table-row'
 */
export const headerColumnTables: LayoutStrategy = {
  id: 'header-column-tables',
  find<K>(scan: PageScan<K>, match: Matcher<K>): Candidate<K>[] {
    const out: Candidate<K>[] = [];
    for (const { shape } of scan.tables) {
      // A grid under three or more column headers describes its cells by column (see matrix-tables).
      if (shape.isHeaderRow || shape.isList || (shape.hasHeaderRow && new Set(shape.headerCells).size >= 3)) continue;
      let rowsWithoutPairs = 0;
      for (const row of shape.rows.slice(0, LIMITS.listItems)) {
        if (rowsWithoutPairs >= 25) break;
        if (isHiddenElement(row)) continue;
        const cells = cellsOf(row);
        const before = out.length;
        if (cells.length > 8) {
          rowsWithoutPairs++;
          continue;
        }
        for (let i = 0; i + 1 < cells.length; i++) {
          const labelCell = cells[i] as Element;
          const label = collapse(boundedText(labelCell, 100, false));
          const key = match(label);
          if (key === undefined) continue;
          const valueCell = cells[i + 1] as Element;
          const value = valueOf(valueCell);
          if (tagOf(valueCell) === 'th' || match(collapse(value)) !== undefined) continue;
          out.push({ key, label, value, relation: 'table-row', confidence: 0.9, strategy: 'header-column-tables', valueEl: valueCell, labelEl: labelCell });
          i++;
        }
        rowsWithoutPairs = out.length > before ? 0 : rowsWithoutPairs + 1;
      }
    }
    return out;
  },
};
