import { cleanText } from './clean-text.ts';
import { findInPage } from './collect-documents.ts';
import { fieldForLabel, meaningOfLabel } from './field-labels.ts';
import { toFieldValue } from './field-value.ts';
import type { Candidate } from './layouts/index.ts';
import type { FieldKey, PageReading, TrackerKey } from './types.ts';

/** Options for {@link readStudentFields}. */
export interface ReadStudentFieldsOptions {
  /** Which labels count (default: every term of the vocabulary). */
  match?: (label: string) => FieldKey | undefined;
  /** Search only inside this element of the top document (e.g. a system's sidebar), frames excluded. */
  within?: (doc: Document) => Element | null;
}

/** The same text in every language we show: the generic "nothing found" note starts with this. */
export const LAYOUT_NOT_RECOGNISED = 'Layout not recognised on this page: no student details were found next to labels Casekeeper knows. Use "Teach" to point at them.';

const formatCount = (n: number) => n.toLocaleString('en-US');

/**
 * Reads one student's tracker fields from a page and its same-origin frames with every layout strategy,
 * then keeps the most confident readable value for each field (see {@link resolveFields}).
 *
 * @param doc the page's document
 * @param system the reader id to report
 * @param options labels to accept and an optional area to search
 * @example readStudentFields(document, 'generic').sources.dateOfBirth // 'DOB'
 */
export function readStudentFields(doc: Document, system: string, options: ReadStudentFieldsOptions = {}): PageReading {
  const match = options.match ?? fieldForLabel;
  const area = options.within?.(doc) ?? undefined;
  const found = findInPage(doc, match, {}, area);
  const issues = [...found.issues];
  const { fields, sources, issues: valueIssues } = resolveFields(found.candidates);
  issues.push(...valueIssues);
  if (found.truncated) issues.push('This page is very long; Casekeeper read only its first part.');
  if (Object.keys(fields).length === 0 && found.studentLists.length > 0) {
    issues.unshift(`This page lists ${formatCount(Math.max(...found.studentLists))} students; open one student to read their details.`);
  }
  return { system, fields, sources, issues };
}

/** How much the vocabulary trusts a candidate's label ("State ID" and a bare "Student" less than "Local ID"). */
function termWeight(candidate: Candidate<FieldKey>): number {
  return meaningOfLabel(candidate.label)?.weight ?? 1;
}

/** What {@link resolveFields} decided. */
export interface ResolvedFields {
  fields: Partial<Record<TrackerKey, string>>;
  /** For each field, the label it was read beside (cleaned, as shown on the page). */
  sources: Partial<Record<TrackerKey, string>>;
  issues: string[];
}

/**
 * The one place conflicts between candidates are settled: for each field, a candidate whose label the
 * vocabulary trusts more wins (a district ID over a state ID); then the most confident candidate whose
 * value is usable (equal confidence: the earlier strategy, then the earlier on the page); a
 * full name fills first and last name only when neither was read on its own. Unusable values become
 * notes when no other candidate filled the field.
 *
 * @param candidates what the layout strategies found
 * @example resolveFields([{ key: 'grade', label: 'Grade', value: '3', relation: 'same-element', confidence: 0.8, strategy: 'label-text' }]).fields // { grade: '3' }
 */
export function resolveFields(candidates: readonly Candidate<FieldKey>[]): ResolvedFields {
  const fields: Partial<Record<TrackerKey, string>> = {};
  const sources: Partial<Record<TrackerKey, string>> = {};
  const problems = new Map<FieldKey, string>();
  const ordered = candidates
    .map((c, i) => ({ c, i, w: termWeight(c) }))
    .sort((a, b) => b.w - a.w || b.c.confidence - a.c.confidence || a.i - b.i);
  for (const { c: found } of ordered) {
    if (found.key === 'fullName') {
      if (fields.firstName !== undefined || fields.lastName !== undefined) continue;
    } else if (fields[found.key] !== undefined) continue;
    const result = toFieldValue(found.key, found.value, found.label);
    if (result.issue && !problems.has(found.key)) problems.set(found.key, result.issue);
    const source = cleanText(found.label, 60).replace(/\s*[:：*]+$/, '');
    for (const [key, value] of Object.entries(result.fields) as [TrackerKey, string][]) {
      if (fields[key] !== undefined) continue;
      fields[key] = value;
      sources[key] = source;
    }
  }
  const issues = [...problems.entries()].filter(([key]) => key === 'fullName' || fields[key] === undefined).map(([, issue]) => issue);
  return { fields, sources, issues };
}
