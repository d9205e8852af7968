import { ariaLabels } from './aria-labels.ts';
import { definitionLists } from './definition-lists.ts';
import { formControls } from './form-controls.ts';
import { headerColumnTables } from './header-column-tables.ts';
import { headerRowTables } from './header-row-tables.ts';
import { labelText } from './label-text.ts';
import { matrixTables } from './matrix-tables.ts';
import { scanPage } from './scan-page.ts';
import { studentHeadings } from './student-headings.ts';
import type { Candidate, FindOptions, LayoutStrategy, Matcher } from './types.ts';

export type { Candidate, FindOptions, LayoutStrategy, Matcher, Relation } from './types.ts';

/**
 * The ways a page places values next to labels, in the order their candidates are preferred when equally
 * sure. Each is isolated: one that throws is skipped and the others still read the page.
 */
export const LAYOUT_STRATEGIES: readonly LayoutStrategy[] = [
  formControls,
  ariaLabels,
  definitionLists,
  matrixTables,
  headerRowTables,
  headerColumnTables,
  labelText,
  studentHeadings,
];

/** What {@link findCandidates} found on one document. */
export interface FoundCandidates<K> {
  candidates: Candidate<K>[];
  /** Row counts of tables that list several students (a caseload list, not one student). */
  studentLists: number[];
  /** Whether the text budget ran out before the whole page was read. */
  truncated: boolean;
  /** Frames and iframes met on the way (their documents are read separately). */
  frames: Element[];
  /** Strategies that failed on this page. */
  failed: string[];
}

/** Remembers what a matcher said about each text: tables repeat the same values many times. */
function memoise<K>(match: Matcher<K>): Matcher<K> {
  const seen = new Map<string, K | undefined>();
  return (label) => {
    if (label.length > 100) return undefined;
    if (seen.has(label)) return seen.get(label);
    const key = match(label);
    if (seen.size < 20_000) seen.set(label, key);
    return key;
  };
}

/**
 * Runs every layout strategy over one document (one walk of the page, shared) and returns their
 * candidates, most preferred strategy first.
 *
 * @param doc the document (or a frame's document) to read
 * @param match names the key a label stands for
 * @param options teach-mode row choice
 * @param within search only inside this element
 * @example findCandidates(document, fieldForLabel).candidates[0] // { key: 'dateOfBirth', value: '3/4/2015', confidence: 0.9, … }
 */
export function findCandidates<K>(doc: Document, match: Matcher<K>, options: FindOptions = {}, within?: Element): FoundCandidates<K> {
  const root = within ?? doc.body ?? doc.documentElement;
  if (!root) return { candidates: [], studentLists: [], truncated: false, frames: [], failed: [] };
  const memo = memoise(match);
  const scan = scanPage(root, memo);
  const candidates: Candidate<K>[] = [];
  const failed: string[] = [];
  for (const strategy of LAYOUT_STRATEGIES) {
    try {
      candidates.push(...strategy.find(scan, memo, options));
    } catch {
      failed.push(strategy.id);
    }
  }
  const studentLists = options.tableRowIndex === undefined ? scan.tables.map((t) => t.shape.studentRows).filter((n) => n > 0) : [];
  return { candidates, studentLists, truncated: scan.truncated, frames: scan.frames, failed };
}
