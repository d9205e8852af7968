import { describe, expect, it } from 'vitest';
import { StudentRecord } from './student-record.ts';
import { TRACKER_COLUMNS, findColumn, mapHeaders, normaliseHeader } from './tracker-columns.ts';

describe('TRACKER_COLUMNS', () => {
  it('has one column per record field, in the tracker order, with only the Student ID required', () => {
    expect(TRACKER_COLUMNS.map((c) => c.key)).toEqual(Object.keys(StudentRecord.shape));
    expect(TRACKER_COLUMNS.map((c) => c.key)).toEqual([
      'studentId', 'firstName', 'lastName', 'dateOfBirth', 'grade', 'school', 'caseManager', 'disability', 'state',
      'referralDate', 'consentDate', 'eligibilityDate', 'evaluationReportDate', 'lastIepDate', 'nextIepMeetingDate', 'lastEvaluationDate',
      'annualReviewDue', 'reevaluationDue', 'transitionConfirmed', 'transferStatementConfirmed', 'exitDate', 'absences', 'notes',
    ]);
    expect(TRACKER_COLUMNS.filter((c) => c.required).map((c) => c.header)).toEqual(['Student ID']);
    for (const c of TRACKER_COLUMNS) expect(c.description.length, c.key).toBeGreaterThan(5);
  });

  it('never lets one header name two columns', () => {
    const owner = new Map<string, string>();
    for (const c of TRACKER_COLUMNS) {
      for (const name of [c.header, c.key, ...c.aliases]) {
        const n = normaliseHeader(name);
        expect(owner.get(n) ?? c.key, `"${name}" is claimed by ${owner.get(n)} and ${c.key}`).toBe(c.key);
        owner.set(n, c.key);
      }
    }
  });
});

describe('normaliseHeader / findColumn', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(normaliseHeader('Case Mgr.')).toBe('casemgr');
    expect(normaliseHeader('  STUDENT_ID ')).toBe('studentid');
    expect(normaliseHeader('Ｓｔｕｄｅｎｔ ＩＤ')).toBe('studentid'); // full-width letters from a pasted export
    expect(findColumn('date of birth')?.key).toBe('dateOfBirth');
    expect(findColumn('lastIepDate')?.key).toBe('lastIepDate');
    expect(findColumn('Favourite colour')).toBeUndefined();
  });

  it.each([
    ['IEP Date', 'lastIepDate'],
    ['Annual Review Date', 'annualReviewDue'],
    ['Next Annual', 'annualReviewDue'],
    ['3 Yr Reeval', 'reevaluationDue'],
    ['Tri Due', 'reevaluationDue'],
    ['Case Mgr', 'caseManager'],
    ['DOB', 'dateOfBirth'],
    ['SSID', 'studentId'],
    ['Consent Received', 'consentDate'],
    ['Last ARD Date', 'lastIepDate'],
    ['Days Absent', 'absences'],
  ])('knows the export header "%s"', (header, key) => {
    expect(findColumn(header)?.key).toBe(key);
  });
});

describe('mapHeaders', () => {
  it('maps reordered, re-cased, aliased and extra columns', () => {
    const headers = ['Case Mgr', 'LAST NAME', 'Bus Route', 'student id', 'IEP Date', '3 Yr Reeval', '', 'Next Annual', 'Lunch'];
    expect(mapHeaders(headers)).toEqual({
      map: { 0: 'caseManager', 1: 'lastName', 3: 'studentId', 4: 'lastIepDate', 5: 'reevaluationDue', 7: 'annualReviewDue' },
      missingRequired: [],
      unknown: ['Bus Route', 'Lunch'],
    });
  });

  it('keeps the first of two columns naming the same field', () => {
    expect(mapHeaders(['ID', 'Annual Review Date', 'Next Annual']).map).toEqual({ 0: 'studentId', 1: 'annualReviewDue' });
  });

  it('does not take a "Student" (name) column for the Student ID, while "Student #" still is the ID', () => {
    expect(mapHeaders(['Student', 'Student ID', 'DOB'])).toEqual({ map: { 1: 'studentId', 2: 'dateOfBirth' }, missingRequired: [], unknown: ['Student'] });
    expect(mapHeaders(['Student #', 'Student']).map).toEqual({ 0: 'studentId' });
    expect(normaliseHeader('Student #')).toBe('studentno');
  });

  it('names the missing Student ID column', () => {
    expect(mapHeaders(['First Name', 'IEP Date'])).toEqual({ map: { 0: 'firstName', 1: 'lastIepDate' }, missingRequired: ['Student ID'], unknown: [] });
  });
});
