import { describe, expect, it } from 'vitest';
import { findColumn, TRACKER_COLUMNS } from '../../shared/index.ts';
import { fieldForLabel, normaliseLabel, NOT_READ_FROM_PAGES } from './field-labels.ts';
import { TERMS } from './vocabulary.ts';

describe('field labels', () => {
  it('knows the labels IEP systems and teachers use', () => {
    const cases: [string, string][] = [
      ['Current IEP Date:', 'lastIepDate'],
      ['IEP Date', 'lastIepDate'],
      ['Last IEP', 'lastIepDate'],
      ['Annual Review Date', 'annualReviewDue'],
      ['Next IEP:', 'annualReviewDue'],
      ['Future IEP Date:', 'annualReviewDue'],
      ['Tri Due', 'reevaluationDue'],
      ['3 Yr Reeval', 'reevaluationDue'],
      ['Case Mgr.', 'caseManager'],
      ['DOB:', 'dateOfBirth'],
      ['D.O.B.', 'dateOfBirth'],
      ['Birthdate', 'dateOfBirth'],
      ['SEIS ID:', 'studentId'],
      ['Student ID', 'studentId'],
      ['Local ID', 'studentId'],
      ['ID #', 'studentId'],
      ['Name:', 'fullName'],
      ['Student:', 'fullName'],
      ['GRADE', 'grade'],
    ];
    expect(cases.map(([label]) => [label, fieldForLabel(label)])).toEqual(cases);
  });

  it('agrees with the tracker columns: every header and alias a CSV may use names the same field on a page', () => {
    const disagreements = TRACKER_COLUMNS.filter((c) => !NOT_READ_FROM_PAGES.has(c.key)).flatMap((column) =>
      [column.header, ...column.aliases]
        .filter((name) => fieldForLabel(name) !== column.key)
        .map((name) => `${name}: page ${fieldForLabel(name)}, csv ${findColumn(name)?.key}`),
    );
    expect(disagreements).toEqual([]);
  });

  it('names each synonym once', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { term, key } of TERMS) {
      const n = normaliseLabel(term);
      if (seen.has(n) && seen.get(n) !== key) clashes.push(`${term}: ${seen.get(n)} and ${key}`);
      seen.set(n, key);
    }
    expect(clashes).toEqual([]);
  });

  it('never reads the rules state from a page ("State:" there is the family\'s address)', () => {
    expect(fieldForLabel('State')).toBeUndefined();
    expect(fieldForLabel('State Rules')).toBeUndefined();
  });

  it('does not take sentences or unknown words for labels', () => {
    expect(fieldForLabel('Welcome back')).toBeUndefined();
    expect(fieldForLabel('The student will complete the annual review with the team by May')).toBeUndefined();
    expect(fieldForLabel('')).toBeUndefined();
    expect(fieldForLabel(':')).toBeUndefined();
  });
});
