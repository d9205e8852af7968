/** How a value sits relative to its visible label (also what teach mode saves). */
export type Relation = 'same-element' | 'next-sibling' | 'table-column' | 'table-row' | 'input' | 'aria';

/** Names the key a label stands for, or `undefined` when it is not a wanted label. */
export type Matcher<K> = (label: string) => K | undefined;

/** A value one layout strategy found next to a label the matcher recognised. */
export interface Candidate<K> {
  key: K;
  /** The label as shown (raw, uncleaned; never shown without cleaning). */
  label: string;
  /** The raw value text or input value (uncleaned). */
  value: string;
  relation: Relation;
  /** For `table-column`: which data row (0 = first below the header). */
  index?: number;
  /** How sure the strategy is that this label names this value, 0 to 1. */
  confidence: number;
  /** The strategy that found it. */
  strategy: string;
  /** The element holding the value, and the one holding the label (for teach mode's clicks). */
  valueEl?: Element;
  labelEl?: Element;
}

/** Options for reading a page. */
export interface FindOptions {
  /** Read this data row of header-row tables, even when a table lists many rows (teach mode). */
  tableRowIndex?: number;
}

/** One piece of a line of text: a text node's text or a control's value. */
export interface Part {
  text: string;
  el: Element;
  control: boolean;
}

/** A line as a reader sees it: blocks, table cells and `<br>` end lines. */
export interface Line {
  parts: Part[];
  block: Element;
  /** Whether any part is a control or holds non-space text. */
  meaningful: boolean;
}

/** What {@link tableShape} learns from a table's first rows. */
export interface TableShape<K> {
  rows: Element[];
  headerCells: Element[];
  /** For each header column, the key its text names (a spanning cell counts once). */
  headerKeys: (K | undefined)[];
  /** A first row of column headers: `th` cells, a `thead`, or at least two known labels. */
  hasHeaderRow: boolean;
  /** Read by column: a header row naming at least one known field, and data rows below. */
  isHeaderRow: boolean;
  /** Many rows of data (a caseload list): never walked cell by cell. */
  isList: boolean;
  /** Number of data rows under a header row naming at least two fields (0 when not a list of students). */
  studentRows: number;
}

/** Everything one walk over a document collects for the strategies. */
export interface PageScan<K> {
  doc: Document;
  lines: Line[];
  controls: Element[];
  labelsFor: Map<string, Element>;
  ariaElements: Element[];
  terms: Element[];
  tables: { el: Element; shape: TableShape<K> }[];
  headings: Element[];
  frames: Element[];
  truncated: boolean;
}

/** One way a page can place values next to labels. Isolated: one that throws is skipped. */
export interface LayoutStrategy {
  id: string;
  find<K>(scan: PageScan<K>, match: Matcher<K>, options: FindOptions): Candidate<K>[];
}

/** Collapses ordinary whitespace only; invisible characters are removed later by cleanText. */
export function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f\u00A0\u2000-\u200A\u3000]+/g, ' ').trim();
}
