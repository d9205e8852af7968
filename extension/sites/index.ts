import { cleanText } from './clean-text.ts';
import { generic } from './generic/generic.ts';
import { LAYOUT_NOT_RECOGNISED } from './read-student-fields.ts';
import { seis } from './seis/seis.ts';
import { readTaught, type TaughtMapping } from './teach.ts';
import type { PageReading, SiteAdapter, TrackerKey } from './types.ts';
import { isIsoDate, TRACKER_COLUMNS } from '../../shared/index.ts';

export type { PageReading, SiteAdapter, TrackerKey } from './types.ts';
export { locatorFor, readTaught, type Locator, type TaughtMapping } from './teach.ts';
export { KNOWN_SYSTEMS } from './known-systems.ts';
export { LAYOUT_NOT_RECOGNISED } from './read-student-fields.ts';
export { FRAME_NOT_LOADED } from './collect-documents.ts';
export { readPageServices, SERVICE_STRATEGIES, type PageServicesReading } from './read-page-services.ts';

/** Page readers, most specific first; `generic` is always last. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [seis, generic];

const KEYS = new Set<string>(TRACKER_COLUMNS.map((c) => c.key));
const DATE_KEYS = new Set<string>(TRACKER_COLUMNS.filter((c) => c.type === 'date').map((c) => c.key));

/** Keeps only tracker keys with clean, capped string values (and real dates): a last line of defence. */
function sanitise(fields: unknown): Partial<Record<TrackerKey, string>> {
  const out: Partial<Record<TrackerKey, string>> = {};
  if (!fields || typeof fields !== 'object') return out;
  for (const [key, value] of Object.entries(fields)) {
    if (!KEYS.has(key) || typeof value !== 'string') continue;
    const clean = cleanText(value);
    if (clean === '' || (DATE_KEYS.has(key) && !isIsoDate(clean))) continue;
    out[key as TrackerKey] = clean;
  }
  return out;
}

/** Sources of the fields kept: short clean label text, only for fields that were kept. */
function sanitiseSources(sources: unknown, fields: Partial<Record<TrackerKey, string>>): Partial<Record<TrackerKey, string>> {
  const out: Partial<Record<TrackerKey, string>> = {};
  if (!sources || typeof sources !== 'object') return out;
  for (const [key, value] of Object.entries(sources)) {
    if (typeof value !== 'string' || fields[key as TrackerKey] === undefined) continue;
    const clean = cleanText(value, 60);
    if (clean !== '') out[key as TrackerKey] = clean;
  }
  return out;
}

function sanitiseIssues(issues: unknown): string[] {
  if (!Array.isArray(issues)) return [];
  return issues.filter((i): i is string => typeof i === 'string').map((i) => cleanText(i, 300)).filter(Boolean).slice(0, 20);
}

function labelOf(key: TrackerKey): string {
  return TRACKER_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

/**
 * Reads the student on screen. Conflicts are settled in one order: a field the teacher taught for this
 * site wins; then the first reader in {@link SITE_ADAPTERS} that finds fields (a system's own reader
 * before the generic one, whose fields are the most confident candidates of every layout strategy).
 * Each field comes with the label it was read beside (`sources`), for the panel to show. Never throws:
 * a reader that fails is skipped with a note, and a page nothing recognises reports
 * "Layout not recognised …" with no fields.
 *
 * @param doc the page's document (frames are reached through it)
 * @param url the page's address (decides which readers apply)
 * @param taught the teach-mode mapping saved for this site, if any
 * @example readPage(document, new URL(location.href)) // { system: 'seis', fields: { studentId: '1001', … }, sources: { studentId: 'SEIS ID', … }, issues: [] }
 */
export function readPage(doc: Document, url: URL, taught?: TaughtMapping): PageReading {
  const notes: string[] = [];
  let reading: PageReading | undefined;
  for (const adapter of SITE_ADAPTERS) {
    try {
      if (!adapter.isMatch(url)) continue;
      const result = adapter.read(doc, url);
      const fields = sanitise(result.fields);
      const issues = sanitiseIssues(result.issues);
      if (Object.keys(fields).length > 0) {
        reading = { system: adapter.id, fields, sources: sanitiseSources(result.sources, fields), issues: [...notes, ...issues] };
        break;
      }
      notes.push(...issues.filter((i) => !notes.includes(i)));
    } catch {
      notes.push(`The ${adapter.id} reader could not read this page; trying the next one.`);
    }
  }
  let taughtFields: Partial<Record<TrackerKey, string>> = {};
  const taughtKeys = taught && typeof taught === 'object' ? (Object.keys(taught) as TrackerKey[]).filter((k) => KEYS.has(k)) : [];
  if (taught && taughtKeys.length > 0) {
    try {
      taughtFields = sanitise(readTaught(doc, taught));
    } catch {
      notes.push('The fields you taught for this site could not be read on this page.');
    }
  }
  const missingTaught = taughtKeys.filter((k) => taughtFields[k] === undefined);
  const taughtIssues = missingTaught.length > 0 ? [`Not found on this page: ${missingTaught.map(labelOf).join(', ')} (taught for this site).`] : [];
  if (Object.keys(taughtFields).length > 0) {
    const taughtSources: Partial<Record<TrackerKey, string>> = {};
    for (const key of Object.keys(taughtFields) as TrackerKey[]) {
      const label = taught?.[key]?.label;
      if (typeof label === 'string') taughtSources[key] = cleanText(label, 60);
    }
    return {
      system: 'taught',
      fields: { ...reading?.fields, ...taughtFields },
      sources: { ...reading?.sources, ...taughtSources },
      issues: [...(reading?.issues ?? notes), ...taughtIssues],
    };
  }
  if (reading) return { ...reading, issues: [...reading.issues, ...taughtIssues] };
  // A caseload list is recognised: say so instead of "layout not recognised".
  const listNote = notes.find((n) => n.startsWith('This page lists '));
  const head = listNote ? [listNote] : [LAYOUT_NOT_RECOGNISED];
  return { system: 'generic', fields: {}, sources: {}, issues: [...head, ...notes.filter((n) => n !== LAYOUT_NOT_RECOGNISED && n !== listNote), ...taughtIssues] };
}
