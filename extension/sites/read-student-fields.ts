import { findInPage } from './collect-documents.ts';
import { type FieldKey, fieldForLabel } from './field-labels.ts';
import { toFieldValue } from './field-value.ts';
import type { LabelledValue } from './find-labelled-values.ts';
import type { PageReading, TrackerKey } from './types.ts';

/** Options for {@link readStudentFields}. */
export interface ReadStudentFieldsOptions {
  /** Which labels count (default: every known label and synonym). */
  match?: (label: string) => FieldKey | undefined;
  /** Search only inside this element of the top document (e.g. a system's sidebar), frames excluded. */
  within?: (doc: Document) => Element | null;
}

/** The same text in every language we show: the generic "nothing found" note starts with this. */
export const LAYOUT_NOT_RECOGNISED = 'Layout not recognised on this page: no student details were found next to labels Casekeeper knows. Use "Teach" to point at them.';

const formatCount = (n: number) => n.toLocaleString('en-US');

/**
 * Reads one student's tracker fields from a page and its same-origin frames: the first readable value
 * for each field wins, in this order: labelled form controls and `aria-label`s, definition lists,
 * tables, then `Label: value` text.
 *
 * @param doc the page's document
 * @param system the reader id to report
 * @param options labels to accept and an optional area to search
 */
export function readStudentFields(doc: Document, system: string, options: ReadStudentFieldsOptions = {}): PageReading {
  const match = options.match ?? fieldForLabel;
  const area = options.within?.(doc) ?? undefined;
  const found = findInPage(doc, match, {}, area);
  const issues = [...found.issues];
  const lists = found.studentLists;
  const truncated = found.truncated;
  const values: LabelledValue<FieldKey>[] = found.values;
  const { fields, issues: valueIssues } = resolveFields(values);
  issues.push(...valueIssues);
  if (truncated) issues.push('This page is very long; Casekeeper read only its first part.');
  if (Object.keys(fields).length === 0 && lists.length > 0) {
    issues.unshift(`This page lists ${formatCount(Math.max(...lists))} students; open one student to read their details.`);
  }
  return { system, fields, issues };
}

/** Turns found values into fields: the first usable value per field wins; unusable ones become notes. */
export function resolveFields(values: readonly LabelledValue<FieldKey>[]): { fields: Partial<Record<TrackerKey, string>>; issues: string[] } {
  const fields: Partial<Record<TrackerKey, string>> = {};
  const problems = new Map<FieldKey, string>();
  for (const found of values) {
    if (found.key === 'fullName') {
      if (fields.firstName !== undefined || fields.lastName !== undefined) continue;
    } else if (fields[found.key] !== undefined) continue;
    const result = toFieldValue(found.key, found.value, found.label);
    if (result.issue && !problems.has(found.key)) problems.set(found.key, result.issue);
    for (const [key, value] of Object.entries(result.fields) as [TrackerKey, string][]) {
      if (fields[key] === undefined) fields[key] = value;
    }
  }
  const issues = [...problems.entries()].filter(([key]) => key === 'fullName' || fields[key] === undefined).map(([, issue]) => issue);
  return { fields, issues };
}
