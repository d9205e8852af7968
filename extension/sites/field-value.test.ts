import { describe, expect, it } from 'vitest';
import { splitName, toFieldValue } from './field-value.ts';

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
