import { MAX_SCAN_CHARS } from '../clean-text.ts';
import { controlValue, INLINE_TAGS, isControl, isElement, isHiddenElement, isText, SKIPPED_TAGS, tagOf } from '../dom-text.ts';
import { tableShape } from './table-shape.ts';
import type { Line, Matcher, PageScan } from './types.ts';

/** Bounds on how much of a page is read, whatever its size. */
export const LIMITS = { nodes: 120_000, chars: 1_000_000, controls: 2_000, tables: 500, listItems: 5_000, headings: 200 };

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'legend']);

/**
 * Walks a page once as a reader sees it (blocks, table cells and `<br>` end lines), collecting the
 * elements each layout strategy needs. Parts a person cannot see, scripts and styles are skipped; tables
 * that list many students are recognised from their header and not walked row by row.
 *
 * @param root where to start (the body, or an area such as a system's sidebar)
 * @param match names the key a label stands for (to recognise table headers)
 * @example scanPage(document.body, fieldForLabel).lines.length
 */
export function scanPage<K>(root: Element, match: Matcher<K>): PageScan<K> {
  const w: PageScan<K> = {
    doc: root.ownerDocument,
    lines: [],
    controls: [],
    labelsFor: new Map(),
    ariaElements: [],
    terms: [],
    tables: [],
    headings: [],
    frames: [],
    truncated: false,
  };
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
    if (isHiddenElement(el)) continue;
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
      } else if (tag === 'table' && w.tables.length < LIMITS.tables) {
        const shape = tableShape(el, match);
        w.tables.push({ el, shape });
        if (shape.isList) enter = false;
      } else if ((HEADING_TAGS.has(tag) || el.getAttribute('role') === 'heading') && w.headings.length < LIMITS.headings) {
        w.headings.push(el);
      }
      if (w.ariaElements.length < LIMITS.controls && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))) {
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
