import { boundedText, columnsOf, isHiddenElement, tagOf, valueOf } from '../dom-text.ts';
import { collapse, type Candidate, type LayoutStrategy, type Matcher, type PageScan } from './types.ts';

/**
 * The ways an event and a column header read together: "Annual ARD" and "Next Due" give "Annual ARD Next
 * Due", "Next Due Annual ARD" and "Next Annual ARD Due" (the header's words around the event's).
 */
function wordings(event: string, header: string): string[] {
  const words = header.split(' ');
  const out = [`${event} ${header}`, `${header} ${event}`];
  if (words.length <= 4) for (let i = 1; i < words.length; i++) out.push(`${words.slice(0, i).join(' ')} ${event} ${words.slice(i).join(' ')}`);
  return out;
}

/** Tables larger than this are not a student's timeline. */
const MAX_ROWS = 40;

/**
 * Timeline tables, where a row names an event and a column header names which date of it:
 *
 * | Meeting     | Last held  | Next due   |
 * | Annual ARD  | 01/15/2025 | 01/14/2026 |
 *
 * The row's and the column's words are read together ("Annual ARD" + "Next due" → "Next Annual ARD
 * Due"), so the vocabulary decides what each cell means.
 *
 * @example matrixTables.find(scan, fieldForLabel, {})[0]?.label // 'Annual ARD Last held'
 */
export const matrixTables: LayoutStrategy = {
  id: 'matrix-tables',
  find<K>(scan: PageScan<K>, match: Matcher<K>): Candidate<K>[] {
    const out: Candidate<K>[] = [];
    for (const { shape } of scan.tables) {
      if (!shape.hasHeaderRow || shape.isList || shape.rows.length > MAX_ROWS || shape.headerCells.length < 2) continue;
      const headers = shape.headerCells.map((c) => collapse(boundedText(c, 100, false)));
      for (const row of shape.rows.slice(1)) {
        if (isHiddenElement(row)) continue;
        const cells = columnsOf(row);
        const first = cells[0];
        if (!first) continue;
        const rowLabel = collapse(boundedText(first, 100, false));
        if (rowLabel === '' || rowLabel.length > 48) continue;
        for (let col = 1; col < cells.length; col++) {
          const cell = cells[col] as Element;
          const header = headers[col];
          if (!header || cell === first || tagOf(cell) === 'th') continue;
          for (const label of wordings(rowLabel, header)) {
            const key = match(label);
            if (key === undefined) continue;
            out.push({ key, label, value: valueOf(cell), relation: 'table-row', confidence: 0.92, strategy: 'matrix-tables', valueEl: cell, labelEl: first });
            break;
          }
        }
      }
    }
    return out;
  },
};
