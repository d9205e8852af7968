import { boundedText } from '../dom-text.ts';
import { HEADING_WORDS, NOT_NAME_WORDS } from '../vocabulary.ts';
import { collapse, type Candidate, type LayoutStrategy, type Matcher, type PageScan } from './types.ts';

/** A person's name: two to five words of letters (with ' - . and one comma), each capitalised. */
const NAME = /^(?=.{3,60}$)\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){1,4}$/u;
/** Where a name in a heading ends: an ID, a date, a separator. */
const NAME_END = /\s*(?:[(|–—•·]|\s-\s|,?\s+(?:ID|Student ID|DOB|Grade|Gr\.)\b[\s\S]*$)/;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** The words before a name: ending in "for", "of", a colon or a dash, and holding a heading word. */
const INTRO = new RegExp(`^(.{0,60}?\\b(?:${HEADING_WORDS.map((w) => escape(w.word)).join('|')})\\b.{0,40}?)(?:\\s+(?:for|of)\\s*:?|\\s*[:|]|\\s+[-–—]|\\s*[–—])\\s+`, 'i');
const NOT_NAME = new Set(NOT_NAME_WORDS);

function isName(text: string): boolean {
  return NAME.test(text) && !text.toLowerCase().split(/[\s,]+/).some((w) => NOT_NAME.has(w.replace(/[.'’-]/g, '')));
}

/** The student's name in a heading's text, with the words that introduced it; undefined when none. */
export function nameInHeading(text: string): { intro: string; name: string } | undefined {
  const heading = collapse(text);
  if (heading.length > 120) return undefined;
  const m = INTRO.exec(heading);
  if (m) {
    const rest = heading.slice(m[0].length);
    const cut = rest.search(NAME_END);
    const name = (cut >= 0 ? rest.slice(0, cut) : rest).replace(/[\s:,.;]+$/, '').trim();
    if (isName(name)) return { intro: heading.slice(0, m[0].length).trim(), name };
  }
  // "Rivera, Maya (ID 1009981)", "Students › Hollis, June": a heading whose last part is a "Last, First"
  // name and nothing else around it.
  const last = heading.split(/\s*[›»>/]\s*/).pop() ?? '';
  const cut = last.search(/\s*[(|–—•·]|\s-\s/);
  const bare = (cut >= 0 ? last.slice(0, cut) : last).trim();
  if (/^[^,]+,\s*[^,]+$/.test(bare) && isName(bare)) return { intro: '', name: bare };
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
      out.push({ key, label: found.intro || 'Page heading', value: found.name, relation: 'same-element', confidence: found.intro ? 0.5 : 0.35, strategy: 'student-headings', valueEl: heading });
    }
    return out;
  },
};
