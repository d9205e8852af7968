import { boundedText } from '../dom-text.ts';
import { NAME_HEADING_INTROS } from '../vocabulary.ts';
import { collapse, type Candidate, type LayoutStrategy, type Matcher, type PageScan } from './types.ts';

/** A person's name: two to five words of letters (with ' - . and one comma), each capitalised. */
const NAME = /^(?=.{3,60}$)\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){1,4}$/u;
/** Where a name in a heading ends: an ID, a date, a separator. */
const NAME_END = /\s*(?:[(|–—•·]|\s-\s|,?\s+(?:ID|Student ID|DOB|Grade|Gr\.)\b[\s\S]*$)/;

/** The student's name in a heading's text, with the words that introduced it; undefined when none. */
export function nameInHeading(text: string): { intro: string; name: string } | undefined {
  const heading = collapse(text);
  if (heading.length > 120) return undefined;
  for (const { intro } of NAME_HEADING_INTROS) {
    const m = intro.exec(heading);
    if (!m) continue;
    const rest = heading.slice(m[0].length);
    const cut = rest.search(NAME_END);
    const name = (cut >= 0 ? rest.slice(0, cut) : rest).replace(/[\s:,.;]+$/, '').trim();
    if (NAME.test(name)) return { intro: m[0].trim().replace(/[\s:\-–—|]+$/, ''), name };
  }
  // "Rivera, Maya (ID 1009981)": a heading that is a "Last, First" name and nothing else around it.
  const cut = heading.search(/\s*[(|–—•·]|\s-\s/);
  const bare = (cut >= 0 ? heading.slice(0, cut) : heading).trim();
  if (/^[^,]+,\s*[^,]+$/.test(bare) && NAME.test(bare)) return { intro: '', name: bare };
  return undefined;
}

/**
 * Headings that introduce the student ("IEP Summary for Maya Rivera", "ARD Report: Rivera, Maya", or a
 * "Rivera, Maya" heading above the student's table): a full name, split later. Less sure than a labelled
 * name, which wins when the page has one.
 *
 * @example studentHeadings.find(scan, fieldForLabel, {})[0] // { key: 'fullName', label: 'IEP Summary for', value: 'Maya Rivera', … }
 */
export const studentHeadings: LayoutStrategy = {
  id: 'student-headings',
  find<K>(scan: PageScan<K>, match: Matcher<K>): Candidate<K>[] {
    const key = match('Student Name');
    if (key === undefined) return [];
    const out: Candidate<K>[] = [];
    for (const heading of scan.headings) {
      const found = nameInHeading(boundedText(heading, 200, false));
      if (!found) continue;
      out.push({ key, label: found.intro || 'heading', value: found.name, relation: 'same-element', confidence: found.intro ? 0.5 : 0.35, strategy: 'student-headings' });
    }
    return out;
  },
};
