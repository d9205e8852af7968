import { boundedText, tagOf } from '../dom-text.ts';
import { labelTextById } from './form-controls.ts';
import { collapse, type Candidate, type LayoutStrategy, type Matcher, type PageScan } from './types.ts';

/** Container elements whose aria-label names a region, not a value. */
const CONTAINER_TAGS = new Set(['section', 'nav', 'main', 'aside', 'header', 'footer', 'form', 'table', 'ul', 'ol', 'dl', 'fieldset', 'body', 'html', 'article', 'dialog']);
const CONTAINER_ROLES = new Set(['region', 'group', 'navigation', 'complementary', 'main', 'form', 'dialog', 'tabpanel', 'list', 'table', 'grid', 'banner', 'contentinfo', 'toolbar', 'menu', 'tree']);

/**
 * Elements named by `aria-label` or `aria-labelledby` (not regions): `<span aria-label="DOB">3/4/2015</span>`.
 *
 * @example ariaLabels.find(scan, fieldForLabel, {})[0]?.relation // 'aria'
 */
export const ariaLabels: LayoutStrategy = {
  id: 'aria-labels',
  find<K>(scan: PageScan<K>, match: Matcher<K>): Candidate<K>[] {
    const out: Candidate<K>[] = [];
    for (const el of scan.ariaElements) {
      if (CONTAINER_TAGS.has(tagOf(el))) continue;
      if (CONTAINER_ROLES.has((el.getAttribute('role') ?? '').toLowerCase())) continue;
      const aria = el.getAttribute('aria-label');
      const label = aria ?? labelTextById(scan.doc, el.getAttribute('aria-labelledby') ?? '');
      const key = match(collapse(label));
      if (key === undefined) continue;
      const text = boundedText(el, 400);
      if (text.length >= 400) continue;
      // A label element that names itself ("DOB" with aria-label "DOB") holds no value.
      if (match(collapse(text)) !== undefined) continue;
      out.push({ key, label: collapse(label), value: text, relation: 'aria', confidence: 0.85, strategy: 'aria-labels', valueEl: el });
    }
    return out;
  },
};
