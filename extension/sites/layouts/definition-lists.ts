import { boundedText, isHiddenElement, tagOf, valueOf } from '../dom-text.ts';
import { collapse, type Candidate, type LayoutStrategy, type Matcher, type PageScan } from './types.ts';

/**
 * Definition lists: `<dt>DOB</dt><dd>3/4/2015</dd>`.
 *
 * @example definitionLists.find(scan, fieldForLabel, {})[0]?.relation // 'next-sibling'
 */
export const definitionLists: LayoutStrategy = {
  id: 'definition-lists',
  find<K>(scan: PageScan<K>, match: Matcher<K>): Candidate<K>[] {
    const out: Candidate<K>[] = [];
    for (const dt of scan.terms) {
      const label = collapse(boundedText(dt, 100));
      const key = match(label);
      if (key === undefined) continue;
      let dd = dt.nextElementSibling;
      while (dd && tagOf(dd) === 'dt') dd = dd.nextElementSibling;
      if (!dd || tagOf(dd) !== 'dd' || isHiddenElement(dd)) continue;
      out.push({ key, label, value: valueOf(dd), relation: 'next-sibling', confidence: 0.9, strategy: 'definition-lists', valueEl: dd, labelEl: dt });
    }
    return out;
  },
};
