import { describe, expect, it } from 'vitest';
import { splitName, toFieldValue, withoutRepeatedLabel } from './field-value.ts';

describe('toFieldValue', () => {
  it('turns page dates into YYYY-MM-DD', () => {
    expect(toFieldValue('dateOfBirth', 'Sept 2, 2015', 'DOB').fields).toEqual({ dateOfBirth: '2015-09-02' });
    expect(toFieldValue('lastIepDate', '02/06/2025 (locked)', 'Current IEP Date').fields).toEqual({ lastIepDate: '2025-02-06' });
    expect(toFieldValue('annualReviewDue', '2 / 5 / 2026', 'Next IEP').fields).toEqual({ annualReviewDue: '2026-02-05' });
  });

  it('explains an unreadable date by its label, never echoing the value', () => {
    expect(toFieldValue('annualReviewDue', 'Lee, Ana 555-0100', 'Annual Review Date:')).toEqual({
      fields: {},
      issue: '"Annual Review Date" on this page is not a date I can read.',
    });
  });

  it('reads absences as whole days and states as codes', () => {
    expect(toFieldValue('absences', '3 days', 'Absences').fields).toEqual({ absences: '3' });
    expect(toFieldValue('absences', 'many', 'Absences').issue).toBe('"Absences" on this page is not a number of days.');
    expect(toFieldValue('state', ' ca ', 'State').fields).toEqual({ state: 'CA' });
    expect(toFieldValue('state', 'Cali', 'State').fields).toEqual({});
  });

  it('treats placeholders as empty', () => {
    for (const empty of ['', ' - ', '—', 'N/A', 'n/a', 'None', 'TBD', 'mm/dd/yyyy']) {
      expect(toFieldValue('exitDate', empty, 'Exit Date')).toEqual({ fields: {} });
    }
  });
});

describe('splitName', () => {
  it('splits "Last, First" and "First Last"', () => {
    expect(splitName('Rivera, Maya')).toEqual({ lastName: 'Rivera', firstName: 'Maya' });
    expect(splitName('Maya Rivera')).toEqual({ firstName: 'Maya', lastName: 'Rivera' });
    expect(splitName('Maya')).toEqual({ firstName: 'Maya' });
    expect(splitName('Rivera,')).toEqual({ lastName: 'Rivera' });
  });
});

describe('values as IEP systems print them', () => {
  it('drops a label repeated inside the value', () => {
    expect(toFieldValue('studentId', 'ID 1009981', 'Local ID#').fields).toEqual({ studentId: '1009981' });
    expect(toFieldValue('studentId', 'Student ID: 40021', 'Student ID').fields).toEqual({ studentId: '40021' });
    expect(toFieldValue('studentId', '#1009981', 'Student').fields).toEqual({ studentId: '1009981' });
    expect(toFieldValue('grade', 'Grade 3', 'Grade').fields).toEqual({ grade: '3' });
    // A school named after a label word keeps its name.
    expect(toFieldValue('school', 'Campus Elementary', 'School').fields).toEqual({ school: 'Campus Elementary' });
    expect(withoutRepeatedLabel('studentId', 'S-1009981', 'Student ID')).toBe('S-1009981');
  });

  it('fills both ends of an IEP period, when the label names a period', () => {
    expect(toFieldValue('lastIepDate', '10/01/2025 to 09/30/2026', 'IEP Dates').fields).toEqual({ lastIepDate: '2025-10-01', annualReviewDue: '2026-09-30' });
    expect(toFieldValue('lastIepDate', 'from 10/1/2025 through 9/30/2026', 'IEP Period:').fields).toEqual({ lastIepDate: '2025-10-01', annualReviewDue: '2026-09-30' });
    // A range under a single-date label is not guessed at.
    expect(toFieldValue('lastIepDate', '10/01/2025 to 09/30/2026', 'IEP Date').fields).toEqual({});
  });

  it('never takes a bare date or a number for a name, an ID, a school or a category', () => {
    expect(toFieldValue('disability', '11/06/2025', 'Eligibility').fields).toEqual({});
    expect(toFieldValue('studentId', '2025-11-06', 'Student ID').fields).toEqual({});
    expect(toFieldValue('studentId', '44910', 'Student #').fields).toEqual({ studentId: '44910' });
    expect(toFieldValue('fullName', '1009981', 'Student').fields).toEqual({});
    expect(toFieldValue('fullName', 'Services', 'Student').fields).toEqual({});
    expect(toFieldValue('fullName', 'will meet with the team', 'Student').fields).toEqual({});
    expect(toFieldValue('notes', '11/06/2025', 'Notes').fields).toEqual({ notes: '11/06/2025' });
  });

  it('splits one full name into first and last, "Last, First" too', () => {
    expect(toFieldValue('fullName', 'Rivera, Maya', 'Student Name').fields).toEqual({ lastName: 'Rivera', firstName: 'Maya' });
    expect(toFieldValue('fullName', 'Maya Rivera', 'Student Name').fields).toEqual({ firstName: 'Maya', lastName: 'Rivera' });
  });
});
