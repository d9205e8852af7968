import { parseDate } from '../../shared/index.ts';
import { cleanText } from './clean-text.ts';
import { findInPage } from './collect-documents.ts';
import { boundedText, columnsOf, isControl, isElement, tagOf } from './dom-text.ts';
import { controlLabels } from './layouts/form-controls.ts';
import { isDataRow } from './layouts/header-row-tables.ts';
import { tableShape } from './layouts/table-shape.ts';
import { normaliseLabel } from './field-labels.ts';
import { toFieldValue } from './field-value.ts';
import { findCandidates, type Candidate, type Relation } from './layouts/index.ts';
import type { TrackerKey } from './types.ts';

/**
 * Where a taught value sits, by its visible label rather than CSS classes or ids, so it keeps working when
 * the site renames classes, changes ids or wraps things in new elements.
 * - `same-element`: `Label: value` in one element; `next-sibling`: label, then the value next to it;
 * - `table-column`: a table whose header row has the label, data row `index` (0 = first);
 * - `table-row`: a table row whose first cell is the label; `input`: a form control with that `<label>`;
 * - `aria`: an element or control whose `aria-label` is the label.
 */
export type Locator = {
  label: string;
  relation: Relation;
  index?: number;
};

/** What the teacher taught on one site: a locator per tracker field. */
export type TaughtMapping = Partial<Record<TrackerKey, Locator>>;

const MAX_LABEL = 48;

function shortText(el: Element): string {
  return cleanText(boundedText(el, 300), 300);
}

function asLabel(text: string): string | undefined {
  const label = cleanText(text, 100).replace(/\s*[:：*]+\s*$/, '').trim();
  return label !== '' && label.length <= MAX_LABEL && normaliseLabel(label) !== '' ? label : undefined;
}

/** Whether text reads as a label rather than a value: has letters and is not a date or a number. */
function looksLikeLabelText(text: string): boolean {
  const t = cleanText(text, 100);
  if (!/\p{L}/u.test(t) || t.length > MAX_LABEL + 1) return false;
  if (/[:：]$/.test(t)) return true;
  return !parseDate(t).ok && !/^[\d\s/.,:-]+$/.test(t);
}

/** A control's label, in the order the form-controls strategy reads them. */
function controlLabel(control: Element): Locator | null {
  for (const [text, relation] of controlLabels(control.ownerDocument, control)) {
    const label = asLabel(text);
    if (label) return { label, relation };
  }
  return null;
}

const NO_LABELS = () => undefined;

/** Where a clicked cell sits, by the same table reading as the table strategies ({@link tableShape}). */
function tableLocator(cell: Element): Locator | null {
  const row = cell.parentElement;
  const table = row?.closest('table');
  if (!row || !table) return null;
  const { rows, headerCells, hasHeaderRow } = tableShape(table, NO_LABELS);
  const first = rows[0];
  const cells = columnsOf(row);
  const col = cells.indexOf(cell);
  if (!first || col < 0) return null;
  if (hasHeaderRow && row === first) {
    // The teacher clicked a column header: the value is below it, in the first row.
    const label = asLabel(shortText(cell));
    return label ? { label, relation: 'table-column', index: 0 } : null;
  }
  if (hasHeaderRow && row !== first && tagOf(cell) === 'td') {
    const header = headerCells[col];
    const label = header ? asLabel(shortText(header)) : undefined;
    if (label) return { label, relation: 'table-column', index: Math.max(0, rows.slice(1).filter(isDataRow).indexOf(row)) };
  }
  // The teacher clicked a row header ("Tri Due" | 9/1/2027): the value is in the next cell.
  if (tagOf(cell) === 'th' && cells[col + 1] && cells[col + 1] !== cell) {
    const label = asLabel(shortText(cell));
    if (label) return { label, relation: 'table-row' };
  }
  const previous = cells[col - 1];
  const label = previous && looksLikeLabelText(boundedText(previous, 100, false)) ? asLabel(boundedText(previous, 100, false)) : undefined;
  return label ? { label, relation: 'table-row' } : null;
}

/**
 * Builds a label-based locator from the element the teacher clicked, reading labels, tables and controls
 * the way the layout strategies do (and readTaught reads the value back with those strategies) ("this is the annual IEP date"):
 * the label of a form control, the header of a table column or row, the term of a definition, the
 * `aria-label`, the `Label:` in the same text, or the label just before the value.
 *
 * @param element the clicked element (the value, or its label)
 * @returns the locator, or `null` when nothing near it reads as a label
 * @example locatorFor(document.querySelector('#dob')!) // { label: 'Date of Birth', relation: 'input' }
 */
export function locatorFor(element: Element): Locator | null {
  try {
    return locatorOf(element);
  } catch {
    return null;
  }
}

/** Any short text that reads as a label names itself: teach mode looks for labels nobody listed. */
function anyLabel(text: string): string | undefined {
  // One word holding a digit ("S6012") is a code, not a label.
  return looksLikeLabelText(text) && !/^\S*\d\S*$/.test(text.trim()) ? asLabel(text) : undefined;
}

/** Whether `a` is `b` or holds it. */
const holds = (a: Element | undefined, b: Element) => !!a && (a === b || a.contains(b));

/**
 * The label the layout strategies pair with the clicked element: the candidate whose value is the
 * clicked element (or inside it, or around it), else the one whose label was clicked.
 */
function strategyLocator(element: Element): Locator | null {
  const doc = element.ownerDocument;
  // Read the neighbourhood only: the element's container a few levels up.
  let area: Element = element;
  for (let depth = 0; depth < 4 && area.parentElement && tagOf(area.parentElement) !== 'html'; depth++) area = area.parentElement;
  const candidates = findCandidates(doc, anyLabel, {}, area).candidates.filter((c) => c.strategy !== 'student-headings');
  const chosen =
    candidates.find((c) => c.valueEl === element) ??
    candidates.find((c) => holds(c.valueEl, element)) ??
    candidates.find((c) => c.valueEl && element.contains(c.valueEl) && !holds(c.labelEl, element) && !(c.labelEl && element.contains(c.labelEl))) ??
    candidates.find((c) => holds(c.labelEl, element));
  const label = chosen ? asLabel(chosen.label) : undefined;
  return chosen && label ? { label, relation: chosen.relation } : null;
}

function locatorOf(element: Element): Locator | null {
  if (!isElement(element)) return null;
  if (isControl(element)) {
    const found = controlLabel(element);
    if (found) return found;
  }
  const cell = element.closest('td, th');
  if (cell) {
    const found = tableLocator(cell);
    if (found) return found;
  }
  return strategyLocator(element);
}

/**
 * Reads the taught fields back from a page (and its same-origin frames) by their locators; dates come
 * back as `YYYY-MM-DD`, text cleaned and capped. Fields not found are absent.
 *
 * @param doc the page's document
 * @param mapping what the teacher taught on this site
 * @example readTaught(document, { annualReviewDue: { label: 'Plan Renewal', relation: 'next-sibling' } })
 */
export function readTaught(doc: Document, mapping: TaughtMapping): Partial<Record<TrackerKey, string>> {
  const fields: Partial<Record<TrackerKey, string>> = {};
  const entries = (Object.entries(mapping) as [TrackerKey, Locator | undefined][]).filter(
    (e): e is [TrackerKey, Locator] => !!e[1] && typeof e[1].label === 'string' && e[1].label.trim() !== '',
  );
  if (entries.length === 0) return fields;
  const indexes = new Set(entries.map(([, l]) => (l.relation === 'table-column' ? (l.index ?? 0) : 0)));
  for (const index of indexes) {
    const wanted = entries.filter(([, l]) => (l.relation === 'table-column' ? (l.index ?? 0) : 0) === index);
    const byLabel = new Map<string, TrackerKey[]>();
    for (const [key, locator] of wanted) {
      const n = normaliseLabel(locator.label.replace(/[:：*]+\s*$/, ''));
      byLabel.set(n, [...(byLabel.get(n) ?? []), key]);
    }
    const match = (label: string) => {
      const n = normaliseLabel(label.trim().replace(/[:：*]+\s*$/, ''));
      return byLabel.has(n) ? n : undefined;
    };
    let found: Candidate<string>[];
    try {
      found = findInPage(doc, match, { tableRowIndex: index }).candidates;
    } catch {
      continue;
    }
    for (const [key, locator] of wanted) {
      if (fields[key] !== undefined) continue;
      const n = normaliseLabel(locator.label.replace(/[:：*]+\s*$/, ''));
      const candidates = found.filter((f) => f.key === n);
      const ordered = [...candidates.filter((c) => c.relation === locator.relation), ...candidates.filter((c) => c.relation !== locator.relation)];
      for (const candidate of ordered) {
        const value = toFieldValue(key, candidate.value, locator.label).fields[key];
        if (value !== undefined) {
          fields[key] = value;
          break;
        }
      }
    }
  }
  return fields;
}
