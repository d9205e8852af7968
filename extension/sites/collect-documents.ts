import { isElement } from './dom-text.ts';
import { findCandidates, type Candidate, type FindOptions } from './layouts/index.ts';

/** The note for a same-origin frame whose document is not there (yet). */
export const FRAME_NOT_LOADED = 'A frame on this page has not loaded yet, so it was not read.';

const MAX_FRAMES = 20;
const PART_NOT_READ = 'Part of this page could not be read.';
const MAX_DEPTH = 4;

function originOf(href: string, base: string): string | undefined {
  try {
    return new URL(href, base).origin;
  } catch {
    return undefined;
  }
}

/**
 * The document inside a frame or iframe when the page may read it (same origin and loaded), otherwise a
 * note for the teacher. Cross-origin frames cannot be read by design: they are skipped, naming their site.
 *
 * @param frame a `<frame>` or `<iframe>` element
 * @param owner the document holding it
 */
export function frameDocument(frame: Element, owner: Document): { doc?: Document; issue?: string } {
  const src = frame.getAttribute('src') ?? '';
  let inner: Document | null;
  let blocked = false;
  try {
    inner = (frame as HTMLIFrameElement).contentDocument ?? null;
    // Touching the root proves the frame is readable (cross-origin access throws here).
    if (inner && !isElement(inner.documentElement)) inner = null;
  } catch {
    blocked = true;
    inner = null;
  }
  if (inner) return { doc: inner };
  if (!blocked && (src === '' || src === 'about:blank' || /^javascript:/i.test(src))) return {};
  const base = owner.URL || owner.baseURI || 'about:blank';
  const frameOrigin = originOf(src, base);
  const pageOrigin = originOf(base, base);
  if (blocked || (frameOrigin && pageOrigin && frameOrigin !== pageOrigin && frameOrigin !== 'null')) {
    let site = 'another site';
    try {
      site = new URL(src, base).hostname || site;
    } catch {
      // keep the generic wording
    }
    return { issue: `Skipped a frame from ${site}: Casekeeper only reads frames from the same site as the page.` };
  }
  return { issue: FRAME_NOT_LOADED };
}

/** Everything {@link findInPage} found on a page and its frames. */
export interface FoundInPage<K> {
  candidates: Candidate<K>[];
  studentLists: number[];
  truncated: boolean;
  issues: string[];
}

/**
 * Runs every layout strategy ({@link findCandidates}) over a page and every same-origin frame and iframe in it (nested up to
 * 4 deep, 20 frames at most), page first.
 *
 * @param doc the page's document
 * @param match names the key a label stands for
 * @param options teach-mode row choice
 * @param within search only inside this element of the page (frames are then not read)
 */
export function findInPage<K>(doc: Document, match: (label: string) => K | undefined, options: FindOptions = {}, within?: Element): FoundInPage<K> {
  const result: FoundInPage<K> = { candidates: [], studentLists: [], truncated: false, issues: [] };
  const seen = new Set<Document>([doc]);
  const queue: [Document, number][] = [[doc, 0]];
  while (queue.length > 0) {
    const [current, depth] = queue.shift() as [Document, number];
    let found;
    try {
      found = findCandidates(current, match, options, current === doc ? within : undefined);
    } catch {
      if (!result.issues.includes(PART_NOT_READ)) result.issues.push(PART_NOT_READ);
      continue;
    }
    result.candidates.push(...found.candidates);
    if (found.failed.length > 0 && !result.issues.includes(PART_NOT_READ)) result.issues.push(PART_NOT_READ);
    result.studentLists.push(...found.studentLists);
    result.truncated ||= found.truncated;
    if (within || depth >= MAX_DEPTH) continue;
    for (const frame of found.frames) {
      if (seen.size > MAX_FRAMES) {
        result.issues.push('This page has more frames than Casekeeper reads; some were skipped.');
        break;
      }
      const { doc: inner, issue } = frameDocument(frame, current);
      if (issue && !result.issues.includes(issue)) result.issues.push(issue);
      if (inner && !seen.has(inner)) {
        seen.add(inner);
        queue.push([inner, depth + 1]);
      }
    }
  }
  return result;
}
