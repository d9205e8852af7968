import { afterEach, describe, expect, it } from 'vitest';
import type { Candidate } from './layouts/index.ts';
import { readStudentFields, resolveFields } from './read-student-fields.ts';
import type { FieldKey } from './types.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

const c = (key: FieldKey, label: string, value: string, confidence: number): Candidate<FieldKey> => ({ key, label, value, relation: 'same-element', confidence, strategy: 'test' });

describe('resolveFields: one place settles conflicts', () => {
  it('keeps the most confident usable candidate, the earlier one when equally sure', () => {
    const { fields, sources } = resolveFields([
      c('annualReviewDue', 'Next IEP', '5/5/2026', 0.7),
      c('annualReviewDue', 'Annual Review Due', '6/6/2026', 0.9),
      c('grade', 'Grade', '3', 0.8),
      c('grade', 'Grade Level', '4', 0.8),
    ]);
    expect(fields).toEqual({ annualReviewDue: '2026-06-06', grade: '3' });
    expect(sources).toEqual({ annualReviewDue: 'Annual Review Due', grade: 'Grade' });
  });

  it('prefers the district ID over a system number over a state ID, wherever they sit on the page', () => {
    const ids = [c('studentId', 'State ID', '9920011745', 0.9), c('studentId', 'Tienet ID', 'TN-1', 0.9), c('studentId', 'Local ID', '7710042', 0.6)];
    expect(resolveFields(ids).fields).toEqual({ studentId: '7710042' });
    expect(resolveFields(ids.slice(0, 2)).fields).toEqual({ studentId: 'TN-1' });
  });

  it('skips an unusable value for the next candidate, and names it only when nothing filled the field', () => {
    expect(resolveFields([c('dateOfBirth', 'DOB', 'soon', 0.9), c('dateOfBirth', 'Birthdate', '3/4/2015', 0.8)])).toEqual({ fields: { dateOfBirth: '2015-03-04' }, sources: { dateOfBirth: 'Birthdate' }, issues: [] });
    expect(resolveFields([c('dateOfBirth', 'DOB:', 'soon', 0.9)]).issues).toEqual(['"DOB" on this page is not a date I can read.']);
  });

  it('lets a labelled name win over a name in a heading, and keeps first and last read on their own', () => {
    expect(resolveFields([c('fullName', 'IEP Summary for', 'Ana Lee', 0.5), c('fullName', 'Student Name', 'Lee, Ana Maria', 0.8)]).fields).toEqual({ firstName: 'Ana Maria', lastName: 'Lee' });
    expect(resolveFields([c('lastName', 'Last Name', 'Ng', 0.9), c('fullName', 'Name', 'Bo Chen', 0.8)]).fields).toEqual({ lastName: 'Ng' });
  });
});

describe('readStudentFields', () => {
  it('returns each field with the label it was read beside', () => {
    document.body.innerHTML = '<h1>ARD Report for Rivera, Maya</h1><div><span>Local ID#</span><strong>ID 1009981</strong></div><p>Annual ARD Date: 02/06/2025</p>';
    const reading = readStudentFields(document, 'generic');
    expect(reading.fields).toEqual({ lastName: 'Rivera', firstName: 'Maya', studentId: '1009981', lastIepDate: '2025-02-06' });
    expect(reading.sources).toEqual({ lastName: 'ARD Report for', firstName: 'ARD Report for', studentId: 'Local ID#', lastIepDate: 'Annual ARD Date' });
  });
});
