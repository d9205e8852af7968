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

/** Whether an element is hidden by markup the page itself controls (no layout needed). */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
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

/** A table's own rows (not those of tables nested in its cells), in order. */
export function rowsOf(table: Element, limit = 100_000): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const row of Array.from(child.children)) if (tagOf(row) === 'tr') rows.push(row);
    }
    if (rows.length >= limit) break;
  }
  return rows;
}

/** A row's own cells (td and th). */
export function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => {
    const tag = tagOf(c);
    return tag === 'td' || tag === 'th';
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
