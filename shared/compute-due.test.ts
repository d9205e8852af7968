import { describe, expect, it } from 'vitest';
import { computeDue } from './compute-due.ts';
import type { StudentRecord } from './student-record.ts';
import type { DeadlineKind } from './timeline-rule.ts';
import { settingsWith, student } from './test-fixtures.ts';

const federal = settingsWith();
const dueOf = (kind: DeadlineKind, fields: Record<string, unknown>, settings = federal) => {
  const r = computeDue(kind, student(fields), settings);
  return r.ok ? r.value.outcome.dueDate : `FAIL: ${r.error.message}`;
};

describe('computeDue', () => {
  it.each<[DeadlineKind, Record<string, unknown>, string, string]>([
    // Sep 2 + 28 = Sep 30, + 31 = Oct 31 (59), Nov 1 (60)
    ['initial-evaluation', { consentDate: '2025-09-02' }, '2025-11-01', '34 CFR 300.301(c)(1)'],
    // Oct 1 + 30 = Oct 31
    ['initial-iep', { eligibilityDate: '2025-10-01' }, '2025-10-31', '34 CFR 300.323(c)(1)'],
    ['annual-review', { lastIepDate: '2025-12-20' }, '2026-12-19', '34 CFR 300.324(b)(1)(i)'],
    ['reevaluation', { lastEvaluationDate: '2024-01-10' }, '2027-01-09', '34 CFR 300.303(b)(1)-(2)'],
    ['transition-services', { dateOfBirth: '2011-06-01', lastIepDate: '2025-12-20' }, '2026-12-19', '34 CFR 300.320(b)'],
    ['transfer-of-rights-notice', { dateOfBirth: '2010-03-01', lastIepDate: '2025-12-20' }, '2026-12-19', '34 CFR 300.320(c)'],
    ['transfer-of-rights', { dateOfBirth: '2010-03-01' }, '2028-03-01', '34 CFR 300.520(a)'],
    ['part-c-transition', { dateOfBirth: '2024-03-15' }, '2027-03-15', '34 CFR 300.124(b); 34 CFR 303.209(b)-(c)'],
  ])('%s from %j → %s (%s)', (kind, fields, expected, citation) => {
    const r = computeDue(kind, student(fields), federal);
    expect(r.ok && r.value.outcome.dueDate).toBe(expected);
    expect(r.ok && r.value.rule.citation).toBe(citation);
    expect(r.ok && r.value.rule.kind).toBe(kind);
  });

  it('says in plain words which date is missing', () => {
    expect(dueOf('initial-evaluation', {})).toBe('FAIL: Initial evaluation needs the consent date.');
    expect(dueOf('initial-iep', {})).toBe('FAIL: Initial IEP meeting needs the eligibility date.');
    expect(dueOf('annual-review', {})).toBe('FAIL: Annual IEP review needs the last IEP date.');
    expect(dueOf('reevaluation', {})).toBe('FAIL: Reevaluation (3-year) needs the last evaluation date.');
    expect(dueOf('part-c-transition', {})).toBe('FAIL: Part C to B: IEP by the third birthday needs the date of birth.');
    expect(dueOf('transition-services', {})).toBe('FAIL: Transition services in the IEP needs the date of birth.');
  });

  it('names the last IEP date, not the date of birth it already has, when that is what is missing', () => {
    expect(dueOf('transition-services', { dateOfBirth: '2011-06-01' })).toBe('FAIL: Transition services in the IEP needs the last IEP date.');
    expect(dueOf('transfer-of-rights-notice', { dateOfBirth: '2010-03-01' })).toBe('FAIL: Transfer-of-rights statement needs the last IEP date.');
    // a 10-year-old: the IEP in effect at 16 is several annual reviews away
    expect(dueOf('transition-services', { dateOfBirth: '2016-06-01', lastIepDate: '2025-12-20' })).toBe(
      'FAIL: Transition services in the IEP is not due yet: it falls on an IEP after the next annual review.',
    );
  });

  it('says a rule does not apply rather than asking for a date the record has', () => {
    const none = settingsWith({ ruleSettings: { 'US.ageOfMajority': null } });
    const r = computeDue('transfer-of-rights', student({ dateOfBirth: '2010-03-01' }), none);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).not.toContain('needs the date of birth');
    expect(!r.ok && r.error.message).toContain('does not apply');
  });

  it('fails with the reason for an unknown state instead of throwing', () => {
    const record = { ...student({ lastIepDate: '2025-12-20' }), state: 'ZZ' } as unknown as StudentRecord;
    const r = computeDue('annual-review', record, federal);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/^There are no rules for "ZZ" yet/);
  });
});
