import { describe, expect, it } from 'vitest';
import { computeCaseloadDeadlines } from './compute-caseload-deadlines.ts';
import type { StudentRecord } from './student-record.ts';
import { d, settingsWith, student } from './test-fixtures.ts';

const federal = settingsWith();
const TODAY = d('2026-11-23');

describe('computeCaseloadDeadlines', () => {
  it('keeps an unconfirmed transfer statement in the caseload list (34 CFR 300.320(c))', () => {
    // majority 2027-03-01; statement from 2026-03-01, inside the IEP of 2025-12-20
    const list = computeCaseloadDeadlines([student({ dateOfBirth: '2009-03-01', lastIepDate: '2025-12-20' })], settingsWith(), d('2026-11-23'));
    expect(list.deadlines.map((x) => x.title)).toContain('Confirm the current IEP includes the transfer-of-rights statement');
    const done = computeCaseloadDeadlines([student({ dateOfBirth: '2009-03-01', lastIepDate: '2025-12-20', transferStatementConfirmed: '2025-12-20' })], settingsWith(), d('2026-11-23'));
    expect(done.deadlines.some((x) => x.kind === 'transfer-of-rights-notice')).toBe(false);
  });


  it('gathers open deadlines of every student, most urgent first, without the done ones, with problems per student', () => {
    const students = [
      student({ studentId: 'A', lastIepDate: '2025-12-20' }), // annual due 2026-12-19 (soon)
      student({ studentId: 'B', consentDate: '2026-09-15', eligibilityDate: '2026-11-02' }), // evaluation done; IEP due 12-02
      student({ studentId: 'C', lastIepDate: '2025-11-20' }), // annual overdue
      { ...student({ studentId: 'D' }), state: 'ZZ' } as unknown as StudentRecord,
    ];
    const r = computeCaseloadDeadlines(students, federal, TODAY);
    expect(r.deadlines.map((x) => `${x.studentId}:${x.kind}:${x.status}`)).toEqual([
      'C:annual-review:overdue',
      'B:initial-iep:soon',
      'A:annual-review:soon',
      'B:reevaluation:upcoming',
    ]);
    expect(r.problems).toEqual([{ studentId: 'D', problem: expect.stringMatching(/^There are no rules for "ZZ" yet/) }]);
  });
});

