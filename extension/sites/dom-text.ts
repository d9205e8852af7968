import { MAX_SCAN_CHARS } from './clean-text.ts';

/* DOM helpers that work in any realm (browser, happy-dom in Node): no `instanceof`, no globals. */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text is never page content a teacher reads as a value. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'noframes', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'frame',
  'object', 'embed', 'canvas', 'video', 'audio', 'select', 'datalist', 'option', 'optgroup', 'textarea',
  'button', 'input', 'meta', 'link',
]);

/** Inline elements: their text continues the line around them. Everything else starts a new line. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins',
  'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time',
  'tt', 'u', 'var', 'wbr', 'input', 'select', 'textarea', 'output',
]);

/** Input types whose value is not a visible value. */
const HIDDEN_INPUT_TYPES = new Set(['hidden', 'password', 'file', 'checkbox', 'radio', 'submit', 'reset', 'button', 'image']);

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node | null | undefined): node is Text {
  return !!node && node.nodeType === TEXT_NODE;
}

/** Lower-case tag name in any document type. */
export function tagOf(el: Element): string {
  const name = el.localName;
  return name && name === name.toLowerCase() ? name : (name || el.tagName || '').toLowerCase();
}

/** Whether a document's style sheets could hide something (then any element may be hidden by a class or tag rule). */
const STYLED = new WeakMap<Document, boolean>();
/** Whether a document is laid out (a browser; happy-dom has no layout and gives every box zero size). */
const LAID_OUT = new WeakMap<Document, boolean>();

/** Declarations that can hide an element or park it out of sight. */
const HIDING_CSS = /display\s*:\s*none|visibility\s*:|opacity|position\s*:\s*(?:absolute|fixed)|text-indent|clip|font-size\s*:\s*0|overflow|width\s*:\s*0|height\s*:\s*0|transform/i;

/**
 * Whether the page's style sheets could hide something: a linked sheet (unread), or a `<style>` with a
 * declaration that hides. Pages without one are not asked for computed styles (slow outside browsers).
 */
function styleMayHide(doc: Document): boolean {
  let known = STYLED.get(doc);
  if (known === undefined) {
    try {
      known = doc.querySelector('link[rel~="stylesheet" i]') !== null
        || Array.from(doc.querySelectorAll('style')).some((s) => HIDING_CSS.test((s.textContent ?? '').slice(0, 200_000)));
    } catch {
      known = true;
    }
    STYLED.set(doc, known);
  }
  return known;
}

/** Whether boxes have real sizes here: some element of the page has a non-zero size. */
export function hasLayout(doc: Document): boolean {
  let known = LAID_OUT.get(doc);
  if (known === undefined) {
    try {
      const boxes = [doc.documentElement, doc.body].filter(isElement);
      known = boxes.some((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      });
    } catch {
      known = false;
    }
    LAID_OUT.set(doc, known);
  }
  return known;
}

/** Farther left or above than this (CSS px), a box is parked off-screen on purpose. */
const OFF_SCREEN_PX = -500;

function px(value: string | undefined): number {
  const n = Number.parseFloat(value ?? '');
  return Number.isFinite(n) ? n : 0;
}

/** Whether the computed style (stylesheets, classes and inline style) hides the element from sight. */
function hiddenByStyle(el: Element, doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  const style = view.getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  if (style.opacity !== '' && Number.parseFloat(style.opacity) <= 0.01) return true;
  if (style.fontSize !== '' && Number.parseFloat(style.fontSize) === 0) return true;
  if ((style.position === 'absolute' || style.position === 'fixed') && (px(style.left) <= OFF_SCREEN_PX || px(style.top) <= OFF_SCREEN_PX || px(style.right) <= OFF_SCREEN_PX)) return true;
  if (px(style.textIndent) <= OFF_SCREEN_PX) return true;
  const clip = (style.clip ?? '').replace(/\s+/g, '');
  if (/^rect\((?:0(?:px)?,?){4}\)$/.test(clip) || /^inset\((?:50|100)%\)$/.test((style.clipPath ?? '').trim())) return true;
  const clipsOverflow = [style.overflow, style.overflowX, style.overflowY].some((o) => !!o && o !== 'visible');
  // A box sized to nothing (or the 1px of a screen-reader-only class) that clips what overflows it
  // (declared sizes: no layout needed; the same 1px limit as the laid-out check below).
  if (clipsOverflow && [style.width, style.height, style.maxWidth, style.maxHeight].some((v) => /^0(?:\.0+)?(?:px|em|rem|%)?$|^(?:0?\.\d+|1(?:\.0+)?)px$/.test((v ?? '').trim()))) return true;
  if (!hasLayout(doc) || style.display === 'contents') return false;
  const box = el.getBoundingClientRect();
  if ((box.width <= 1 || box.height <= 1) && clipsOverflow) return true;
  const scrollX = view.scrollX || 0;
  const scrollY = view.scrollY || 0;
  return box.width > 0 && (box.right + scrollX <= 0 || box.bottom + scrollY <= 0);
}

/**
 * Whether a person cannot see an element: the `hidden` attribute, `aria-hidden="true"`, or a computed
 * style that hides it (display, visibility, opacity 0, zero font size, parked off-screen, clipped to
 * nothing); where the page is laid out (a browser), also a zero-size box that clips its content or a box
 * left of or above the page. Descendants of a hidden element are skipped by the callers.
 */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const inline = el.getAttribute('style');
  if (inline && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(inline)) return true;
  const doc = el.ownerDocument;
  if (!doc || (!inline && !hasLayout(doc) && !styleMayHide(doc))) return false;
  try {
    return hiddenByStyle(el, doc);
  } catch {
    return false;
  }
}

/** Whether an element is a form control holding a value (input, select, textarea). */
export function isControl(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'select' || tag === 'textarea') return true;
  if (tag !== 'input') return false;
  return !HIDDEN_INPUT_TYPES.has((el.getAttribute('type') ?? 'text').toLowerCase());
}

/**
 * The value a form control shows: an input's or textarea's `value` property (the attribute when the
 * property is missing), a select's chosen option text. Never markup. At most {@link MAX_SCAN_CHARS}.
 */
export function controlValue(el: Element): string {
  const tag = tagOf(el);
  let value = '';
  if (tag === 'select') {
    const select = el as HTMLSelectElement;
    const options = select.options ? Array.from(select.options) : Array.from(el.querySelectorAll('option'));
    const chosen = options.find((o) => o.selected) ?? options.find((o) => o.hasAttribute('selected'))
      ?? (select.multiple ? undefined : options[0]);
    if (chosen) value = boundedText(chosen) || (chosen.getAttribute('value') ?? '');
  } else {
    const prop = (el as HTMLInputElement).value;
    value = typeof prop === 'string' ? prop : (el.getAttribute('value') ?? '');
  }
  return value.length > MAX_SCAN_CHARS ? value.slice(0, MAX_SCAN_CHARS) : value;
}

/**
 * An element's visible text (text nodes only, skipping scripts, styles and hidden parts; form controls
 * contribute their values), reading at most `limit` characters. Never markup.
 */
export function boundedText(root: Element, limit: number = MAX_SCAN_CHARS, withControls = true): string {
  let out = '';
  const stack: Node[] = [root];
  let visited = 0;
  while (stack.length > 0 && out.length < limit && visited < 5_000) {
    const node = stack.pop() as Node;
    visited++;
    if (isText(node)) {
      const data = node.data;
      out += data.length > limit ? data.slice(0, limit) : data;
      continue;
    }
    if (!isElement(node)) continue;
    if (node !== root && isHiddenElement(node)) continue;
    if (isControl(node) && node !== root) {
      if (withControls) out += ` ${controlValue(node)} `;
      continue;
    }
    const tag = tagOf(node);
    if (node !== root && SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'br' || (node !== root && !INLINE_TAGS.has(tag))) out += ' ';
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return out.length > limit ? out.slice(0, limit) : out;
}

/** The text or value a teacher sees in an element: a control's value, otherwise its text. */
export function valueOf(el: Element): string {
  return isControl(el) ? controlValue(el) : boundedText(el);
}

/**
 * A table's own rows (not those of tables nested in its cells), in order; hidden row groups are left out.
 * Hidden rows are not (checking each row of a long list is slow): readers skip them as they read.
 */
export function rowsOf(table: Element, limit = 100_000): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child);
    else if ((tag === 'thead' || tag === 'tbody' || tag === 'tfoot') && !isHiddenElement(child)) {
      for (const row of Array.from(child.children)) if (tagOf(row) === 'tr') rows.push(row);
    }
    if (rows.length >= limit) break;
  }
  return rows;
}

/** A row's own cells (td and th) a person can see. */
export function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => {
    const tag = tagOf(c);
    return (tag === 'td' || tag === 'th') && !isHiddenElement(c);
  });
}

/** A row's cells by visual column: a cell spanning three columns appears three times (spans capped at 20). */
export function columnsOf(row: Element): Element[] {
  const columns: Element[] = [];
  for (const cell of cellsOf(row)) {
    const span = Math.min(20, Math.max(1, Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1));
    for (let i = 0; i < span; i++) columns.push(cell);
  }
  return columns;
}
