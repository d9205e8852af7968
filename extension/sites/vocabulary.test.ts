import { describe, expect, it } from 'vitest';
import { TRACKER_COLUMNS } from '../../shared/index.ts';
import { fieldForLabel, meaningOfLabel } from './field-labels.ts';
import { DATE_EVENTS, ID_STEMS, TERMS } from './vocabulary.ts';

describe('the vocabulary table', () => {
  it('names where each term is used', () => {
    for (const entry of [...TERMS, ...DATE_EVENTS, ...ID_STEMS]) expect(entry.where.trim()).not.toBe('');
  });

  it('covers the meeting and evaluation words of the states the issue names', () => {
    const where = [...TERMS, ...DATE_EVENTS, ...ID_STEMS].map((e) => e.where).join(' ');
    for (const state of ['TX', 'OH', 'MI', 'CT', 'NY', 'PA', 'CA', 'NJ', 'MA', 'IL', 'FL', 'GA', 'NC', 'VA', 'IN', 'MN']) expect(where).toContain(state);
  });

  it('decides what each wording of a date means', () => {
    const cases: [string, string][] = [
      ['Annual ARD Date', 'lastIepDate'],
      ['Next Annual ARD Due', 'annualReviewDue'],
      ['Next ARD Meeting', 'nextIepMeetingDate'],
      ['Date of Last FIE', 'lastEvaluationDate'],
      ['FIE Due', 'reevaluationDue'],
      ['REED Date', 'lastEvaluationDate'],
      ['ETR Date', 'eligibilityDate'],
      ['Most Recent ETR', 'lastEvaluationDate'],
      ['Re-ETR Due', 'reevaluationDue'],
      ['MET Date', 'eligibilityDate'],
      ['Last IEPT', 'lastIepDate'],
      ['PPT Date', 'lastIepDate'],
      ['Scheduled PPT', 'nextIepMeetingDate'],
      ['Date of CSE Meeting', 'lastIepDate'],
      ['Projected Date of Annual Review', 'annualReviewDue'],
      ['Projected Date of Reevaluation', 'reevaluationDue'],
      ['RR Date', 'lastEvaluationDate'],
      ['Next RR Due', 'reevaluationDue'],
      ['PTE Received', 'consentDate'],
      ['Last Triennial', 'lastEvaluationDate'],
      ['Next Triennial Due', 'reevaluationDue'],
      ['Triennial', 'reevaluationDue'],
      ['IEP Start Date', 'lastIepDate'],
      ['IEP End Date', 'annualReviewDue'],
      ['Eligibility Committee Date', 'eligibilityDate'],
      ['DEC 7 Date', 'lastEvaluationDate'],
      ['Last Annual Case Review', 'lastIepDate'],
      ['Eval Date', 'lastEvaluationDate'],
      ['Last Reevaluation', 'lastEvaluationDate'],
      ['Current IEP Date', 'lastIepDate'],
      ['Next IEP Meeting', 'nextIepMeetingDate'],
      ['Next IEP', 'annualReviewDue'],
    ];
    expect(cases.map(([label]) => [label, fieldForLabel(label)])).toEqual(cases);
  });

  it('reads ID labels in their #, No. and Number spellings, preferring the district ID', () => {
    for (const label of ['Local ID', 'Local ID#', 'Local ID No.', 'Student #', 'Student No.', 'Student Number', 'Perm ID', 'Student ID Number', 'SSID', 'State ID', 'SASID', 'LASID', 'ID #']) {
      expect(fieldForLabel(label), label).toBe('studentId');
    }
    expect(meaningOfLabel('Local ID')?.weight).toBe(1);
    expect(meaningOfLabel('Tienet ID')?.weight).toBeLessThan(1);
    expect(meaningOfLabel('State ID')?.weight).toBeLessThan(meaningOfLabel('Tienet ID')?.weight ?? 0);
  });

  it('gives each explicit term the field the table says, unshadowed by another entry', () => {
    const shadowed = TERMS.filter((t) => fieldForLabel(t.term) !== t.key).map((t) => `${t.term}: ${fieldForLabel(t.term)} not ${t.key}`);
    expect(shadowed).toEqual([]);
  });

  it('never reads a tracker column that is set by the teacher only', () => {
    const keys = new Set([...TERMS.map((t) => t.key), ...DATE_EVENTS.flatMap((e) => [e.dated, e.held, e.due, e.scheduled])]);
    expect(keys.has('state')).toBe(false);
    for (const key of keys) if (key && key !== 'fullName') expect(TRACKER_COLUMNS.some((c) => c.key === key)).toBe(true);
  });
});
