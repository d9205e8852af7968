import { MAX_SCAN_CHARS } from './clean-text.ts';
import {
  boundedText,
  cellsOf,
  columnsOf,
  controlValue,
  INLINE_TAGS,
  isControl,
  isElement,
  isHiddenElement,
  isText,
  rowsOf,
  SKIPPED_TAGS,
  tagOf,
  valueOf,
} from './dom-text.ts';

/** How a value sits relative to its visible label. */
export type Relation = 'same-element' | 'next-sibling' | 'table-column' | 'table-row' | 'input' | 'aria';

/** A value found next to a label the matcher recognised. */
export interface LabelledValue<K> {
  key: K;
  /** The label as shown (raw, uncleaned; never shown without cleaning). */
  label: string;
  /** The raw value text or input value (uncleaned). */
  value: string;
  relation: Relation;
  /** For `table-column`: which data row (0 = first below the header). */
  index?: number;
}

/** Options for {@link findLabelledValues}. */
export interface FindOptions {
  /** Read this data row of header-row tables, even when a table lists many rows (teach mode). */
  tableRowIndex?: number;
}

/** What {@link findLabelledValues} found on one document. */
export interface FoundValues<K> {
  values: LabelledValue<K>[];
  /** Row counts of tables that list several students (a caseload list, not one student). */
  studentLists: number[];
  /** Whether the text budget ran out before the whole page was read. */
  truncated: boolean;
  /** Frames and iframes met on the way (their documents are read separately). */
  frames: Element[];
}

/** Bounds on how much of a page is read, whatever its size. */
const LIMITS = { nodes: 120_000, chars: 1_000_000, controls: 2_000, tables: 500, listItems: 5_000 };

/** Container elements whose aria-label names a region, not a value. */
const CONTAINER_TAGS = new Set(['section', 'nav', 'main', 'aside', 'header', 'footer', 'form', 'table', 'ul', 'ol', 'dl', 'fieldset', 'body', 'html', 'article', 'dialog']);
const CONTAINER_ROLES = new Set(['region', 'group', 'navigation', 'complementary', 'main', 'form', 'dialog', 'tabpanel', 'list', 'table', 'grid', 'banner', 'contentinfo', 'toolbar', 'menu', 'tree']);

const COLON_LABEL = /^([^:：]{1,48}?)\s*[:：]\s*([\s\S]*)$/;

/** Collapses ordinary whitespace only; invisible characters are removed later by cleanText. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f\u00A0\u2000-\u200A\u3000]+/g, ' ').trim();
}

/**
 * Finds the values a page shows next to labels, in every layout legacy IEP systems use: form controls
 * with `<label>`/`aria-label`, elements with an `aria-label`, definition lists, tables with a header row
 * or a header column, and `Label: value` text (on one line, split across elements, or label then value
 * on the next line). One walk over the page, reading text and input values only, within fixed bounds;
 * tables that list many students are recognised from their header and not read row by row.
 *
 * @param doc the document (or a frame's document) to read
 * @param match names the key a label stands for, or `undefined` when it is not a wanted label
 * @param options teach-mode row choice
 * @param within search only inside this element
 * @example findLabelledValues(document, fieldForLabel).values[0] // { key: 'dateOfBirth', value: '3/4/2015', … }
 */
export function findLabelledValues<K>(
  doc: Document,
  match: (label: string) => K | undefined,
  options: FindOptions = {},
  within?: Element,
): FoundValues<K> {
  const root = within ?? doc.body ?? doc.documentElement;
  const studentLists: number[] = [];
  if (!root) return { values: [], studentLists, truncated: false, frames: [] };
  match = memoise(match);
  const walk = walkPage(root, match, options, studentLists);
  const controlValues: LabelledValue<K>[] = [];
  readControls(doc, walk.controls, walk.labelsFor, match, controlValues);
  const ariaValues: LabelledValue<K>[] = [];
  readAriaLabels(doc, walk.ariaElements, match, ariaValues);
  const listValues: LabelledValue<K>[] = [];
  readDefinitionLists(walk.terms, match, listValues);
  const lineValues: LabelledValue<K>[] = [];
  parseLines(walk.lines, match, lineValues);
  return {
    values: [...controlValues, ...ariaValues, ...listValues, ...walk.tableValues, ...lineValues],
    studentLists,
    truncated: walk.truncated,
    frames: walk.frames,
  };
}

/** Remembers what a matcher said about each text: tables repeat the same values many times. */
function memoise<K>(match: (label: string) => K | undefined): (label: string) => K | undefined {
  const seen = new Map<string, K | undefined>();
  return (label) => {
    if (label.length > 100) return undefined;
    if (seen.has(label)) return seen.get(label);
    const key = match(label);
    if (seen.size < 20_000) seen.set(label, key);
    return key;
  };
}

function labelTextById(doc: Document, ids: string): string {
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .map((id) => {
      const el = doc.getElementById(id);
      return el ? boundedText(el, 100, false) : '';
    })
    .join(' ');
}

function readControls<K>(
  doc: Document,
  controls: Element[],
  labelsFor: Map<string, Element>,
  match: (label: string) => K | undefined,
  out: LabelledValue<K>[],
): void {
  for (const control of controls) {
    const tries: [string, Relation][] = [];
    const aria = control.getAttribute('aria-label');
    if (aria) tries.push([aria, 'aria']);
    const labelledBy = control.getAttribute('aria-labelledby');
    if (labelledBy) tries.push([labelTextById(doc, labelledBy), 'aria']);
    const id = control.getAttribute('id');
    const forLabel = id ? (labelsFor.get(id) ?? doc.querySelector(`label[for="${id.replace(/["\\]/g, '')}"]`)) : undefined;
    if (forLabel) tries.push([boundedText(forLabel, 100, false), 'input']);
    const wrapping = control.closest('label');
    if (wrapping) tries.push([boundedText(wrapping, 100, false), 'input']);
    const title = control.getAttribute('title');
    if (title) tries.push([title, 'input']);
    for (const [label, relation] of tries) {
      const key = match(collapse(label));
      if (key === undefined) continue;
      out.push({ key, label: collapse(label), value: controlValue(control), relation });
      break;
    }
  }
}

function readAriaLabels<K>(doc: Document, elements: Element[], match: (label: string) => K | undefined, out: LabelledValue<K>[]): void {
  for (const el of elements) {
    if (CONTAINER_TAGS.has(tagOf(el))) continue;
    if (CONTAINER_ROLES.has((el.getAttribute('role') ?? '').toLowerCase())) continue;
    const aria = el.getAttribute('aria-label');
    const label = aria ?? labelTextById(doc, el.getAttribute('aria-labelledby') ?? '');
    const key = match(collapse(label));
    if (key === undefined) continue;
    const text = boundedText(el, 400);
    if (text.length >= 400) continue;
    // A label element that names itself ("DOB" with aria-label "DOB") holds no value.
    if (match(collapse(text)) !== undefined) continue;
    out.push({ key, label: collapse(label), value: text, relation: 'aria' });
  }
}

function readDefinitionLists<K>(terms: Element[], match: (label: string) => K | undefined, out: LabelledValue<K>[]): void {
  for (const dt of terms) {
    const label = collapse(boundedText(dt, 100));
    const key = match(label);
    if (key === undefined) continue;
    let dd = dt.nextElementSibling;
    while (dd && tagOf(dd) === 'dt') dd = dd.nextElementSibling;
    if (!dd || tagOf(dd) !== 'dd') continue;
    out.push({ key, label, value: valueOf(dd), relation: 'next-sibling' });
  }
}

/** Reads one table; returns whether it lists many students (then its rows are not walked). */
function readTable<K>(
  table: Element,
  match: (label: string) => K | undefined,
  out: LabelledValue<K>[],
  studentLists: number[],
  options: FindOptions,
): boolean {
  const rows = rowsOf(table);
  const first = rows[0];
  if (!first) return false;
  const headerCells = columnsOf(first);
  const inHead = first.parentElement ? tagOf(first.parentElement) === 'thead' : false;
  const allTh = headerCells.length >= 2 && headerCells.every((c) => tagOf(c) === 'th');
  const headerKeys = headerCells.map((c, i) => (headerCells[i - 1] === c ? undefined : match(collapse(boundedText(c, 100)))));
  const mapped = headerKeys.filter((k) => k !== undefined).length;
  const isHeaderRow = (inHead || allTh || mapped >= 2) && mapped >= 1 && rows.length >= 2;
  // A long grid under a row of column headers nobody knows is data too: not walked cell by cell.
  if (!isHeaderRow && allTh && new Set(headerCells).size >= 3 && rows.length > 20) return true;
  if (isHeaderRow) {
    const bodyRows = rows.length - 1;
    const wanted = options.tableRowIndex;
    const rowIndex = wanted !== undefined ? wanted : bodyRows === 1 ? 0 : undefined;
    // A table of many rows under a header is data: its cells are read by column, never walked as text.
    const isList = bodyRows > 1;
    if (isList && mapped >= 2 && options.tableRowIndex === undefined) studentLists.push(bodyRows);
    if (rowIndex === undefined) return isList;
    let seen = -1;
    let row: Element | undefined;
    for (const r of rows.slice(1)) {
      if (cellsOf(r).some((c) => tagOf(c) === 'td')) seen++;
      if (seen === rowIndex) {
        row = r;
        break;
      }
    }
    if (!row) return isList;
    const cells = columnsOf(row);
    headerKeys.forEach((key, col) => {
      const cell = cells[col];
      if (key === undefined || !cell) return;
      const label = collapse(boundedText(headerCells[col] as Element, 100));
      out.push({ key, label, value: valueOf(cell), relation: 'table-column', index: rowIndex });
    });
    return isList;
  }
  // Header column: label cell then value cell, possibly several pairs per row. A wide grid whose first
  // rows hold no pair is data, not a form: stop looking there.
  let rowsWithoutPairs = 0;
  for (const row of rows.slice(0, LIMITS.listItems)) {
    if (rowsWithoutPairs >= 25) break;
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
      out.push({ key, label, value, relation: 'table-row' });
      i++;
    }
    rowsWithoutPairs = out.length > before ? 0 : rowsWithoutPairs + 1;
  }
  return false;
}

interface Part {
  text: string;
  el: Element;
  control: boolean;
}

interface Line {
  parts: Part[];
  block: Element;
  /** Whether any part is a control or holds non-space text. */
  meaningful: boolean;
}

interface Walk<K> {
  lines: Line[];
  controls: Element[];
  labelsFor: Map<string, Element>;
  ariaElements: Element[];
  terms: Element[];
  tableValues: LabelledValue<K>[];
  frames: Element[];
  truncated: boolean;
}

/**
 * Walks the page once as a reader sees it (blocks, table cells and `<br>` end lines), collecting the
 * elements each layout needs. Hidden parts, scripts and styles are skipped.
 */
function walkPage<K>(root: Element, match: (label: string) => K | undefined, options: FindOptions, studentLists: number[]): Walk<K> {
  const w: Walk<K> = { lines: [], controls: [], labelsFor: new Map(), ariaElements: [], terms: [], tableValues: [], frames: [], truncated: false };
  const blocks: Element[] = [root];
  let line: Line = { parts: [], block: root, meaningful: false };
  const flush = () => {
    if (line.meaningful) w.lines.push(line);
    if (line.parts.length > 0 || line.block !== blocks[blocks.length - 1]) {
      line = { parts: [], block: blocks[blocks.length - 1] as Element, meaningful: false };
    }
  };
  let nodes = 0;
  let chars = 0;
  let tables = 0;
  // Each entered element keeps an iterator over its children: constant time per step in every DOM
  // (happy-dom's nextSibling is linear in the number of siblings).
  const open: { children: Iterator<Node>; el: Element }[] = [{ children: root.childNodes[Symbol.iterator](), el: root }];
  while (open.length > 0) {
    const top = open[open.length - 1] as { children: Iterator<Node>; el: Element };
    const step = top.children.next();
    if (step.done) {
      open.pop();
      if (top.el !== root && blocks[blocks.length - 1] === top.el) {
        flush();
        blocks.pop();
        line.block = blocks[blocks.length - 1] as Element;
      }
      continue;
    }
    const node = step.value;
    if (++nodes > LIMITS.nodes || chars > LIMITS.chars) {
      w.truncated = true;
      break;
    }
    if (isText(node)) {
      const data = node.data;
      const text = data.length > MAX_SCAN_CHARS ? data.slice(0, MAX_SCAN_CHARS) : data;
      chars += text.length;
      line.parts.push({ text, el: top.el, control: false });
      if (!line.meaningful && /\S/.test(text)) line.meaningful = true;
      continue;
    }
    if (!isElement(node)) continue;
    const el = node;
    const plain = !el.hasAttributes();
    if (!plain && isHiddenElement(el)) continue;
    const tag = tagOf(el);
    let enter = false;
    if (isControl(el)) {
      if (w.controls.length < LIMITS.controls) w.controls.push(el);
      const value = controlValue(el);
      chars += value.length;
      line.parts.push({ text: value, el, control: true });
      line.meaningful = true;
    } else if (tag === 'iframe' || tag === 'frame') {
      w.frames.push(el);
      // Frames are empty in browsers; some parsers nest the next <frame> inside this one.
      enter = tag === 'frame';
    } else if (tag === 'br') {
      flush();
    } else if (!SKIPPED_TAGS.has(tag)) {
      enter = true;
      if (tag === 'label') {
        const id = el.getAttribute('for');
        if (id && !w.labelsFor.has(id)) w.labelsFor.set(id, el);
      } else if (tag === 'dt') {
        if (w.terms.length < LIMITS.listItems) w.terms.push(el);
      } else if (tag === 'table' && tables++ < LIMITS.tables) {
        if (readTable(el, match, w.tableValues, studentLists, options)) enter = false;
      }
      if (!plain && w.ariaElements.length < LIMITS.controls && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))) {
        w.ariaElements.push(el);
      }
    }
    if (!enter) continue;
    if (!INLINE_TAGS.has(tag)) {
      flush();
      blocks.push(el);
      line.block = el;
    }
    open.push({ children: el.childNodes[Symbol.iterator](), el });
  }
  flush();
  return w;
}

interface Pending<K> {
  key: K;
  label: string;
  colon: boolean;
  labelEl: Element;
  block: Element;
}

/** The element after this one, or after the nearest ancestor (4 levels at most) that is a last child. */
function nextSiblingUp(el: Element): Element | null {
  let current: Element | null = el;
  for (let depth = 0; current && depth < 4; depth++) {
    if (current.nextElementSibling) return current.nextElementSibling;
    current = current.parentElement;
  }
  return null;
}

function isAdjacent(pending: Pending<unknown>, next: Line): boolean {
  const first = next.parts.find((p) => p.control || p.text.trim() !== '');
  const targets = first ? [next.block, first.el] : [next.block];
  const sibling = nextSiblingUp(pending.block);
  const labelSibling = nextSiblingUp(pending.labelEl);
  return targets.some(
    (b) =>
      (!!sibling && (sibling === b || sibling.contains(b))) ||
      (!!labelSibling && (labelSibling === b || labelSibling.contains(b))) ||
      (pending.block !== b && pending.block.contains(b)),
  );
}

/** The start of a `Label: value` pair in one piece of text. */
function labelStart<K>(text: string, match: (label: string) => K | undefined): { key: K; label: string; rest: string } | undefined {
  const head = text.length > 200 ? text.slice(0, 200) : text;
  const m = COLON_LABEL.exec(head);
  if (!m) return undefined;
  const label = m[1] as string;
  const key = match(label);
  if (key === undefined) return undefined;
  return { key, label, rest: text.slice(head.length - (m[2] as string).length) };
}

interface Current<K> {
  key: K;
  label: string;
  value: string;
  labelEl: Element;
  sameElement: boolean;
  sawControl: boolean;
}

function parseLines<K>(lines: Line[], match: (label: string) => K | undefined, out: LabelledValue<K>[]): void {
  let pending: Pending<K> | undefined;
  let current: Current<K> | undefined;
  let block: Element | undefined;
  /** Ends the pair being read; a label with no value yet waits for the next line (at the line's end). */
  function emit(atEnd: boolean): void {
    if (!current) return;
    const value = collapse(current.value);
    if (value !== '') {
      out.push({ key: current.key, label: current.label, value, relation: current.sameElement ? 'same-element' : 'next-sibling' });
    } else if (atEnd && !current.sawControl && block) {
      pending = { key: current.key, label: current.label, colon: true, labelEl: current.labelEl, block };
    }
    current = undefined;
  }
  for (const line of lines) {
    const parts = line.parts;
    const whole = collapse(parts.length === 1 ? (parts[0] as Part).text : parts.map((p) => p.text).join(''));
    if (pending) {
      const firstText = parts.find((p) => p.control || p.text.trim() !== '');
      const firstStart = firstText ? labelStart(collapse(firstText.text), match) : undefined;
      const starts = firstStart ?? (parts.length === 1 ? undefined : labelStart(whole, match));
      const bare = match(whole) !== undefined;
      if (!starts && !bare && whole !== '' && (pending.colon || isAdjacent(pending, line))) {
        out.push({ key: pending.key, label: pending.label, value: whole, relation: 'next-sibling' });
        pending = undefined;
        continue;
      }
      pending = undefined;
    }
    // Index of the next part with text or a control, for every part (one pass, not one per part).
    const nextMeaningful = new Array<number>(parts.length);
    let upcoming = -1;
    for (let j = parts.length - 1; j >= 0; j--) {
      nextMeaningful[j] = upcoming;
      const p = parts[j] as Part;
      if (p.control || p.text.trim() !== '') upcoming = j;
    }
    const firstIndex = upcoming;
    // Several labels may share a line: "Name: Lee, Ana  Grade: 3" split across spans.
    current = undefined;
    block = line.block;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as Part;
      if (!part.control) {
        const text = collapse(part.text);
        if (text === '') {
          if (current) current.value += ' ';
          continue;
        }
        const start = labelStart(text, match);
        if (start) {
          emit(false);
          current = { key: start.key, label: start.label, value: start.rest, labelEl: part.el, sameElement: start.rest.trim() !== '', sawControl: false };
          continue;
        }
        const nextIndex = nextMeaningful[i] as number;
        const next = nextIndex >= 0 ? parts[nextIndex] : undefined;
        if (next && !next.control && /^\s*[:：]/.test(next.text)) {
          const key = match(text);
          if (key !== undefined) {
            emit(false);
            const rest = next.text.replace(/^\s*[:：]/, '');
            current = { key, label: text, value: rest, labelEl: part.el, sameElement: false, sawControl: false };
            i = nextIndex;
            continue;
          }
        }
      }
      // "<span>Plan renewal</span><span>05/01/2026</span>": a bare label first, its value in its own element.
      if (!current && !part.control && i === firstIndex) {
        const text = collapse(part.text);
        const key = match(text);
        const nextIndex = nextMeaningful[i] as number;
        const next = nextIndex >= 0 ? parts[nextIndex] : undefined;
        if (key !== undefined && next && next.el !== part.el && !next.el.contains(part.el)) {
          current = { key, label: text, value: '', labelEl: part.el, sameElement: false, sawControl: false };
          continue;
        }
      }
      if (current) {
        current.value += part.control ? ` ${part.text} ` : part.text;
        if (part.control) current.sawControl = true;
      }
    }
    if (current) {
      emit(true);
      continue;
    }
    // A line that is only a label, without a colon: its value is in the next, adjacent block.
    const meaningful = parts.filter((p) => p.control || p.text.trim() !== '');
    const key = meaningful.length === 1 && !meaningful[0]?.control ? match(whole) : undefined;
    if (key !== undefined) pending = { key, label: whole, colon: false, labelEl: (meaningful[0] as Part).el, block: line.block };
  }
}
