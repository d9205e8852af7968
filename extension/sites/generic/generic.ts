import { readStudentFields } from '../read-student-fields.ts';
import type { PageReading, SiteAdapter } from '../types.ts';

/**
 * The reader of last resort: finds student fields on any page by their visible labels and the synonyms
 * IEP systems and teachers use, in every common layout (label/value text, definition lists, read-only
 * forms, tables, `aria-label`s, same-origin frames).
 */
export const generic: SiteAdapter = {
  id: 'generic',
  isMatch(url: URL): boolean {
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'file:';
  },
  read(doc: Document): PageReading {
    return readStudentFields(doc, 'generic');
  },
};
