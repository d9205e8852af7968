import { boundedText, columnsOf, isHiddenElement, rowsOf, tagOf } from '../dom-text.ts';
import { collapse, type Matcher, type TableShape } from './types.ts';

/**
 * Reads a table's first row to tell how it is laid out: a header row over data rows (one student, or a
 * list of many), or a form of label and value cells.
 *
 * @param table a `<table>` element
 * @param match names the key a header's text stands for
 * @example tableShape(table, fieldForLabel).isList // true for a 1,000-row caseload
 */
export function tableShape<K>(table: Element, match: Matcher<K>): TableShape<K> {
  const all = rowsOf(table);
  // The header is the first row a person can see.
  const firstVisible = all.findIndex((r, i) => i > 20 || !isHiddenElement(r));
  const rows = firstVisible > 0 ? all.slice(firstVisible) : all;
  const first = rows[0];
  const empty: TableShape<K> = { rows, headerCells: [], headerKeys: [], hasHeaderRow: false, isHeaderRow: false, isList: false, studentRows: 0 };
  if (!first) return empty;
  const headerCells = columnsOf(first);
  const inHead = first.parentElement ? tagOf(first.parentElement) === 'thead' : false;
  const allTh = headerCells.length >= 2 && headerCells.every((c) => tagOf(c) === 'th');
  const headerKeys = headerCells.map((c, i) => (headerCells[i - 1] === c ? undefined : match(collapse(boundedText(c, 100)))));
  const mapped = headerKeys.filter((k) => k !== undefined).length;
  // "Student Name | Ana Lee | Student ID | 1009981": label and value cells in turn are a form, not headers.
  const pairs = mapped >= 1 && headerKeys.every((k, i) => {
    if (k === undefined) return true;
    const next = headerCells[i + 1];
    return !!next && tagOf(next) === 'td' && headerKeys[i + 1] === undefined && collapse(boundedText(next, 100)) !== '';
  });
  const isHeaderRow = (inHead || allTh || (mapped >= 2 && !pairs)) && mapped >= 1 && rows.length >= 2;
  const bodyRows = rows.length - 1;
  // A long grid under a row of column headers nobody knows is data too: not walked cell by cell.
  const unknownGrid = !isHeaderRow && allTh && new Set(headerCells).size >= 3 && rows.length > 20;
  return {
    rows,
    headerCells,
    headerKeys,
    hasHeaderRow: inHead || allTh,
    isHeaderRow,
    isList: unknownGrid || (isHeaderRow && bodyRows > 1),
    studentRows: isHeaderRow && bodyRows > 1 && mapped >= 2 ? bodyRows : 0,
  };
}
