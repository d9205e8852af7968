import type { TrackerKey } from '../../shared/index.ts';

export type { TrackerKey };

/** What one page reader found on a page: cleaned field values plus problems in a teacher's words. */
export interface PageReading {
  /** Id of the reader that read the page: `'seis'`, `'generic'` or `'taught'`. */
  system: string;
  /** Tracker fields found; dates already `YYYY-MM-DD`, text cleaned and capped. */
  fields: Partial<Record<TrackerKey, string>>;
  /** For each field read, the label it was read beside as the page shows it ("Annual ARD Date"). */
  sources: Partial<Record<TrackerKey, string>>;
  /** Teacher-readable notes, e.g. `'Layout not recognised on this page: …'`. */
  issues: string[];
}

/** A reader for one IEP system (or the generic one). Pure DOM: the document is a parameter. */
export interface SiteAdapter {
  /** Same as its folder name. */
  id: string;
  /** Whether this reader is meant for pages at `url`. */
  isMatch(url: URL): boolean;
  /** Reads the student on screen. May throw; {@link readPage} isolates it. */
  read(doc: Document, url: URL): PageReading;
}

/** A field a page label can name: a tracker key, or the whole name (`Name: Lee, Ana`) split later. */
export type FieldKey = TrackerKey | 'fullName';
