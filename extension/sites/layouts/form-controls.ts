import { boundedText, controlValue } from '../dom-text.ts';
import { collapse, type Candidate, type LayoutStrategy, type Matcher, type PageScan, type Relation } from './types.ts';

/** The text of the elements an `aria-labelledby` names (five at most). */
export function labelTextById(doc: Document, ids: string): string {
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

/**
 * The texts that may name a form control, most specific first: its `aria-label`, `aria-labelledby`,
 * `<label for>`, a wrapping `<label>`, its `title`. Teach mode uses the same order.
 *
 * @example controlLabels(document, input) // [['Date of Birth', 'input']]
 */
export function controlLabels(doc: Document, control: Element, labelsFor?: Map<string, Element>): [string, Relation][] {
  const tries: [string, Relation][] = [];
  const aria = control.getAttribute('aria-label');
  if (aria) tries.push([aria, 'aria']);
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) tries.push([labelTextById(doc, labelledBy), 'aria']);
  const id = control.getAttribute('id');
  const forLabel = id ? (labelsFor?.get(id) ?? doc.querySelector(`label[for="${id.replace(/["\\]/g, '')}"]`)) : undefined;
  if (forLabel) tries.push([boundedText(forLabel, 100, false), 'input']);
  const wrapping = control.closest('label');
  if (wrapping) tries.push([boundedText(wrapping, 100, false), 'input']);
  const title = control.getAttribute('title');
  if (title) tries.push([title, 'input']);
  return tries.map(([label, relation]) => [collapse(label), relation]);
}

/**
 * Form controls (read-only forms): the value of an input, select or textarea named by its `aria-label`,
 * `aria-labelledby`, `<label for>`, a wrapping `<label>` or its `title`, in that order.
 *
 * @example formControls.find(scanPage(body, fieldForLabel), fieldForLabel, {})[0] // { key: 'dateOfBirth', relation: 'input', … }
 */
export const formControls: LayoutStrategy = {
  id: 'form-controls',
  find<K>(scan: PageScan<K>, match: Matcher<K>): Candidate<K>[] {
    const out: Candidate<K>[] = [];
    for (const control of scan.controls) {
      for (const [label, relation] of controlLabels(scan.doc, control, scan.labelsFor)) {
        const key = match(label);
        if (key === undefined) continue;
        out.push({ key, label, value: controlValue(control), relation, confidence: 0.9, strategy: 'form-controls', valueEl: control });
        break;
      }
    }
    return out;
  },
};
