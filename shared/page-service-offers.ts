import { parseServiceMandate } from './parse-service-mandate.ts';
import { readTableRow } from './read-table-row.ts';
import { recordChanges, type FieldChange } from './record-changes.ts';
import type { ServiceRecord } from './service-record.ts';
import type { DateStyle } from './present-date.ts';
import { SERVICES_TABLE } from './tables/services.ts';

/** One service as an IEP page shows it: text as read (dates in any spelling), never yet a record. */
export interface PageServiceText {
  service: string;
  provider?: string;
  setting?: string;
  /** The frequency and duration as printed (`45 min x 1 sessions = 45 min Weekly`). */
  mandate?: string;
  startDate?: string;
  endDate?: string;
  grouping?: string;
  delivery?: string;
  /** The line or row as shown on the page. */
  shown: string;
}

/** A `services` row a page offers, before it has an id (Casekeeper gives one on "Add"). */
export type ServiceDraft = Omit<ServiceRecord, 'serviceId'>;

/**
 * What one service on the page would mean for the saved services: `new` (no saved service of that name),
 * `changed` (a saved one differs, field by field), `same`, or `unreadable` (the page's text cannot make a
 * row; the problems say why).
 */
export type PageServiceOffer =
  | { kind: 'new'; row: ServiceDraft; changes: []; mandateProblem?: string; problems: string[]; shown: string }
  | { kind: 'changed' | 'same'; row: ServiceRecord; saved: ServiceRecord; changes: FieldChange[]; mandateProblem?: string; problems: string[]; shown: string }
  | { kind: 'unreadable'; changes: []; problems: string[]; shown: string };

/** Fields a page can show; everything else of a saved service is kept as it is. */
const SHOWN = ['service', 'provider', 'setting', 'delivery', 'grouping', 'mandate', 'startDate', 'endDate'] as const;
const PLACEHOLDER_ID = 'from-the-page';

/** A service's name for matching: case, punctuation and the system's number or code (`#1 510`) aside. */
const nameKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(?:#\s*\d+[.)]?\s*)?(?:\d{3,4}\s*[-–:]?\s+)?/, '')
    .replace(/[^a-z0-9]/g, '');

/** Individual or group in the words pages use ("Group of 5", "1:1", "Small group"). */
function groupingOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (/\b(?:individual|ind|1\s*:\s*1|one[- ]on[- ]one)\b/i.test(text)) return 'individual';
  if (/\b(?:group|grp)\b|\b\d+\s*:\s*\d+\b/i.test(text)) return 'group';
  return text;
}

/** Direct or consultation in the words pages use ("Direct Service", "Indirect/Consult"). */
function deliveryOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (/\b(?:consult\w*|indirect)\b/i.test(text)) return 'consult';
  if (/\bdirect\b/i.test(text)) return 'direct';
  return text;
}

/** The page's service as a checked `services` row for `studentId`, with the problems of its cells. */
function draftOf(studentId: string, page: PageServiceText): { row?: ServiceDraft; problems: string[]; mandateProblem?: string } {
  const raw: Record<string, unknown> = {
    serviceId: PLACEHOLDER_ID,
    studentId,
    service: page.service,
    provider: page.provider,
    setting: page.setting,
    mandate: page.mandate,
    startDate: page.startDate,
    endDate: page.endDate,
    grouping: groupingOf(page.grouping),
    delivery: deliveryOf(page.delivery),
  };
  const reading = readTableRow(SERVICES_TABLE, raw);
  const problems = reading.problems.map((p) => `${p.column}: ${p.reason}`);
  if (!reading.record) return { problems };
  const { serviceId: _placeholder, ...row } = reading.record;
  if (row.startDate && row.endDate && row.endDate < row.startDate) problems.push('End Date: the end date is before the start date.');
  if (!row.mandate) return { row, problems, mandateProblem: 'The page shows no frequency and duration for this service.' };
  const mandate = parseServiceMandate(row.mandate);
  if (!mandate.ok) return { row, problems, mandateProblem: mandate.error.message };
  if (!row.delivery && mandate.value.delivery) row.delivery = mandate.value.delivery;
  return { row, problems };
}

/**
 * Compares the services an IEP page shows for one student with the student's saved services, for the
 * teacher to confirm: each page service becomes a checked `services` row (dates in any spelling, choices
 * by their words, text cleaned as imports are) and is `new`, `changed` (with every change, old → new, from
 * {@link recordChanges}) or `same`. A page service is matched to a saved one by name (number, code, case
 * and punctuation aside), the same start date first. An update keeps what the page does not show (and the saved spelling of the name); when
 * the page shows the frequency and duration, separate minutes, sessions and period saved earlier are
 * cleared when it can be read (they would otherwise win over it), and the change says so. A frequency the parser cannot read
 * comes with its reason (`mandateProblem`), never a guess. Nothing is written here.
 *
 * @param studentId the student the page is about
 * @param page the services the page shows, in page order
 * @param saved the saved services (of any students; only `studentId`'s are compared)
 * @param options how dates are written in the changes
 * @example pageServiceOffers('1001', [{ service: 'Individual counseling', mandate: '45 min x 1 sessions = 45 min Weekly', shown: '…' }], [])[0]?.kind // 'new'
 */
export function pageServiceOffers(
  studentId: string,
  page: readonly PageServiceText[],
  saved: readonly ServiceRecord[],
  options: { dateStyle?: DateStyle } = {},
): PageServiceOffer[] {
  const own = saved.filter((s) => s.studentId === studentId);
  const taken = new Set<string>();
  const drafts = page.map((p) => ({ page: p, ...draftOf(studentId, p) }));
  // Same name and start date first, so two services of one name pair up with the right saved ones.
  const match = new Map<number, ServiceRecord>();
  for (const strict of [true, false]) {
    drafts.forEach((d, i) => {
      if (!d.row || match.has(i)) return;
      const row = d.row;
      const found = own.find((s) => !taken.has(s.serviceId) && nameKey(s.service) === nameKey(row.service) && (!strict || (s.startDate ?? '') === (row.startDate ?? '')));
      if (found) {
        match.set(i, found);
        taken.add(found.serviceId);
      }
    });
  }
  return drafts.map((d, i): PageServiceOffer => {
    const extra = d.mandateProblem ? { mandateProblem: d.mandateProblem } : {};
    if (!d.row) return { kind: 'unreadable', changes: [], problems: d.problems, shown: d.page.shown };
    const before = match.get(i);
    if (!before) return { kind: 'new', row: d.row, changes: [], problems: d.problems, shown: d.page.shown, ...extra };
    const merged: Record<string, unknown> = { ...before };
    for (const key of SHOWN) if (d.row[key] !== undefined) merged[key] = d.row[key];
    merged.service = before.service; // matched by name: a difference of case or punctuation is no change
    if (d.row.mandate !== undefined && !d.mandateProblem) for (const key of ['minutes', 'sessions', 'per'] as const) delete merged[key];
    const row = merged as ServiceRecord;
    const changes = recordChanges('services', before, row, options);
    return { kind: changes.length > 0 ? 'changed' : 'same', row, saved: before, changes, problems: d.problems, shown: d.page.shown, ...extra };
  });
}
