import { parseDate } from '../../../shared/index.ts';
import { boundedText } from '../dom-text.ts';
import { nameInHeading } from './student-headings.ts';
import { collapse, type Candidate, type LayoutStrategy, type Line, type Matcher, type PageScan, type Part } from './types.ts';

const COLON_LABEL = /^([^:：]{1,48}?)\s*[:：]\s*([\s\S]*)$/;

interface Pending<K> {
  key: K;
  label: string;
  colon: boolean;
  labelEl: Element;
  block: Element;
}

interface Current<K> {
  key: K;
  label: string;
  value: string;
  /** The element of the value's first piece. */
  valueEl?: Element;
  labelEl: Element;
  sameElement: boolean;
  sawControl: boolean;
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
  // "<p><strong>LASID</strong><br>LA-88120</p>": the value on the next line of the same block.
  if (next.block === pending.block && pending.labelEl !== pending.block) return true;
  return targets.some(
    (b) =>
      (!!sibling && (sibling === b || sibling.contains(b))) ||
      (!!labelSibling && (labelSibling === b || labelSibling.contains(b))) ||
      (pending.block !== b && pending.block.contains(b)),
  );
}

/** The start of a `Label: value` pair in one piece of text. */
function labelStart<K>(text: string, match: Matcher<K>): { key: K; label: string; rest: string } | undefined {
  const head = text.length > 200 ? text.slice(0, 200) : text;
  const m = COLON_LABEL.exec(head);
  if (!m) return undefined;
  const label = m[1] as string;
  const key = match(label);
  if (key === undefined) return undefined;
  return { key, label, rest: text.slice(head.length - (m[2] as string).length) };
}

/** A value that can only be one thing: an ID-like code or a date (for labels printed without a colon). */
const CODE = /^#?[A-Za-z]{0,4}-?\d[\dA-Za-z-]{2,19}$/;

/**
 * "ID 1009981", "DOB 03/04/2015": a known label and a code or date in one line, without a colon. Only
 * whole lines of at most six words count, so sentences are never split.
 */
function labelSpaceValue<K>(whole: string, match: Matcher<K>): { key: K; label: string; value: string } | undefined {
  const words = whole.split(' ');
  if (words.length < 2 || words.length > 6 || whole.length > 60) return undefined;
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const label = words.slice(0, n).join(' ').replace(/[#:]+$/, '');
    const value = words.slice(n).join(' ');
    const key = match(label);
    if (key === undefined) continue;
    if (CODE.test(value) || (/\d/.test(value) && parseDate(value).ok)) return { key, label, value };
    return undefined;
  }
  return undefined;
}

/** Visible separators between fields on one line: " | ", " • ", or a run of spaces holding a `&nbsp;`. */
const SEPARATOR = /[ \t\n\r\u00A0]+[|•·][ \t\n\r\u00A0]+|[ \t\n\r]*\u00A0[ \t\n\r\u00A0]+|[ \t\n\r]+\u00A0[ \t\n\r]*/;

/** Splits lines at visible separators, so "Student ID: 7 | Grade: 2" reads as two lines. */
function splitAtSeparators(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    if (!line.parts.some((p) => !p.control && SEPARATOR.test(p.text))) {
      out.push(line);
      continue;
    }
    let current: Line = { parts: [], block: line.block, meaningful: false };
    for (const part of line.parts) {
      const pieces = part.control ? [part.text] : part.text.split(new RegExp(SEPARATOR.source, 'g'));
      pieces.forEach((text, i) => {
        if (i > 0) {
          if (current.meaningful) out.push(current);
          current = { parts: [], block: line.block, meaningful: false };
        }
        current.parts.push({ ...part, text });
        if (part.control || /\S/.test(text)) current.meaningful = true;
      });
    }
    if (current.meaningful) out.push(current);
  }
  return out;
}

/**
 * Labelled text, in its many shapes: `Label: value` on one line or split across elements, several pairs
 * on one line, a label element beside its value element (`<span>` + `<strong>`, grid cards, `<dt>`-less
 * grids), a label line then its value on the next, adjacent line, and "ID 1009981" without a colon.
 *
 * @example labelText.find(scan, fieldForLabel, {})[0]?.relation // 'same-element'
 */
export const labelText: LayoutStrategy = {
  id: 'label-text',
  find<K>(scan: PageScan<K>, match: Matcher<K>): Candidate<K>[] {
    const out: Candidate<K>[] = [];
    const push = (key: K, label: string, value: string, relation: 'same-element' | 'next-sibling', confidence: number, valueEl?: Element, labelEl?: Element) =>
      out.push({ key, label, value, relation, confidence, strategy: 'label-text', ...(valueEl ? { valueEl } : {}), ...(labelEl ? { labelEl } : {}) });
    let pending: Pending<K> | undefined;
    let current: Current<K> | undefined;
    let block: Element | undefined;
    /** Ends the pair being read; a label with no value yet waits for the next line (at the line's end). */
    function emit(atEnd: boolean): void {
      if (!current) return;
      const value = collapse(current.value);
      if (value !== '') {
        push(current.key, current.label, value, current.sameElement ? 'same-element' : 'next-sibling', current.sameElement ? 0.8 : 0.75, current.valueEl ?? current.labelEl, current.labelEl);
      } else if (atEnd && !current.sawControl && block) {
        pending = { key: current.key, label: current.label, colon: true, labelEl: current.labelEl, block };
      }
      current = undefined;
    }
    const lines = splitAtSeparators(scan.lines);
    const nameKey = match('Student Name');
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] as Line;
      const parts = line.parts;
      const whole = collapse(parts.length === 1 ? (parts[0] as Part).text : parts.map((p) => p.text).join(''));
      if (pending) {
        const firstText = parts.find((p) => p.control || p.text.trim() !== '');
        const firstStart = firstText ? labelStart(collapse(firstText.text), match) : undefined;
        const starts = firstStart ?? (parts.length === 1 ? undefined : labelStart(whole, match));
        const bare = match(whole) !== undefined;
        if (!starts && !bare && whole !== '' && (pending.colon || isAdjacent(pending, line))) {
          const first = parts.find((p) => p.control || p.text.trim() !== '');
          push(pending.key, pending.label, whole, 'next-sibling', 0.7, first?.el, pending.labelEl);
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
          // "<span>Name: Lee, Ana</span> <span>ID# 4420917</span>": a new element opening with a label and a code.
          const spaced = current && current.value.trim() !== '' && part.el !== current.labelEl && !current.labelEl.contains(part.el) ? labelSpaceValue(text, match) : undefined;
          if (spaced) {
            emit(false);
            push(spaced.key, spaced.label, spaced.value, 'same-element', 0.6, part.el, part.el);
            continue;
          }
          const start = labelStart(text, match);
          if (start) {
            emit(false);
            current = { key: start.key, label: start.label, value: start.rest, labelEl: part.el, sameElement: start.rest.trim() !== '', sawControl: false, ...(start.rest.trim() !== '' ? { valueEl: part.el } : {}) };
            continue;
          }
          const nextIndex = nextMeaningful[i] as number;
          const next = nextIndex >= 0 ? parts[nextIndex] : undefined;
          if (next && !next.control && /^\s*[:：]/.test(next.text)) {
            const key = match(text);
            if (key !== undefined) {
              emit(false);
              const rest = next.text.replace(/^\s*[:：]/, '');
              current = { key, label: text, value: rest, labelEl: part.el, sameElement: false, sawControl: false, ...(rest.trim() !== '' ? { valueEl: next.el } : {}) };
              i = nextIndex;
              continue;
            }
          }
        }
        // "<span>Plan renewal</span><strong>05/01/2026</strong>": a bare label first, its value in its own element.
        if (!current && !part.control && i === firstIndex) {
          const text = collapse(part.text);
          const key = match(text);
          const nextIndex = nextMeaningful[i] as number;
          const next = nextIndex >= 0 ? parts[nextIndex] : undefined;
          // The value is its own element, or loose text after a label element ("<em>Student</em> – Lee, Ana").
          const own = next && next.el !== part.el && (!next.el.contains(part.el) || collapse(boundedText(part.el, 100, false)) === text);
          if (key !== undefined && next && own) {
            current = { key, label: text, value: '', labelEl: part.el, sameElement: false, sawControl: false };
            continue;
          }
        }
        if (current) {
          if (!current.valueEl && (part.control || part.text.trim() !== '')) current.valueEl = part.el;
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
      if (key !== undefined) {
        pending = { key, label: whole, colon: false, labelEl: (meaningful[0] as Part).el, block: line.block };
        continue;
      }
      const spaced = labelSpaceValue(whole, match);
      if (spaced) {
        push(spaced.key, spaced.label, spaced.value, 'same-element', 0.6, line.parts[0]?.el, line.parts[0]?.el);
        continue;
      }
      // A record's header bar: "Caudill, Wren • Grade: 03 • Student #: 100238841", the name first and alone.
      const after = lines[index + 1];
      if (nameKey !== undefined && after && after.block === line.block && !whole.includes(':') && nameInHeading(whole)?.intro === '') {
        const first = after.parts.find((p) => !p.control && p.text.trim() !== '');
        if (first && labelStart(collapse(first.text), match)) push(nameKey, 'Student header', whole, 'same-element', 0.35, line.parts[0]?.el);
      }
    }
    return out;
  },
};
