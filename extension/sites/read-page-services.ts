import { cleanText } from './clean-text.ts';
import { frameDocument } from './collect-documents.ts';
import { scanPage } from './layouts/scan-page.ts';
import { labelledServices } from './services/labelled-services.ts';
import { serviceFieldForLabel } from './services/service-labels.ts';
import { serviceLines } from './services/service-lines.ts';
import { serviceTables } from './services/service-tables.ts';
import type { PageServiceText, ServiceStrategy } from './services/types.ts';

export type { PageServiceText, ServiceStrategy } from './services/types.ts';

/**
 * The ways a page lists a student's services, in order: a table of services under a header row, service
 * lines as SEIS prints them, labelled blocks. Each is isolated: one that throws is skipped with a note.
 */
export const SERVICE_STRATEGIES: readonly ServiceStrategy[] = [serviceTables, serviceLines, labelledServices];

/** What {@link readPageServices} found: the services shown, in page order, and notes in a teacher's words. */
export interface PageServicesReading {
  services: PageServiceText[];
  issues: string[];
}

/** Services read from one page at most (an IEP lists a handful). */
const MAX_SERVICES = 40;
const MAX_FRAMES = 20;
const TEXT_FIELDS = ['service', 'provider', 'setting', 'mandate', 'startDate', 'endDate', 'grouping', 'delivery'] as const;

/** Cleans every value as page text is (no controls, bidi tricks or markup; capped); drops empty ones. */
function clean(found: PageServiceText): PageServiceText | undefined {
  const out: PageServiceText = { service: cleanText(found.service), shown: cleanText(found.shown, 300) };
  if (!out.service) return undefined;
  for (const key of TEXT_FIELDS) {
    const raw = found[key];
    if (key === 'service' || typeof raw !== 'string') continue;
    const value = cleanText(raw);
    if (value) out[key] = value;
  }
  return out;
}

const sameKey = (s: PageServiceText) => [s.service, s.mandate ?? '', s.startDate ?? ''].map((v) => v.toLowerCase().replace(/[^a-z0-9]/g, '')).join('|');

/**
 * Reads the services an IEP page shows for the student on screen (service name, provider, frequency and
 * duration as printed, start and end dates, location, grouping and delivery where shown), from the page
 * and its same-origin frames, with every strategy in {@link SERVICE_STRATEGIES}. Only what a person can
 * see counts: hidden, off-screen and zero-size text is skipped as in every reader. Values are cleaned
 * page text, never markup; the same service found twice is listed once. Nothing is saved here: the
 * panel offers each service for the teacher to add or update.
 *
 * @param doc the page's document
 * @example readPageServices(document).services[0] // { service: 'Individual counseling', mandate: '45 min x 1 sessions = 45 min Weekly', startDate: '02/06/2025', … }
 */
export function readPageServices(doc: Document): PageServicesReading {
  const services: PageServiceText[] = [];
  const issues: string[] = [];
  const seen = new Set<string>();
  const docs: Document[] = [doc];
  for (let i = 0; i < docs.length && i <= MAX_FRAMES; i++) {
    const current = docs[i] as Document;
    const root = current.body ?? current.documentElement;
    if (!root) continue;
    let scan;
    try {
      scan = scanPage(root, serviceFieldForLabel);
    } catch {
      issues.push('Part of this page could not be read.');
      continue;
    }
    if (scan.truncated) issues.push('This page is very long; Casekeeper read only its first part.');
    for (const strategy of SERVICE_STRATEGIES) {
      let found: PageServiceText[];
      try {
        found = strategy.find(scan);
      } catch {
        if (!issues.includes('Part of this page could not be read.')) issues.push('Part of this page could not be read.');
        continue;
      }
      for (const raw of found) {
        const service = clean(raw);
        if (!service || seen.has(sameKey(service)) || services.length >= MAX_SERVICES) continue;
        seen.add(sameKey(service));
        services.push(service);
      }
    }
    for (const frame of scan.frames) {
      const { doc: inner, issue } = frameDocument(frame, current);
      if (issue && !issues.includes(issue)) issues.push(issue);
      if (inner && !docs.includes(inner)) docs.push(inner);
    }
  }
  return { services, issues };
}
