import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The synthetic pages of the demo IEP system. */
export const PAGES_DIR = resolve(import.meta.dirname, '../fixtures/pages');

/** A fixture page's HTML. */
export function pageHtml(path: string): string {
  return readFileSync(join(PAGES_DIR, path), 'utf8');
}

/** Parses HTML into a document as a browser would, without running its scripts. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A fixture page as a document (scripts not run). */
export function loadPage(path: string): Document {
  return parseHtml(pageHtml(path));
}

/**
 * Makes a `<frame>`/`<iframe>` show another document, as a browser does once a same-origin frame has
 * loaded (happy-dom does not load frames from files).
 */
export function attachFrame(frame: Element, inner: Document): void {
  Object.defineProperty(frame, 'contentDocument', { configurable: true, get: () => inner });
}
